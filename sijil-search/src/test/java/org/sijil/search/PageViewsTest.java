package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.synth.SynthRecord;

/**
 * A page without stored views ({@link PersonSearch#searchWithoutViews}) is the page with them, the
 * views left out: same total, hits, order, scores and reasons; and a page with views gives each hit
 * its own.
 */
class PageViewsTest {

  static Map<String, List<SynthRecord>> persons;
  static PersonSearch search;

  @BeforeAll
  static void build() {
    persons = SynthPersons.records(2000, 23);
    List<SearchDocument> docs = new ArrayList<>();
    for (SearchDocument d : SynthPersons.documents(persons)) {
      docs.add(
          new SearchDocument(
              d.id(),
              d.order(),
              d.arabicNames(),
              d.latinNames(),
              d.keys(),
              d.sex(),
              d.ageYears(),
              d.dod(),
              d.place(),
              d.sources(),
              d.releases(),
              d.status(),
              "view of " + d.id()));
    }
    search = PersonSearch.inMemory();
    search.sync(docs);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  @Test
  void pagesWithoutViewsAreThePagesWithTheViewsLeftOut() {
    List<SearchRequest> requests = new ArrayList<>();
    int n = 0;
    for (var e : persons.entrySet()) {
      if (n++ % 20 != 0) {
        continue;
      }
      SynthRecord r = e.getValue().get(0);
      for (String q : new String[] {r.nameAr(), r.nameEn(), first(r.nameAr()), first(r.nameEn())}) {
        if (!q.isBlank()) {
          requests.add(SearchRequest.of(q, 20));
          requests.add(
              new SearchRequest(
                  q, "m", null, null, null, null, null, null, null, null, 5, 10, true));
        }
      }
      requests.add(SearchRequest.of(r.id(), 5));
    }
    requests.add(SearchRequest.of("", 30));
    int hits = 0;
    for (SearchRequest request : requests) {
      SearchPage with = search.search(request);
      SearchPage without = search.searchWithoutViews(request);
      assertEquals(with.total(), without.total(), request.text());
      assertEquals(with.totalExact(), without.totalExact(), request.text());
      assertEquals(with.facets(), without.facets(), request.text());
      assertEquals(with.suggestions(), without.suggestions(), request.text());
      assertEquals(with.hits().size(), without.hits().size(), request.text());
      for (int i = 0; i < with.hits().size(); i++) {
        SearchHit a = with.hits().get(i);
        SearchHit b = without.hits().get(i);
        assertEquals("view of " + a.id(), a.shown(), request.text());
        assertNull(b.shown(), request.text());
        assertEquals(new SearchHit(a.id(), a.order(), a.score(), a.reasons()), b, request.text());
        hits++;
      }
    }
    assertTrue(hits > 1000, "hits compared: " + hits);
  }

  private static String first(String name) {
    String[] words = name.strip().split("\\s+");
    return words[0];
  }
}
