package org.sijil.server.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.app.StopSignal;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.app.publish.PublishSnapshot;
import org.sijil.app.records.PublishedAmendments;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.server.model.Correction;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/**
 * Turns the register's published snapshot ({@link PublishSnapshot}) into what the server shows:
 * every record of every release, the persons the stored link runs made of them (with who ran the
 * run and when), the review queue and decisions, and the stored estimate. Nothing is trained or
 * estimated here; link waterfalls are explained on demand ({@link StoredExplanations}).
 *
 * <p>Before the register has been linked, records of the latest release of each source are grouped
 * by their list key (the identity number) — an exact-key grouping, clearly weaker than the linkage
 * model — and records without a key stand alone. {@link Loaded#linked} says which happened.
 */
public final class RegisterLoader {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private RegisterLoader() {}

  /** Why an unlinked register has no estimate (the estimate counts linked persons). */
  public static final String NOT_LINKED_NOTE = "the register is not linked yet";

  /** What was loaded, whether persons came from the linkage, and why there is no estimate. */
  public record Loaded(RegisterData data, boolean linked, String estimateNote) {}

  public static RegisterData load(Register register) {
    return load(register, null).data();
  }

  /**
   * @param db the register file, for on-demand diffs; null for none
   */
  public static Loaded load(Register register, Path db) {
    return load(new PublishSnapshot(register).read(), db);
  }

  /** The server's view of a snapshot. */
  public static Loaded load(PublishSnapshot.Snapshot snap, Path db) {
    return load(snap, db, StopSignal.NEVER);
  }

