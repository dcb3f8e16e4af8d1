package org.sijil.server.service;

/** Persists an analyst's review decision (the store's review table; a no-op in memory). */
@FunctionalInterface
public interface ReviewRecorder {

  void record(String pairId, boolean match, String note, String decidedBy);

  static ReviewRecorder none() {
    return (pairId, match, note, decidedBy) -> {};
  }
}
