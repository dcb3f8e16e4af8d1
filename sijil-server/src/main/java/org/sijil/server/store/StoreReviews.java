package org.sijil.server.store;

import java.nio.file.Path;
import org.sijil.app.Actor;
import org.sijil.app.review.RecordReviewDecision;
import org.sijil.server.service.ReviewRecorder;
import org.sijil.store.Register;

/**
 * Writes review decisions to the register (opened per decision, so the server holds no lock); the
 * next link run honours them.
 */
public final class StoreReviews implements ReviewRecorder {

  private final Path db;

  public StoreReviews(Path db) {
    this.db = db;
  }

  @Override
  public void record(String pairId, boolean match, String note, String decidedBy) {
    recordVerdict(pairId, match ? "match" : "non-match", note, decidedBy);
  }

  @Override
  public synchronized void recordVerdict(
      String pairId, String decision, String note, String decidedBy) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      new RecordReviewDecision(reg)
          .run(
              new RecordReviewDecision.Request(
                  ReviewLoader.parsePairId(pairId),
                  org.sijil.store.Linkage.Verdict.ofCode(decision),
                  note),
              new Actor(decidedBy));
    }
  }
}
