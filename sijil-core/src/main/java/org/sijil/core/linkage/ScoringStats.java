package org.sijil.core.linkage;

/** What a scoring run did: distinct candidate pairs compared, pairs kept, wall time and threads. */
public record ScoringStats(long compared, long kept, long nanos, int threads) {

  /** Candidate pairs compared per second per thread. */
  public double pairsPerSecondPerThread() {
    return nanos == 0 ? 0 : compared / (nanos / 1e9) / threads;
  }
}
