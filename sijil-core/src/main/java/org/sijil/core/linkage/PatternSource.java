package org.sijil.core.linkage;

import java.util.Map;

/**
 * The counts training needs, however they were gathered: in this process ({@link Linker#train()})
 * or summed by a distributed engine from {@link SplitJob}'s tasks ({@link SplitJob#train}). The
 * trainer fits the same model from the same counts, whoever counted them.
 */
public interface PatternSource {

  /** The key under which a sample's count of enumerated pairs is reported. */
  long ENUMERATED = -1;

  /**
   * Level counts per comparison and level among the random pairs of the u sample: the sum over its
   * {@link SplitJob#U_CHUNKS} chunks ({@link SplitJob#uCounts}).
   */
  long[][] uCounts();

  /**
   * Comparison-pattern code → pairs among the same random pairs: the sum over the chunks of {@link
   * SplitJob#uPatterns}. With them the trainer takes the matches among the random pairs out of u
   * ({@code UEstimator.nonMatchU}); a source without them (empty) gets u from {@link #uCounts}
   * alone, as before.
   */
  default Map<Long, Long> uPatterns() {
    return Map.of();
  }

  /**
   * Comparison-pattern code → pairs in the training sample of one blocking rule ({@code rule} ≥ 0)
   * or of the union of the rules, each pair once (-1), plus {@link #ENUMERATED} → pairs enumerated:
   * the sum over the rule's work units (or all units) of {@link SplitJob#samplePatterns}.
   */
  Map<Long, Long> patterns(int rule);
}
