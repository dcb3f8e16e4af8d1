package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;

/**
 * A fitted model: the prior and the m- and u-probability of every level of every comparison, kept
 * apart from the spec that defines the levels (saved as its own JSON document).
 *
 * @param spec the spec's name
 * @param prior probability that two random records (of the job's pair space) are the same person
 * @param comparisons fitted levels per comparison, in spec order
 * @param training how the parameters were estimated (for the record; not used in scoring)
 */
public record LinkageModel(
    String spec, double prior, List<FittedComparison> comparisons, Map<String, Object> training) {

  public LinkageModel {
    if (!(prior > 0 && prior < 1)) {
      throw new IllegalArgumentException("prior must be in (0,1), got " + prior);
    }
    comparisons = List.copyOf(comparisons);
    training = training == null ? Map.of() : Map.copyOf(training);
  }

  public FittedComparison comparison(String name) {
    for (FittedComparison c : comparisons) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("model has no comparison " + name);
  }

  /**
   * @param name comparison name
   * @param levels in spec order, null level first
   * @param estimatedBy blocking rules whose EM estimated the m-probabilities (empty = defaults)
   * @param tfBase what a value's frequency is compared with in the term-frequency adjustment: the
   *     exact level's agreement rate among all random pairs, matches included, as the frequencies
   *     are counted; 0 = the exact level's u (models trained before u left the matches out)
   */
  public record FittedComparison(
      String name, List<FittedLevel> levels, List<String> estimatedBy, double tfBase) {
    public FittedComparison {
      levels = List.copyOf(levels);
      estimatedBy = List.copyOf(estimatedBy);
      if (!(tfBase >= 0 && tfBase <= 1)) {
        throw new IllegalArgumentException(name + ": tfBase must be in [0,1], got " + tfBase);
      }
    }

    /** A comparison whose term frequencies are compared with its exact level's u. */
    public FittedComparison(String name, List<FittedLevel> levels, List<String> estimatedBy) {
      this(name, levels, estimatedBy, 0);
    }
  }

  /**
   * One level: m = P(level | match), u = P(level | non-match); weight = log2(m/u). The null level
   * has m = u = 1: a missing value is no evidence either way.
   */
  public record FittedLevel(String label, double m, double u) {
    public FittedLevel {
      if (!(m > 0 && m <= 1) || !(u > 0 && u <= 1)) {
        throw new IllegalArgumentException(
            "level " + label + ": m and u must be in (0,1], got " + m + ", " + u);
      }
    }

    public double weight() {
      return log2(m / u);
    }
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
