package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.synth.SynthRecord;

class PersonSearchTest {

  static Map<String, List<SynthRecord>> persons;
  static List<SearchDocument> docs;
  static PersonSearch search;

  @BeforeAll
  static void build() {
    persons = SynthPersons.records(3000, 11);
    docs = SynthPersons.documents(persons);
    search = PersonSearch.inMemory();
    search.sync(docs);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  static int rank(SearchPage page, String id) {
    for (int i = 0; i < page.hits().size(); i++) {
      if (page.hits().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aPersonsNameFromEveryRecordFindsThemInTheTopThree() {
    int tried = 0;
    int found = 0;
    for (var e : persons.entrySet()) {
      for (SynthRecord r : e.getValue()) {
        for (String q : new String[] {r.nameAr(), r.nameEn()}) {
          if (q.isBlank()) {
            continue;
          }
          tried++;
          int at = rank(search.search(SearchRequest.of(q, 3)), e.getKey());
          if (at >= 0) {
            found++;
          }
        }
      }
      if (tried > 600) {
        break;
      }
    }
    assertTrue(found >= tried * 0.97, found + " of " + tried);
  }

  @Test
  void anIdNumberFindsItsPersonWithOrWithoutSpacesAndNothingElse() {
    SynthRecord r =
        persons.values().stream()
            .flatMap(List::stream)
            .filter(x -> x.id().matches("\\d{9}"))
            .findFirst()
            .orElseThrow();
    SearchPage page = search.search(SearchRequest.of(r.id(), 20));
    assertEquals(r.truePerson(), page.hits().get(0).id());
    assertTrue(page.total() <= 3, "an id finds its person, not the register: " + page.total());
    assertEquals(MatchReason.How.ID, page.hits().get(0).reasons().get(0).how());
    String spaced =
        r.id().substring(0, 3) + " " + r.id().substring(3, 6) + " " + r.id().substring(6);
    assertEquals(r.truePerson(), search.search(SearchRequest.of(spaced, 20)).hits().get(0).id());
    assertEquals(0, search.search(SearchRequest.of("300000000", 20)).total());
  }

  @Test
  void nonsenseFindsNothing() {
    SearchPage page = search.search(SearchRequest.of("zzzzqqq", 20));
    assertEquals(0, page.total());
    assertTrue(page.hits().isEmpty());
  }

  @Test
  void aTypoTooFarForMatchingIsSuggested() {
    int checked = 0;
    for (SearchDocument d : docs) {
      String name = d.latinNames().isEmpty() ? null : d.latinNames().get(0).split(" ")[0];
      if (name == null || name.length() < 6 || name.length() > 7) {
        continue;
      }
      String typo = name.substring(0, 2) + "qx" + name.substring(4);
      SearchPage page = search.search(SearchRequest.of(typo, 5));
      if (page.total() == 0) {
        assertFalse(page.suggestions().isEmpty(), "a suggestion for " + typo);
        checked++;
      }
      if (checked >= 5) {
        break;
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  void hitsSayWhyTheyMatched() {
    SearchDocument d = docs.get(0);
    SearchPage page = search.search(SearchRequest.of(d.arabicNames().get(0), 3));
    SearchHit hit = page.hits().get(0);
    assertFalse(hit.reasons().isEmpty());
    assertTrue(hit.score() > 0 && hit.score() <= 1.0);
  }

  @Test
  void aLatinQueryFindsAnArabicOnlyPersonAndTheReverse(@TempDir Path dir) {
    List<SearchDocument> split = new ArrayList<>();
    List<String[]> queries = new ArrayList<>();
    long order = 0;
    for (var e : persons.entrySet()) {
      SynthRecord r = e.getValue().get(0);
      if (r.nameAr().isBlank() || r.nameEn().isBlank()) {
        continue;
      }
      boolean arabicOnly = order % 2 == 0;
      split.add(SynthPersons.document(e.getKey(), order++, List.of(r), arabicOnly, !arabicOnly));
      queries.add(new String[] {e.getKey(), arabicOnly ? r.nameEn() : r.nameAr()});
      if (order >= 400) {
        break;
      }
    }
    try (PersonSearch s = PersonSearch.open(dir)) {
      s.sync(split);
      int found = 0;
      for (String[] q : queries) {
        if (rank(s.search(SearchRequest.of(q[1], 10)), q[0]) >= 0) {
          found++;
        }
      }
      assertTrue(found >= queries.size() * 0.9, found + " of " + queries.size());
    }
  }

  @Test
  void filtersAndFacets() {
    SearchRequest r =
        new SearchRequest("", "f", 18, 40, null, null, null, null, null, null, 0, 50, true);
    SearchPage page = search.search(r);
    assertTrue(page.total() > 0);
    assertEquals(Map.of("f", page.total()), page.facets().get("sex"));
    long banded = page.facets().get("age_band").values().stream().mapToLong(Long::longValue).sum();
    assertEquals(page.total(), banded);
    for (SearchHit h : page.hits()) {
      SearchDocument d = docs.get((int) h.order());
      assertEquals("f", d.sex());
      assertTrue(d.ageYears() >= 18 && d.ageYears() < 41);
    }
    long[] all = search.allOrders(r);
    assertEquals(page.total(), all.length);
  }

  @Test
  void syncIsIncrementalAndPersisted(@TempDir Path dir) {
    List<SearchDocument> some = new ArrayList<>(docs.subList(0, 200));
    try (PersonSearch s = PersonSearch.open(dir)) {
      assertEquals(200, s.sync(some).added());
      assertTrue(s.sync(some).upToDate());
    }
    try (PersonSearch s = PersonSearch.open(dir)) {
      assertTrue(s.sync(some).upToDate(), "a reopened index that is up to date is not rebuilt");
      SearchDocument d = some.get(5);
      some.set(
          5,
          new SearchDocument(
              d.id(),
              d.order(),
              d.arabicNames(),
              List.of("Zzyx Test"),
              d.keys(),
              d.sex(),
              d.ageYears(),
              d.dod(),
              d.place(),
              d.sources(),
              d.releases(),
              d.status()));
      some.remove(7);
      PersonSearch.SyncResult r = s.sync(some);
      assertEquals(1, r.replaced());
      assertEquals(1, r.deleted());
      assertEquals(0, r.added());
      assertEquals(199, s.size());
      assertEquals(d.id(), s.search(SearchRequest.of("Zzyx Test", 5)).hits().get(0).id());
    }
  }
}
