package org.sijil.app.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sijil.app.publish.FieldSupport;
import org.sijil.app.publish.PublishSnapshot;
import org.sijil.app.publish.PublishedPerson;
import org.sijil.app.records.PublishedAmendments;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.search.SearchDocument;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.PersonReads;
import org.sijil.store.Release;

/**
 * What the search index gets of each person the register publishes, in the order the server lists
 * persons (a document's {@code order} is that position). Rules, the same as the server's view of a
 * snapshot:
 *
 * <ul>
 *   <li>Linked register: one person per stored person id ({@code P<id>}), by ascending id, their
 *       records newest first; then each record no run has linked yet ({@code R<source>-<release>-
 *       <row>}), in register order.
 *   <li>Not linked yet: the records of the latest release of each source grouped by list key
 *       ({@code K<key>}, a repeated id numbered {@code -2}, {@code -3}…), in register order, then
 *       each keyless record ({@code R…}).
 *   <li>Shown values (the name in each script, sex, age, date of death, place) are the ones most
 *       records give, on a tie the first given ({@link FieldSupport}, as the person pages show
 *       them); every record's names and keys are indexed too.
 *   <li>Status is {@code multi-source} when records of two or more sources were linked, else {@code
 *       single-source}.
 * </ul>
 */
public final class SearchDocuments {

  static final String MULTI_SOURCE = "multi-source";
  static final String SINGLE_SOURCE = "single-source";

  private SearchDocuments() {}

  /** The documents of every person of {@code snap}, in the server's person order. */
  public static List<SearchDocument> of(PublishSnapshot.Snapshot snap) {
    List<List<Integer>> persons = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    if (snap.linked()) {
      linked(snap, persons, ids);
    } else {
      byKey(snap, persons, ids);
    }
    // Each document is built from the snapshot alone: on every core (a million persons at start).
    return java.util.stream.IntStream.range(0, persons.size())
        .parallel()
        .mapToObj(i -> document(snap, ids.get(i), i, persons.get(i)))
        .toList();
  }

