package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Four to six independent lists: every two-way candidate is fitted and the average finds the truth.
 */
class ManyListsTest {

  static CaptureTable independentLists(int k, int population, long seed) {
    Random random = new Random(seed);
    long[] counts = new long[1 << k];
    for (int person = 0; person < population; person++) {
      int pattern = 0;
      for (int i = 0; i < k; i++) {
        if (random.nextDouble() < 0.15 + 0.05 * i) {
          pattern |= 1 << i;
        }
      }
      counts[pattern]++;
    }
    counts[0] = 0;
    List<String> lists = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      lists.add("list" + (i + 1));
    }
    return CaptureTable.of(lists, counts);
  }

  @Test
  void fourAndFiveListsFitEveryCandidate() {
    for (int k = 4; k <= 5; k++) {
      CaptureTable t = independentLists(k, 20_000, k);
      TableResult r = TableAnalysis.analyse(t, EstimateOptions.published());
      assertEquals(1 << ModelSpec.pairCount(k), r.models().size());
      assertTrue(
          r.total().lower() < 20_000 && 20_000 < r.total().upper(), k + " lists: " + r.total());
    }
  }

  @Test
  void sixListsEnumerate32768Candidates() {
    assertEquals(32_768, ModelSpec.allHierarchical(6).size());
    assertEquals(
        "list1 + list2 + list3 + list1:list3",
        new ModelSpec(3, 0b10).formula(List.of("list1", "list2", "list3")));
    assertEquals("13", new ModelSpec(3, 0b10).label());
  }
}
