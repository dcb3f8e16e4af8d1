package org.sijil.server.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.RegisterRecords;
import org.sijil.app.integrity.LogStamp;
import org.sijil.app.publish.PublishedChanges;
import org.sijil.app.publish.PublishedPerson;
import org.sijil.app.publish.WatchedState;
import org.sijil.app.search.SearchDocuments;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.search.PersonSearch;
import org.sijil.search.SearchDocument;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.RegisterData;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.PersonReads;
import org.sijil.store.Register;

/**
 * Applies analysts' amendments and review decisions made by other processes to the view a server
 * serves, without reading the whole register again (issue 14): a new view that shares every
 * unchanged person, record and document with the one served, and a search index updated for the
 * touched persons only.
 *
 * <p>Rules ({@link PublishedChanges} says when this applies; otherwise the caller reads the whole
 * register):
 *
 * <ul>
 *   <li>Each touched person is read again by id ({@link PublishedPerson}, the rule of the full
 *       read) and takes its place in the person list; a person left with no record leaves the list,
 *       and the persons after it move up one place, in the view and in the index.
 *   <li>The records behind link explanations are amended the same way, so waterfalls (term
 *       frequencies included) are computed from the records a fresh read would hold; the review
 *       queue and decisions are read again and shown over them.
 *   <li>Statistics, the log's stamp and the sources' names are those of the register now.
 *   <li>When no amendment was made (a review decision, a source named, any other logged change), no
 *       person is touched: the view served is kept with the review queue and decisions, the log's
 *       stamp and the sources' names read again, sharing its persons, statistics, index and the
 *       explanations already worked out ({@link InMemoryRegister#withShown}).
 *   <li>A view read before any link run (persons grouped by list key) is updated the same way, with
 *       no link to explain and no review queue, unless a touched person's first record is no longer
 *       the one served: such a person would take another place, so the whole register is read.
 * </ul>
 */
final class AmendedView {

  private AmendedView() {}

  /** The view after the change, and the register state it holds. */
  record Amended(InMemoryRegister register, WatchedState state) {}

