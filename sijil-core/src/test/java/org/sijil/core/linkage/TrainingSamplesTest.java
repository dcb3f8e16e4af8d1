package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.linkage.spec.TrainingSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * The samples counted together in one pass hold the counts each sample holds counted alone: every
 * rule's, the union's and the pairs each enumerates, whether the samples take all of their pairs or
 * draw some, in dedupe and link jobs, with windowed blocks.
 */
class TrainingSamplesTest {

  @Test
  void aDedupeJobsSamplesCountedTogetherAreTheSamplesCountedAlone() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(3);
    // Both lists as one: the 400 people on both are duplicates.
    List<CasualtyRecord> all = new ArrayList<>(lists.get(0));
    all.addAll(lists.get(1));
    Linker job = Linker.dedupe(LinkerTest.SPEC, all, 2);
    assertSameCounts(job.spec(), job.table(), job.candidates());
  }

  @Test
  void aLinkJobsSamplesCountedTogetherAreTheSamplesCountedAlone() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(1);
    Linker job = Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2);
    assertSameCounts(job.spec(), job.table(), job.candidates());
  }

  @Test
  void windowedBlocksSamplesCountedTogetherAreTheSamplesCountedAlone() {
    int n = 90;
    RecordTable t = BlockIndexTest.table(BlockIndexTest.records(n, 45), n, false);
    BlockIndex.Bounds bounds = new BlockIndex.Bounds(12, 5);
    BlockIndex[] rules = {
      new BlockIndex(BlockIndexTest.FULL, t, bounds),
      new BlockIndex(BlockIndexTest.GIVEN_FAMILY, t, bounds)
    };
    assertTrue(rules[0].windowed[0] || rules[1].windowed[0], "the test needs a windowed block");
    LinkageSpec base = DefaultSpecs.casualtyLists();
    LinkageSpec spec =
        new LinkageSpec(
            "t",
            base.comparisons().stream().filter(c -> t.hasValues(c.field())).toList(),
            List.of(BlockIndexTest.FULL, BlockIndexTest.GIVEN_FAMILY),
            null);
    assertSameCounts(spec, t, new Candidates(t, rules));
  }

  /** With the sample sizes of the spec (often every pair) and with few pairs drawn. */
  private static void assertSameCounts(LinkageSpec spec, RecordTable table, Candidates cand) {
    TrainingSpec t = spec.training();
    TrainingSpec small =
        new TrainingSpec(
            t.seed(), t.uSamplePairs(), 100, t.emMaxIterations(), t.emTolerance(), t.emRules());
    PairScorer levels = new PairScorer(spec, Trainer.placeholder(spec), table);
    int[] every = new int[cand.rules.length + 1];
    for (int r = 0; r < cand.rules.length; r++) {
      every[r] = r;
    }
    every[cand.rules.length] = -1;
    for (TrainingSpec ts : List.of(t, small)) {
      Map<Integer, Map<Long, Long>> together =
          new TrainingSamples(levels, cand, every, ts).countAll(2);
      for (int r : every) {
        Map<Long, Long> alone = new TrainingSample(levels, cand, r, ts).countAll(2);
        assertEquals(alone, together.get(r), "rule " + r);
      }
      // More than the enumerated count alone: some pairs were drawn, so the test compares counts.
      assertTrue(together.get(-1).size() > 1, "the union's sample is empty");
    }
  }
}
