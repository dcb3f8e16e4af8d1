package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.TrainingSpec;
import org.sijil.core.record.CasualtyRecord;

/** The training sample when a rule's pairs outnumber {@code training.emSamplePairs}. */
class TrainingSampleTest {

  @Test
  void theUnionIsSampledWhenItsPairsOutnumberTheSampleSize() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(1);
    Linker job = Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2);
    TrainingSpec t = job.spec().training();
    TrainingSpec small =
        new TrainingSpec(
            t.seed(), t.uSamplePairs(), 100, t.emMaxIterations(), t.emTolerance(), t.emRules());
    PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
    Map<Long, Long> counts = new TrainingSample(levels, job.candidates(), -1, small).countAll(2);
    long enumerated = counts.get(PatternSource.ENUMERATED);
    long sampled = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      if (e.getKey() != PatternSource.ENUMERATED) {
        sampled += e.getValue();
      }
    }
    assertTrue(
        enumerated > 500, "the test needs more candidate pairs than the sample: " + enumerated);
    // Each pair is kept with probability 100 / (the rules' pairs, counted once per rule), so some
    // tens of the distinct pairs: once this was 0 and the model's prior fell back to 1e-5.
    assertTrue(sampled >= 10 && sampled <= 200, "sampled " + sampled + " of " + enumerated);
  }
}
