package org.sijil.core.incident;

import java.time.Instant;
import java.util.Locale;

/**
 * An analyst's decision on a person's status, with its reason, author and time. Decisions are kept
 * in order; the latest one counts ({@link PersonGrading}).
 */
public record GradeDecision(long personId, Kind kind, String reason, String by, Instant at) {

  /** What the analyst decided. */
  public enum Kind {
    CONFIRM,
    CONTEST,
    REMOVE,
    /** Withdraws the earlier decisions: the status follows the sources again. */
    REOPEN;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind ofCode(String code) {
      return VictimLink.parse(Kind.class, "decision", code);
    }
  }

  public GradeDecision {
    if (kind == null || at == null) {
      throw new IllegalArgumentException("a decision needs its kind and time");
    }
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("a decision needs its author");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidIncident("reason", "a " + kind.code() + " decision needs its reason");
    }
    if (personId <= 0) {
      throw new InvalidIncident("person", "person ids are positive, not " + personId);
    }
  }
}
