package org.sijil.core.linkage;

import java.util.List;

/**
 * Why the model scores a pair as it does: the prior, then each comparison's level and weight,
 * adding up to the final match weight and probability (a waterfall).
 *
 * @param prior prior probability of a match between two records of this job
 * @param priorWeight log2 prior odds, where the waterfall starts
 * @param terms one per comparison, in spec order
 * @param weight final match weight (log2 odds)
 * @param probability final match probability
 */
public record Explanation(
    double prior, double priorWeight, List<Term> terms, double weight, double probability) {

  public Explanation {
    terms = List.copyOf(terms);
  }

  /** The same explanation with each term's left and right values exchanged. */
  public Explanation withSidesSwapped() {
    return new Explanation(
        prior,
        priorWeight,
        terms.stream().map(Term::withSidesSwapped).toList(),
        weight,
        probability);
  }

  /**
   * @param comparison comparison name
   * @param level the level the pair reached
   * @param left the left record's value as written
   * @param right the right record's value as written
   * @param m P(level | match)
   * @param u P(level | non-match)
   * @param weight log2(m/u)
   * @param termFrequency extra weight for how rare the agreeing value is (0 if not adjusted)
   */
  public record Term(
      String comparison,
      String level,
      String left,
      String right,
      double m,
      double u,
      double weight,
      double termFrequency) {

    Term withSidesSwapped() {
      return new Term(comparison, level, right, left, m, u, weight, termFrequency);
    }
  }
}
