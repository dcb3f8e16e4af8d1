package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/**
 * The primitive sorts that replaced two comparator sorts on a page's path (to stop the JIT's
 * recompiling of java.util.TimSort) give exactly the order the comparators gave: the pages must not
 * change.
 */
class HitOrderTest {

  /** What the re-ranking sorted with before: score, highest first, then doc id. */
  private static final Comparator<ScoreDoc> BEFORE =
      Comparator.comparingDouble((ScoreDoc x) -> -x.score).thenComparingInt(x -> x.doc);

  @Test
  void hitsAreSortedByScoreThenDocAsTheComparatorDid() {
    Random random = new Random(15);
    for (int round = 0; round < 500; round++) {
      ScoreDoc[] docs = new ScoreDoc[random.nextInt(45)];
      for (int i = 0; i < docs.length; i++) {
        // Few distinct scores, so ties are common; 0 and 1 are the ends of the range.
        float score = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextInt(6) / 5f;
        docs[i] = new ScoreDoc(random.nextInt(2_000_000), score);
      }
      ScoreDoc[] expected = docs.clone();
      Arrays.sort(expected, BEFORE);
      ScoreDoc[] actual = Rescorer.byScoreThenDoc(docs.clone());
      assertEquals(expected.length, actual.length);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i].doc, actual[i].doc);
        assertEquals(
            Float.floatToIntBits(expected[i].score), Float.floatToIntBits(actual[i].score));
        assertEquals(expected[i].shardIndex, actual[i].shardIndex);
      }
    }
  }

  @Test
  void hitsAreVisitedInDocOrderThenPlace() {
    Random random = new Random(15);
    for (int round = 0; round < 200; round++) {
      int[] docs = new int[random.nextInt(45)];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = random.nextInt(50); // repeats: equal docs keep their places' order
      }
      Integer[] places = new Integer[docs.length];
      Arrays.setAll(places, i -> i);
      Arrays.sort(places, Comparator.comparingInt(i -> docs[i]));
      List<Integer> visited = new ArrayList<>();
      for (long docAndPlace : HitWalk.byDoc(docs)) {
        assertEquals(docs[(int) docAndPlace], (int) (docAndPlace >>> 32));
        visited.add((int) docAndPlace);
      }
      assertArrayEquals(places, visited.toArray(new Integer[0]));
    }
  }
}