  /**
   * As {@link #load(PublishSnapshot.Snapshot, Path)}, checking {@code stop} every {@link
   * StopSignal#ROWS} records and persons ({@link StopSignal.Stopped} when asked to stop).
   */
  static Loaded load(PublishSnapshot.Snapshot snap, Path db, StopSignal stop) {
    List<org.sijil.store.Release> stored = snap.records().releases();
    List<Release> releases = releases(stored);
    Map<String, org.sijil.store.Release> latest = new LinkedHashMap<>();
    for (org.sijil.store.Release r : stored) {
      latest.put(r.source(), r); // list() is ordered by source, then as-of date, then import time
    }
    var diffs = db == null ? null : new StoreDiffs(db);
    if (!snap.linked()) {
      return new Loaded(
          new RegisterData(
              byKey(snap, latest, stop), releases, diffs, null, List.of(), null, NOT_LINKED_NOTE),
          false,
          null);
    }
    List<SourceRecord> views = new ArrayList<>(snap.records().size());
    for (int i = 0; i < snap.records().size(); i++) {
      stop.checkEvery(i);
      views.add(toSourceRecord(snap.records().releaseOf().get(i), snap.records().records().get(i)));
    }
    StoredExplanations explanations = new StoredExplanations(snap.explainer(), views);
    Map<String, List<PublishedAmendments.Note>> notes = notesById(snap);
    // Persons: records grouped by person, newest release first so the newest values are shown.
    Map<Long, List<Integer>> members = new HashMap<>();
    Map<Long, Long> lastRun = new HashMap<>();
    List<Integer> unlinked = new ArrayList<>();
    List<RecordKey> keys = snap.records().keys();
    for (int i = 0; i < keys.size(); i++) {
      stop.checkEvery(i);
      Linkage.CurrentLink link = snap.links().get(keys.get(i));
      if (link == null) {
        unlinked.add(i);
      } else {
        members.computeIfAbsent(link.personId(), k -> new ArrayList<>()).add(i);
        lastRun.merge(link.personId(), link.modelId(), Math::max);
      }
    }
    List<Person> persons = new ArrayList<>(members.size() + unlinked.size());
    members.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              stop.checkEvery(persons.size());
              List<Integer> idx = e.getValue();
              idx.sort((a, b) -> Integer.compare(b, a));
              List<SourceRecord> recs = new ArrayList<>(idx.size());
              for (int i : idx) {
                recs.add(views.get(i));
              }
              persons.add(
                  placed("P" + e.getKey(), recs, snap.runs().get(lastRun.get(e.getKey())), notes));
            });
    for (int i : unlinked) {
      stop.checkEvery(persons.size());
      persons.add(
          person(
              "R" + views.get(i).recordId().replace('/', '-'),
              List.of(views.get(i)),
              List.of(),
              notes));
    }
    List<ReviewItem> review =
        ReviewLoader.load(snap.queue(), snap.decisions(), snap.records().index(), views);
    PublishedEstimate estimate = null;
    String note = null;
    if (snap.estimate().isEmpty()) {
      note = "the register was linked before estimates were stored; link it again to publish one";
    } else if (snap.estimate().get().estimate().isPresent()) {
      estimate = JSON.convertValue(snap.estimate().get().estimate().get(), PublishedEstimate.class);
    } else {
      note = snap.estimate().get().note();
    }
    return new Loaded(
        new RegisterData(persons, releases, diffs, estimate, review, explanations, note),
        true,
        note);
  }

  /** The server's view of the stored releases, in their order. */
  public static List<Release> releases(List<org.sijil.store.Release> stored) {
    List<Release> releases = new ArrayList<>(stored.size());
    for (org.sijil.store.Release r : stored) {
      releases.add(
          new Release(
              r.source(),
              r.label(),
              r.asOf(),
              r.importedAt(),
              r.sha256(),
              r.rowsImported(),
              r.rowsRejected(),
              r.importedBy(),
              UnmappedHeaders.of(r.headers(), r.mapping())));
    }
    return releases;
  }

  /** Persons by exact list key over the latest release of each source (before any linkage). */
  private static List<Person> byKey(
      PublishSnapshot.Snapshot snap, Map<String, org.sijil.store.Release> latest, StopSignal stop) {
    Map<String, List<SourceRecord>> byKey = new LinkedHashMap<>();
    List<SourceRecord> keyless = new ArrayList<>();
    java.util.Set<Long> latestIds = new java.util.HashSet<>();
    latest.values().forEach(r -> latestIds.add(r.id()));
    // The register's order is by source, so the latest releases come in the order of 'latest'.
    for (int i = 0; i < snap.records().size(); i++) {
      stop.checkEvery(i);
      org.sijil.store.Release r = snap.records().releaseOf().get(i);
      if (!latestIds.contains(r.id())) {
        continue;
      }
      SourceRecord s = toSourceRecord(r, snap.records().records().get(i));
      if (s.key() == null || s.key().isBlank()) {
        keyless.add(s);
      } else {
        byKey.computeIfAbsent(s.key(), k -> new ArrayList<>(2)).add(s);
      }
    }
    List<Person> persons = new ArrayList<>(byKey.size() + keyless.size());
    Map<String, Integer> seen = new HashMap<>();
    Map<String, List<PublishedAmendments.Note>> notes = notesById(snap);
    for (Map.Entry<String, List<SourceRecord>> e : byKey.entrySet()) {
      stop.checkEvery(persons.size());
      persons.add(person(uniqueId("K" + e.getKey(), seen), e.getValue(), List.of(), notes));
    }
    for (SourceRecord s : keyless) {
      persons.add(
          person(
              uniqueId("R" + s.recordId().replace('/', '-'), seen), List.of(s), List.of(), notes));
    }
    return persons;
  }

  private static String uniqueId(String id, Map<String, Integer> seen) {
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }

  static SourceRecord toSourceRecord(org.sijil.store.Release release, CasualtyRecord r) {
    return new SourceRecord(
        release.source() + "/" + release.label() + "/" + r.row(),
        release.source(),
        release.label(),
        r.row(),
        r.id(),
        r.nameAr(),
        r.nameEn(),
        r.age() == null ? null : r.age().toString(),
        r.age() == null ? null : r.age().inYears(),
        r.sex() == null ? null : r.sex().code(),
        r.dob(),
        r.dod(),
        r.place(),
        r.raw());
  }

  /** A person from its records without links (see {@link #person(String, List, List)}). */
  public static Person person(String personId, List<SourceRecord> records) {
    return person(personId, records, List.of());
  }

  /**
   * A person from its records: each shown value is the one most records give (on a tie the first
   * given; see {@link org.sijil.app.publish.FieldSupport}), and says which record it came from.
   */
  public static Person person(String personId, List<SourceRecord> records, List<Link> links) {
    return person(personId, records, links, Map.of());
  }

  /**
   * As {@link #person(String, List, List)}, with analysts' corrections by record id: a corrected
   * field shows the value of the record its correction notes ({@link
   * PublishedAmendments#shownFrom}), and the person carries the corrections.
   */
  static Person person(
      String personId,
      List<SourceRecord> records,
      List<Link> links,
      Map<String, List<PublishedAmendments.Note>> notesById) {
    List<List<PublishedAmendments.Note>> notes = new ArrayList<>(records.size());
    List<Correction> corrections = new ArrayList<>();
    for (SourceRecord r : records) {
      List<PublishedAmendments.Note> mine = notesById.getOrDefault(r.recordId(), List.of());
      notes.add(mine);
      for (PublishedAmendments.Note n : mine) {
        corrections.add(
            new Correction(
                r.recordId(),
                n.field(),
                n.oldValue(),
                n.newValue(),
                n.reason(),
                n.by(),
                n.at(),
                n.logIndex(),
                n.applied()));
      }
    }
    corrections.sort(java.util.Comparator.comparingLong(Correction::logIndex));
    Map<String, Integer> from = PublishedAmendments.shownFrom(notes);
    java.util.function.Function<String, List<SourceRecord>> by =
        field -> from.containsKey(field) ? List.of(records.get(from.get(field))) : records;
    Map<String, String> provenance = new LinkedHashMap<>();
    SourceRecord nameAr = first(by.apply("name_ar"), SourceRecord::nameAr, "name_ar", provenance);
    SourceRecord nameEn = first(by.apply("name_en"), SourceRecord::nameEn, "name_en", provenance);
    SourceRecord age = first(by.apply("age"), SourceRecord::age, "age", provenance);
    SourceRecord sex = first(by.apply("sex"), SourceRecord::sex, "sex", provenance);
    SourceRecord dob = first(by.apply("dob"), SourceRecord::dob, "dob", provenance);
    SourceRecord dod = first(by.apply("dod"), SourceRecord::dod, "dod", provenance);
    SourceRecord place = first(by.apply("place"), SourceRecord::place, "place", provenance);
    return new Person(
        personId,
        nameAr == null ? null : nameAr.nameAr(),
        nameEn == null ? null : nameEn.nameEn(),
        age == null ? null : age.age(),
        age == null ? null : age.ageYears(),
        sex == null ? null : sex.sex(),
        dob == null ? null : dob.dob(),
        dod == null ? null : dod.dod(),
        place == null ? null : place.place(),
        provenance,
        records,
        links,
        null,
        null,
        corrections);
  }

  /**
   * A person of the server's view, as after the load and before it ({@link PersonsBeforeLoad}):
   * {@link #person(String, List, List, Map)} without links, placed by {@code run} (who ran it and
   * when; null when no run placed its records).
   */
  static Person placed(
      String personId,
      List<SourceRecord> records,
      Linkage.RunInfo run,
      Map<String, List<PublishedAmendments.Note>> notesById) {
    Person p = person(personId, records, List.of(), notesById);
    return run == null ? p : p.linkedBy(run.createdBy(), run.createdAt());
  }

  /** Each corrected record's notes by its record id ({@code source/release/row}). */
  private static Map<String, List<PublishedAmendments.Note>> notesById(
      PublishSnapshot.Snapshot snap) {
    if (snap.corrections().isEmpty()) {
      return Map.of();
    }
    Map<String, List<PublishedAmendments.Note>> out = new HashMap<>();
    for (Map.Entry<RecordKey, List<PublishedAmendments.Note>> e : snap.corrections().entrySet()) {
      int i = snap.records().of(e.getKey());
      out.put(
          toSourceRecord(snap.records().releaseOf().get(i), snap.records().records().get(i))
              .recordId(),
          e.getValue());
    }
    return out;
  }

  private static SourceRecord first(
      List<SourceRecord> records,
      java.util.function.Function<SourceRecord, Object> value,
      String field,
      Map<String, String> provenance) {
    // The value most records give (ties: the first given), not simply the first record's.
    org.sijil.app.publish.FieldSupport support =
        org.sijil.app.publish.FieldSupport.of(records.stream().map(value).toList());
    if (support.firstIndex() < 0) {
      return null;
    }
    SourceRecord r = records.get(support.firstIndex());
    provenance.put(field, r.recordId());
    return r;
  }
}