  /**
   * The served view with the changes since {@code servedState} applied, or empty when they need the
   * full read.
   */
  static Optional<Amended> apply(
      Path db,
      PersonSearch search,
      InMemoryRegister served,
      WatchedState servedState,
      PrintWriter out) {
    // A linked view explains its links from the stored records; a view read before any link run
    // (persons grouped by list key) has no links to explain.
    StoredExplanations explanations =
        served.data().explanations() instanceof StoredExplanations e ? e : null;
    long start = System.nanoTime();
    PublishedChanges.Change change;
    String stamp;
    Map<String, org.sijil.server.model.SourceName> names;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      Optional<PublishedChanges.Change> found = new PublishedChanges(reg).since(servedState);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      change = found.get();
      if (change.linked() != (explanations != null)) {
        return Optional.empty(); // linked since the view was read (or never read as linked)
      }
      stamp = LogStamp.of(reg).orElse(null);
      names = RegisterSite.sourceNames(reg);
    }
    long read = System.nanoTime();
    if (change.amendments().isEmpty() && change.state().sameSearch(servedState)) {
      if (explanations == null && !change.queue().isEmpty()) {
        return Optional.empty(); // pairs to review with no link run: not a view this can keep
      }
      Amended reviewed = reviewed(served, explanations, change, stamp, names);
      sayReviewed(out, change, reviewed, start, read);
      return Optional.of(reviewed);
    }
    Optional<Amended> amended = amend(db, search, served, explanations, change, stamp, names);
    amended.ifPresent(a -> say(out, change, a, start, read));
    return amended;
  }

  /** The view served with the review queue, log stamp and sources' names of the register now. */
  private static Amended reviewed(
      InMemoryRegister served,
      StoredExplanations explanations,
      PublishedChanges.Change change,
      String stamp,
      Map<String, org.sijil.server.model.SourceName> names) {
    List<org.sijil.server.model.ReviewItem> review =
        explanations == null
            ? List.of()
            : ReviewLoader.load(
                change.queue(),
                change.decisions(),
                explanations.records().index(),
                explanations.views());
    return new Amended(served.withShown(review, stamp, names), change.state());
  }

  private static Optional<Amended> amend(
      Path db,
      PersonSearch search,
      InMemoryRegister served,
      StoredExplanations explanations,
      PublishedChanges.Change change,
      String stamp,
      Map<String, org.sijil.server.model.SourceName> names) {
    List<Person> before = served.data().persons();
    Map<Integer, Optional<PublishedPerson.Read>> at = new HashMap<>();
    for (Map.Entry<String, Optional<PublishedPerson.Read>> e : change.persons().entrySet()) {
      int position = served.positionOf(e.getKey());
      if (position < 0) {
        if (e.getValue().isPresent()) {
          return Optional.empty(); // a person the view does not have: read it all again
        }
        continue;
      }
      at.put(position, e.getValue());
    }
    if (explanations == null && movesAGroup(before, at)) {
      return Optional.empty();
    }
    RegisterRecords records =
        explanations == null ? null : amendedRecords(explanations.records(), change);
    Map<RecordKey, SourceRecord> shown = new HashMap<>();
    at.values().stream()
        .flatMap(Optional::stream)
        .flatMap(r -> r.records().stream())
        .forEach(s -> shown.put(s.key(), RegisterLoader.toSourceRecord(s.release(), s.record())));
    List<Person> persons = new ArrayList<>(before.size());
    List<SearchDocument> replaced = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    Map<String, Long> renumbered = new LinkedHashMap<>();
    for (int i = 0; i < before.size(); i++) {
      Optional<PublishedPerson.Read> read = at.get(i);
      if (read == null) {
        if (persons.size() != i) {
          renumbered.put(before.get(i).personId(), (long) persons.size());
        }
        persons.add(before.get(i));
      } else if (read.isEmpty()) {
        deleted.add(before.get(i).personId());
      } else {
        replaced.add(SearchDocuments.of(read.get(), persons.size()));
        persons.add(PersonsBeforeLoad.person(read.get()));
      }
    }
    StoredExplanations explained =
        explanations == null ? null : explanations.amended(records, shown);
    RegisterData old = served.data();
    RegisterData data =
        new RegisterData(
            persons,
            old.releases(),
            old.diffs(),
            old.estimate(),
            explained == null
                ? List.of()
                : ReviewLoader.load(
                    change.queue(), change.decisions(), records.index(), explained.views()),
            explained,
            old.estimateNote(),
            stamp,
            names);
    // The new view is made before the index changes, so searches meet a view and an index that
    // disagree (and drop those hits) only for the moment of the swap.
    PersonSearch.SyncResult result =
        new PersonSearch.SyncResult(
            false,
            0,
            replaced.size(),
            deleted.size(),
            renumbered.size(),
            persons.size() - replaced.size() - renumbered.size());
    InMemoryRegister register = new InMemoryRegister(data, new StoreReviews(db), search, result);
    search.update(replaced, deleted, renumbered, change.state().search());
    return Optional.of(new Amended(register, change.state()));
  }

  /**
   * True when an unlinked view's person (records grouped by list key, placed where its first record
   * is in register order) would take another place: its first record is not the one served
   * (removed, or one before it restored). The full read places it.
   */
  private static boolean movesAGroup(
      List<Person> before, Map<Integer, Optional<PublishedPerson.Read>> at) {
    for (Map.Entry<Integer, Optional<PublishedPerson.Read>> e : at.entrySet()) {
      if (e.getValue().isPresent()) {
        String first = PersonsBeforeLoad.person(e.getValue().get()).records().get(0).recordId();
        if (!first.equals(before.get(e.getKey()).records().get(0).recordId())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The records behind the view with the change's records replaced or left out. */
  private static RegisterRecords amendedRecords(
      RegisterRecords records, PublishedChanges.Change change) {
    Map<RecordKey, CasualtyRecord> replaced = new HashMap<>();
    for (Optional<PublishedPerson.Read> read : change.persons().values()) {
      read.ifPresent(
          r -> {
            for (PersonReads.StoredRecord s : r.records()) {
              if (change.records().contains(s.key())) {
                replaced.put(s.key(), s.record());
              }
            }
          });
    }
    Set<RecordKey> removed = new HashSet<>(change.records());
    removed.removeAll(replaced.keySet());
    return records.amended(replaced, removed);
  }

  private static void sayReviewed(
      PrintWriter out, PublishedChanges.Change change, Amended a, long start, long read) {
    long end = System.nanoTime();
    synchronized (out) {
      out.printf(
          "Updated the view in place in %.1f s (read %.1f s): no person changed; review queue"
              + " (%,d pairs) and %,d decisions read again, log at %,d entries.%n",
          (end - start) / 1e9,
          (read - start) / 1e9,
          change.queue().size(),
          change.decisions().size(),
          a.state().logSize());
      out.flush();
    }
  }

  private static void say(
      PrintWriter out, PublishedChanges.Change change, Amended a, long start, long read) {
    long end = System.nanoTime();
    PersonSearch.SyncResult r = a.register().searchSync();
    synchronized (out) {
      out.printf(
          "Updated the view in place in %.1f s (read %.1f s): %,d amendments, %,d records,"
              + " %,d persons changed, %,d gone, %,d moved; %,d persons served.%n",
          (end - start) / 1e9,
          (read - start) / 1e9,
          change.amendments().size(),
          change.records().size(),
          r.replaced(),
          r.deleted(),
          r.renumbered(),
          a.register().data().persons().size());
      out.flush();
    }
  }
}
