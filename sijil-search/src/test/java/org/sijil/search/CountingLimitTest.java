package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.synth.SynthRecord;

/**
 * Counting fewer hits changes only the total: once the count stops, Lucene skips persons that
 * cannot enter the re-ranking window, and the page must be the one an exhaustive count gives (same
 * persons, order, scores and reasons). Queries are drawn as the 1M benchmark draws them: full names
 * in both scripts, a missing grandfather, given + family name, a given name alone.
 */
class CountingLimitTest {

  /** Just above the re-ranking window, so nearly every query stops counting early. */
  static final int SMALL = Rescorer.WINDOW + 1;

  static PersonSearch search;
  static List<String> queries;

  @BeforeAll
  static void build() {
    Map<String, List<SynthRecord>> persons = SynthPersons.records(12000, 14);
    search = PersonSearch.inMemory();
    search.sync(SynthPersons.documents(persons));
    queries = queries(new ArrayList<>(persons.values()), 140);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  @Test
  void aSmallCountGivesTheSamePageAsAnExhaustiveOne() {
    int lowerBounds = 0;
    for (String q : queries) {
      SearchRequest r = SearchRequest.of(q, 20);
      SearchPage all = search.search(r, Integer.MAX_VALUE);
      SearchPage few = search.search(r, SMALL);
      assertEquals(all.hits(), few.hits(), q);
      assertTrue(all.totalExact(), q);
      if (few.totalExact()) {
        assertEquals(all.total(), few.total(), q);
      } else {
        lowerBounds++;
        assertEquals(SMALL, few.total(), q);
        assertTrue(all.total() > SMALL, q + ": a lower bound below the count");
      }
    }
    assertTrue(lowerBounds > queries.size() / 4, "the small count stopped early: " + lowerBounds);
  }

  @Test
  void theServedCountGivesTheSamePageAsAnExhaustiveOne() {
    for (String q : queries) {
      SearchRequest r = SearchRequest.of(q, 20);
      SearchPage all = search.search(r, Integer.MAX_VALUE);
      SearchPage served = search.search(r);
      assertEquals(all.hits(), served.hits(), q);
      assertEquals(
          served.totalExact() ? all.total() : Searching.COUNT_EXACTLY_UP_TO, served.total(), q);
    }
  }

  /** Queries of every kind, from random persons with a name in both scripts. */
  static List<String> queries(List<List<SynthRecord>> persons, int n) {
    Random random = new Random(14);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      SynthRecord r = persons.get(random.nextInt(persons.size())).get(0);
      String[] ar = r.nameAr().strip().split("\\s+");
      String[] en = r.nameEn().strip().split("\\s+");
      if (ar[0].isEmpty() || en[0].isEmpty()) {
        continue;
      }
      switch (out.size() % 7) {
        case 0 -> out.add(String.join(" ", ar));
        case 1 -> out.add(String.join(" ", en));
        case 2 ->
            out.add(ar.length >= 4 ? ar[0] + " " + ar[1] + " " + ar[3] : String.join(" ", ar));
        case 3 -> out.add(ar[0] + " " + ar[ar.length - 1]);
        case 4 -> out.add(en[0] + " " + en[en.length - 1]);
        case 5 -> out.add(ar[0]);
        default -> out.add(en[0]);
      }
    }
    return out;
  }
}
