package org.sijil.core.linkage.spec;

/**
 * How the model is trained.
 *
 * @param seed seed of every random choice, so the same data gives the same model
 * @param uSamplePairs random pairs sampled to estimate u-probabilities
 * @param emSamplePairs at most this many candidate pairs per blocking rule enter EM
 * @param emMaxIterations EM iteration cap
 * @param emTolerance EM stops when no parameter moves more than this
 * @param emRules blocking rules whose pairs estimate m by EM (empty: every rule). Rules that exist
 *     for recall — three of a chain's four names — gather relatives (siblings share the father,
 *     grandfather and family) and namesakes, whose agreement on everything else EM would learn as
 *     the mark of a match; rules as specific as a whole name, or a name and an age, give EM pairs
 *     that are nearly all matches or plainly not. Listed rules absent from a job are ignored; when
 *     none is left, every rule is used.
 */
public record TrainingSpec(
    long seed,
    int uSamplePairs,
    int emSamplePairs,
    int emMaxIterations,
    double emTolerance,
    java.util.List<String> emRules) {

  public TrainingSpec {
    emRules = emRules == null ? java.util.List.of() : java.util.List.copyOf(emRules);
    if (uSamplePairs < 1000) {
      throw new IllegalArgumentException("uSamplePairs must be at least 1000, got " + uSamplePairs);
    }
    if (emSamplePairs < 100) {
      throw new IllegalArgumentException(
          "emSamplePairs must be at least 100, got " + emSamplePairs);
    }
    if (emMaxIterations < 1) {
      throw new IllegalArgumentException(
          "emMaxIterations must be positive, got " + emMaxIterations);
    }
    if (!(emTolerance > 0)) {
      throw new IllegalArgumentException("emTolerance must be positive, got " + emTolerance);
    }
  }

  public static TrainingSpec defaults() {
    return new TrainingSpec(42L, 1_000_000, 400_000, 100, 1e-6, java.util.List.of());
  }

  public TrainingSpec withEmRules(java.util.List<String> rules) {
    return new TrainingSpec(seed, uSamplePairs, emSamplePairs, emMaxIterations, emTolerance, rules);
  }

  public TrainingSpec withSeed(long s) {
    return new TrainingSpec(s, uSamplePairs, emSamplePairs, emMaxIterations, emTolerance, emRules);
  }
}
