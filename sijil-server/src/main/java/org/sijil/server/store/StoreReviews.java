package org.sijil.server.store;

import java.nio.file.Path;
import java.time.Instant;
import org.sijil.server.service.ReviewRecorder;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * Writes review decisions to the register (opened per decision, so the server holds no lock); the
 * next {@code sijil link --db} honours them.
 */
public final class StoreReviews implements ReviewRecorder {

  private final Path db;

  public StoreReviews(Path db) {
    this.db = db;
  }

  @Override
  public synchronized void record(String pairId, boolean match, String note, String decidedBy) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      reg.linkage().decide(new Linkage.Decision(ReviewLoader.parsePairId(pairId), match, decidedBy, note, Instant.now()));
    }
  }
}
