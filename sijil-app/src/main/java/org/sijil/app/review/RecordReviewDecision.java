package org.sijil.app.review;

import java.time.Instant;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * Use case: record a reviewer's decision on a pair of records (same person or not) with a note, the
 * reviewer and the time. The next link run honours it ({@link org.sijil.app.link.LinkRegister}).
 */
public final class RecordReviewDecision {

  /** A decision to record: the pair, whether it is one person, and an optional note. */
  public record Request(Linkage.Pair pair, boolean match, String note) {}

  private final Register reg;

  public RecordReviewDecision(Register reg) {
    this.reg = reg;
  }

  /** Stores the decision; returns it as stored. */
  public Linkage.Decision run(Request request, Actor by) {
    Linkage.Decision d =
        new Linkage.Decision(
            request.pair(), request.match(), by.name(), request.note(), Instant.now());
    // The decision and its log entry (pair, decision, author, note) are stored together.
    reg.transaction(
        () -> {
          reg.linkage().decide(d);
          new RegisterLog(reg)
              .append(
                  new LogEntry.ReviewDecision(
                      RegisterLog.now(),
                      by.name(),
                      request.pair().a().toString(),
                      request.pair().b().toString(),
                      request.match() ? "match" : "non-match",
                      request.note() == null ? "" : request.note()),
                  "pair:" + request.pair());
          return null;
        });
    return d;
  }
}
