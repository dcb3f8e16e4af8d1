package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Populations of known size whose three lists are dependent (being on list 1 makes being on list 2
 * more likely; lists 2 and 3 avoid each other): the averaged intervals must cover the true size at
 * about the nominal 95% over many seeded draws.
 */
class SimulationCoverageTest {

  static final int POPULATION = 6_000;

  /** Cell probabilities of a log-linear model with interactions 12 (+1.0) and 23 (−0.6). */
  static double[] cellProbabilities() {
    double[] main = {-0.4, -1.2, -1.5};
    double[] p = new double[8];
    double sum = 0;
    for (int pattern = 0; pattern < 8; pattern++) {
      double eta = 0;
      for (int i = 0; i < 3; i++) {
        eta += ((pattern >> i) & 1) * main[i];
      }
      eta += ((pattern & 1) * ((pattern >> 1) & 1)) * 1.0;
      eta += (((pattern >> 1) & 1) * ((pattern >> 2) & 1)) * -0.6;
      p[pattern] = Math.exp(eta);
      sum += p[pattern];
    }
    for (int pattern = 0; pattern < 8; pattern++) {
      p[pattern] /= sum;
    }
    return p;
  }

  static CaptureTable draw(Random random, double[] p) {
    long[] counts = new long[8];
    for (int person = 0; person < POPULATION; person++) {
      double u = random.nextDouble();
      int pattern = 0;
      double acc = p[0];
      while (u > acc && pattern < 7) {
        acc += p[++pattern];
      }
      counts[pattern]++;
    }
    counts[0] = 0;
    return CaptureTable.of(List.of("a", "b", "c"), counts);
  }

  private static double coverage(EstimateOptions options, int draws, long seed) {
    double[] p = cellProbabilities();
    Random random = new Random(seed);
    int covered = 0;
    for (int d = 0; d < draws; d++) {
      TableResult r = TableAnalysis.analyse(draw(random, p), options.withSeed(seed + d));
      if (r.total().lower() <= POPULATION && POPULATION <= r.total().upper()) {
        covered++;
      }
    }
    return (double) covered / draws;
  }

  @Test
  void publishedWeightedIntervalCoversAtAboutTheNominalRate() {
    double c = coverage(EstimateOptions.published(), 300, 11);
    assertTrue(c >= 0.90 && c <= 0.99, "coverage " + c);
  }

  @Test
  void profileWeightedIntervalCoversAtAboutTheNominalRate() {
    double c = coverage(EstimateOptions.defaults(), 300, 12);
    assertTrue(c >= 0.90 && c <= 0.99, "coverage " + c);
  }

  @Test
  void bootstrapIntervalCoversAtAboutTheNominalRate() {
    EstimateOptions options =
        EstimateOptions.published()
            .withAverageInterval(AverageInterval.BOOTSTRAP)
            .withBootstrapReplicates(200);
    double c = coverage(options, 150, 13);
    assertTrue(c >= 0.89 && c <= 0.99, "coverage " + c);
  }
}
