package org.sijil.server.service;

/** Persists an analyst's review decision (the store's review table; a no-op in memory). */
@FunctionalInterface
public interface ReviewRecorder {

  /** Stores {@code decision}: "match", "non-match" or "unsure". */
  void record(String pairId, String decision, String note, String decidedBy);

  static ReviewRecorder none() {
    return (pairId, decision, note, decidedBy) -> {};
  }
}
