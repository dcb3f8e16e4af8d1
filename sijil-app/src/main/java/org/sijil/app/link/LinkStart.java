package org.sijil.app.link;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.RegisterRecords;
import org.sijil.core.linkage.Decisions;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;

/**
 * What the register holds when a link run starts: its records, the persons earlier runs formed, the
 * stored model, the reviewers' decisions, and which records this run must (re)link.
 *
 * @param person each record's earlier person id, or -1 when it has none or everything is relinked
 * @param touching records this run links: new ones, and those of persons a reviewer split
 * @param fresh how many records are touching
 * @param pendingMerges a reviewer's match joins records not yet in one person
 */
record LinkStart(
    RegisterRecords data,
    Map<RecordKey, Long> assigned,
    Optional<Linkage.StoredModel> stored,
    boolean reuse,
    long[] person,
    Decisions decisions,
    boolean[] touching,
    int fresh,
    boolean pendingMerges) {

  /** Reads the register's state; {@code retrain} relinks every record with a new model. */
  static LinkStart read(RegisterRecords data, Linkage store, boolean retrain) {
    int n = data.size();
    Map<RecordKey, Long> assigned = store.assignments();
    Optional<Linkage.StoredModel> stored = store.latestModel();
    // Incremental: earlier persons stay, only pairs touching new records are compared.
    boolean reuse = stored.isPresent() && !retrain && !assigned.isEmpty();
    long[] person = new long[n];
    for (int i = 0; i < n; i++) {
      Long p = assigned.get(data.keys().get(i));
      person[i] = reuse && p != null ? p : -1;
    }
    Decisions decisions = Decisions.none();
    // A person a reviewer split is re-formed from its records in this run.
    Set<Long> reopened = new HashSet<>();
    boolean pendingMerges = false;
    for (Linkage.Decision d : store.decisions()) {
      Integer a = data.index().get(d.pair().a());
      Integer b = data.index().get(d.pair().b());
      if (a == null || b == null) {
        continue;
      }
      if (d.match()) {
        decisions.match(a, b);
        pendingMerges |= person[a] < 0 || person[a] != person[b];
      } else {
        decisions.nonMatch(a, b);
        if (person[a] >= 0 && person[a] == person[b]) {
          reopened.add(person[a]);
        }
      }
    }
    boolean[] touching = new boolean[n];
    int fresh = 0;
    for (int i = 0; i < n; i++) {
      if (person[i] < 0 || reopened.contains(person[i])) {
        touching[i] = true;
        fresh++;
      }
    }
    return new LinkStart(
        data, assigned, stored, reuse, person, decisions, touching, fresh, pendingMerges);
  }

  int size() {
    return data.size();
  }

  /** Nothing to link: every record has its person and no reviewer's match is pending. */
  boolean upToDate() {
    return fresh == 0 && !pendingMerges;
  }

  /** The earlier persons as starting clusters (-1 for records this run links). */
  int[] initialClusters() {
    int n = size();
    int[] initial = new int[n];
    Map<Long, Integer> group = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      initial[i] =
          touching[i] || person[i] < 0 ? -1 : group.computeIfAbsent(person[i], k -> group.size());
    }
    return initial;
  }

  /** How many persons earlier runs formed. */
  int earlierPersons() {
    return (int) assigned.values().stream().distinct().count();
  }
}
