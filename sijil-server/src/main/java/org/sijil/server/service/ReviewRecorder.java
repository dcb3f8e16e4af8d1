package org.sijil.server.service;

/** Persists an analyst's review decision (the store's review table; a no-op in memory). */
@FunctionalInterface
public interface ReviewRecorder {

  /** Stores a match ({@code true}) or non-match decision. */
  void record(String pairId, boolean match, String note, String decidedBy);

  /**
   * Stores {@code verdict}: "match", "non-match" or "unsure". A recorder that keeps only matches
   * and non-matches (this default) refuses "unsure" rather than storing it as something else.
   */
  default void recordVerdict(String pairId, String verdict, String note, String decidedBy) {
    switch (verdict) {
      case "match" -> record(pairId, true, note, decidedBy);
      case "non-match" -> record(pairId, false, note, decidedBy);
      default ->
          throw new UnsupportedOperationException("this register cannot store '" + verdict + "'");
    }
  }

  static ReviewRecorder none() {
    return new ReviewRecorder() {
      @Override
      public void record(String pairId, boolean match, String note, String decidedBy) {}

      @Override
      public void recordVerdict(String pairId, String verdict, String note, String decidedBy) {}
    };
  }
}
