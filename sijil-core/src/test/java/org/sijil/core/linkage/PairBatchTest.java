package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.CasualtyRecord;

/**
 * A batch compared one comparison at a time gives each pair exactly what the pair-by-pair methods
 * give: the same levels, the same weight to the last bit above the floor, some weight below it
 * otherwise (the value pair-by-pair scoring returns).
 */
class PairBatchTest {

  @Test
  void batchWeightsAndLevelsEqualThePairByPairOnes() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(8);
    Linker job = Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2);
    PairScorer scorer = job.scorer(job.train());
    Random rnd = new Random(8);
    int n = job.table().leftSize();
    int nc = scorer.comparisons.length;
    PairBatch batch = new PairBatch(nc);
    Scratch s = new Scratch();
    Scratch single = new Scratch();
    int[] lv = new int[nc];
    int checked = 0;
    int below = 0;
    for (int round = 0; round < 20; round++) {
      // Short batches and full ones.
      int size = round % 3 == 0 ? 1 + rnd.nextInt(5) : PairBatch.SIZE;
      batch.clear();
      for (int k = 0; k < size; k++) {
        int a = rnd.nextInt(n);
        int b = k % 2 == 0 ? n + Math.min(job.table().size() - n - 1, a) : n + rnd.nextInt(n);
        b = Math.min(b, job.table().size() - 1);
        assertEquals(k == PairBatch.SIZE - 1, batch.add(a, b));
      }
      for (double floor : new double[] {Double.NEGATIVE_INFINITY, -30, -5, 0, 10}) {
        scorer.weightsAtLeast(batch, s, floor);
        for (int p = 0; p < batch.size; p++) {
          double expected = scorer.weightAtLeast(batch.a[p], batch.b[p], single, floor);
          assertEquals(
              Double.doubleToLongBits(expected),
              Double.doubleToLongBits(batch.weight[p]),
              "pair " + batch.a[p] + "," + batch.b[p] + " at floor " + floor);
          below += expected < floor ? 1 : 0;
          checked++;
        }
      }
      scorer.levels(batch, s);
      for (int p = 0; p < batch.size; p++) {
        scorer.levels(batch.a[p], batch.b[p], single, lv);
        for (int c = 0; c < nc; c++) {
          assertEquals(lv[c], batch.levels[c][p], "comparison " + c + " of pair " + p);
        }
      }
    }
    assertTrue(checked > 10_000 && below > 1000, checked + " checked, " + below + " below");
  }
}