  private static void linked(
      PublishSnapshot.Snapshot snap, List<List<Integer>> persons, List<String> ids) {
    Map<Long, List<Integer>> members = new java.util.TreeMap<>();
    List<Integer> unlinked = new ArrayList<>();
    List<RecordKey> keys = snap.records().keys();
    for (int i = 0; i < keys.size(); i++) {
      Linkage.CurrentLink link = snap.links().get(keys.get(i));
      if (link == null) {
        unlinked.add(i);
      } else {
        members.computeIfAbsent(link.personId(), k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<Long, List<Integer>> e : members.entrySet()) {
      List<Integer> idx = e.getValue();
      idx.sort((a, b) -> Integer.compare(b, a));
      persons.add(idx);
      ids.add("P" + e.getKey());
    }
    for (int i : unlinked) {
      persons.add(List.of(i));
      ids.add("R" + recordId(snap, i).replace('/', '-'));
    }
  }

  private static void byKey(
      PublishSnapshot.Snapshot snap, List<List<Integer>> persons, List<String> ids) {
    Map<String, Release> latest = new LinkedHashMap<>();
    for (Release r : snap.records().releases()) {
      latest.put(r.source(), r);
    }
    Set<Long> latestIds = new HashSet<>();
    latest.values().forEach(r -> latestIds.add(r.id()));
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    List<Integer> keyless = new ArrayList<>();
    for (int i = 0; i < snap.records().size(); i++) {
      if (!latestIds.contains(snap.records().releaseOf().get(i).id())) {
        continue;
      }
      String key = snap.records().records().get(i).id();
      if (key == null || key.isBlank()) {
        keyless.add(i);
      } else {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
      persons.add(e.getValue());
      ids.add(uniqueId("K" + e.getKey(), seen));
    }
    for (int i : keyless) {
      persons.add(List.of(i));
      ids.add(uniqueId("R" + recordId(snap, i).replace('/', '-'), seen));
    }
  }

  private static String uniqueId(String id, Map<String, Integer> seen) {
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }

  private static String recordId(PublishSnapshot.Snapshot snap, int i) {
    Release r = snap.records().releaseOf().get(i);
    return r.source() + "/" + r.label() + "/" + snap.records().records().get(i).row();
  }

  /**
   * The document of one person read by id ({@link PublishedPerson}) at position {@code order}: the
   * same document {@link #of(PublishSnapshot.Snapshot)} makes of that person, so a server can
   * update the persons analysts' amendments touched without building every document again.
   */
  public static SearchDocument of(PublishedPerson.Read read, long order) {
    List<CasualtyRecord> recs = new ArrayList<>(read.records().size());
    List<Release> rels = new ArrayList<>(read.records().size());
    List<List<PublishedAmendments.Note>> notes = new ArrayList<>(read.records().size());
    for (PersonReads.StoredRecord s : read.records()) {
      recs.add(s.record());
      rels.add(s.release());
      notes.add(read.notes().getOrDefault(s.key(), List.of()));
    }
    return document(read.personId(), order, recs, rels, notes);
  }

  private static SearchDocument document(
      PublishSnapshot.Snapshot snap, String id, long order, List<Integer> members) {
    List<CasualtyRecord> recs = new ArrayList<>(members.size());
    List<Release> rels = new ArrayList<>(members.size());
    List<List<PublishedAmendments.Note>> notes = new ArrayList<>(members.size());
    for (int i : members) {
      recs.add(snap.records().records().get(i));
      rels.add(snap.records().releaseOf().get(i));
      notes.add(snap.corrections().getOrDefault(snap.records().keys().get(i), List.of()));
    }
    return document(id, order, recs, rels, notes);
  }

  /**
   * A person's document from its records (in the person's order), their releases and the
   * corrections noted on each.
   */
  private static SearchDocument document(
      String id,
      long order,
      List<CasualtyRecord> recs,
      List<Release> rels,
      List<List<PublishedAmendments.Note>> notes) {
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> releases = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<ShownPerson.Shown> shown = new ArrayList<>(recs.size());
    for (int i = 0; i < recs.size(); i++) {
      CasualtyRecord r = recs.get(i);
      Release rel = rels.get(i);
      ar.add(r.nameAr());
      en.add(r.nameEn());
      keys.add(r.id());
      releases.add(rel.source() + "/" + rel.label());
      shown.add(
          new ShownPerson.Shown(
              rel.source(), rel.label(), r.row(), r.id(), r.nameAr(), r.nameEn()));
      if (!sources.contains(rel.source())) {
        sources.add(rel.source());
      }
    }
    Function<String, List<CasualtyRecord>> by = corrected(notes, recs);
    ar.add(0, first(by.apply("name_ar"), CasualtyRecord::nameAr));
    en.add(0, first(by.apply("name_en"), CasualtyRecord::nameEn));
    CasualtyRecord aged = shownRecord(by.apply("age"), CasualtyRecord::age);
    CasualtyRecord sexed = shownRecord(by.apply("sex"), CasualtyRecord::sex);
    CasualtyRecord died = shownRecord(by.apply("dod"), CasualtyRecord::dod);
    return new SearchDocument(
        id,
        order,
        ar,
        en,
        keys,
        sexed == null ? null : sexed.sex().code(),
        aged == null ? null : aged.age().inYears(),
        died == null ? null : died.dod(),
        first(by.apply("place"), CasualtyRecord::place),
        sources,
        releases,
        sources.size() > 1 ? MULTI_SOURCE : SINGLE_SOURCE,
        shown(id, by, shown).encode());
  }

  /**
   * The records a field's shown value is chosen from: the one an analyst's correction notes, when
   * any ({@link PublishedAmendments#shownFrom}), else all of them.
   */
  private static Function<String, List<CasualtyRecord>> corrected(
      List<List<PublishedAmendments.Note>> notes, List<CasualtyRecord> recs) {
    Map<String, Integer> from = PublishedAmendments.shownFrom(notes);
    if (from.isEmpty()) {
      return field -> recs;
    }
    return field -> from.containsKey(field) ? List.of(recs.get(from.get(field))) : recs;
  }

  /** The hit view: each value by the person page's rule ({@link FieldSupport}). */
  static ShownPerson shown(String id, List<CasualtyRecord> recs, List<ShownPerson.Shown> records) {
    return shown(id, field -> recs, records);
  }

  private static ShownPerson shown(
      String id, Function<String, List<CasualtyRecord>> by, List<ShownPerson.Shown> records) {
    CasualtyRecord aged =
        shownRecord(by.apply("age"), r -> r.age() == null ? null : r.age().toString());
    CasualtyRecord sexed =
        shownRecord(by.apply("sex"), r -> r.sex() == null ? null : r.sex().code());
    CasualtyRecord born = shownRecord(by.apply("dob"), CasualtyRecord::dob);
    CasualtyRecord died = shownRecord(by.apply("dod"), CasualtyRecord::dod);
    return new ShownPerson(
        id,
        first(by.apply("name_ar"), CasualtyRecord::nameAr),
        first(by.apply("name_en"), CasualtyRecord::nameEn),
        aged == null ? null : aged.age().toString(),
        sexed == null ? null : sexed.sex().code(),
        born == null ? null : ShownPerson.date(born.dob()),
        died == null ? null : ShownPerson.date(died.dod()),
        first(by.apply("place"), CasualtyRecord::place),
        records);
  }

  private static String first(List<CasualtyRecord> recs, Function<CasualtyRecord, String> value) {
    CasualtyRecord r = shownRecord(recs, value);
    return r == null ? null : value.apply(r);
  }

  /**
   * The record whose value is shown: the value most records give, on a tie the first given (the
   * rule of the person pages, {@link FieldSupport}), so a filter finds what the page shows.
   */
  private static CasualtyRecord shownRecord(
      List<CasualtyRecord> recs, Function<CasualtyRecord, ?> value) {
    FieldSupport support = FieldSupport.of(recs.stream().map(value).toList());
    return support.firstIndex() < 0 ? null : recs.get(support.firstIndex());
  }
}
