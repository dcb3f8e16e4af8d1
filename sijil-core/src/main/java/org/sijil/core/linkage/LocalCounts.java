package org.sijil.core.linkage;

import java.util.Map;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * The counts of training, gathered in this process when the trainer asks for them. The training
 * samples the trainer fits are counted together on its first request ({@link SharedSamples}), so a
 * pair drawn by several of them is compared once.
 */
final class LocalCounts implements PatternSource {

  private final PairScorer levels;
  private final RecordTable table;
  private final Candidates candidates;
  private final TrainingSpec t;
  private final int threads;

  /** Rule (-1: the union) → its sample's counts, once counted. */
  private Map<Integer, Map<Long, Long>> samples;

  /**
   * @param levels assigns the comparison levels (its weights are not used)
   */
  LocalCounts(PairScorer levels, RecordTable table, Candidates candidates, int threads) {
    this.levels = levels;
    this.table = table;
    this.candidates = candidates;
    this.t = levels.spec.training();
    this.threads = threads;
  }

  @Override
  public long[][] uCounts() {
    return UEstimator.count(levels, table, t, threads);
  }

  @Override
  public Map<Long, Long> uPatterns() {
    return UEstimator.patterns(levels, table, t, threads);
  }

  @Override
  public synchronized Map<Long, Long> patterns(int rule) {
    if (samples == null) {
      int[] rules = Trainer.sampledRules(levels.spec, candidates);
      samples = SharedSamples.count(levels, candidates, rules, t, threads).byRule();
    }
    Map<Long, Long> p = samples.get(rule);
    return p != null ? p : new TrainingSample(levels, candidates, rule, t).countAll(threads);
  }
}
