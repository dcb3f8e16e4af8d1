package org.sijil.app.review;

import java.time.Instant;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * Use case: record a reviewer's decision on a pair of records (same person, different persons, or
 * unsure) with a note, the reviewer and the time. The next link run honours a match or non-match
 * ({@link org.sijil.app.link.LinkRegister}); "unsure" is stored and logged the same way but binds
 * nothing: the pair stays in the review queue for a second analyst.
 */
public final class RecordReviewDecision {

  /** A decision to record: the pair, the verdict, and an optional note. */
  public record Request(Linkage.Pair pair, Linkage.Verdict verdict, String note) {
    public Request {
      if (pair == null || verdict == null) {
        throw new IllegalArgumentException("a review decision needs its pair and verdict");
      }
    }

    /** A match ({@code true}) or non-match decision. */
    public Request(Linkage.Pair pair, boolean match, String note) {
      this(pair, match ? Linkage.Verdict.MATCH : Linkage.Verdict.NON_MATCH, note);
    }
  }

  private final Register reg;

  public RecordReviewDecision(Register reg) {
    this.reg = reg;
  }

  /** Stores the decision; returns it as stored. */
  public Linkage.Decision run(Request request, Actor by) {
    Linkage.Decision d =
        new Linkage.Decision(
            request.pair(), request.verdict(), by.name(), request.note(), Instant.now());
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
                      request.verdict().code(),
                      request.note() == null ? "" : request.note()),
                  "pair:" + request.pair());
          return null;
        });
    return d;
  }
}
