package org.sijil.store;

import java.time.Instant;
import java.util.List;

/**
 * Corrections suggested by readers for a person (migration 9): kept for the analysts to read, with
 * who sent each and when. Storing one never changes a record, a person or a link.
 */
public interface Suggestions {

  /** Longest value, reason or contact text kept. */
  int MAX_TEXT = 2000;

  /**
   * A suggested correction.
   *
   * @param id register-internal id (0 before it is saved)
   * @param personId the person it is about
   * @param field the field it is about ({@code name_ar}, {@code dob}, … or {@code other})
   * @param value the value the sender says is right; may be empty when the reason says it all
   * @param reason how the sender knows; may be empty
   * @param contact the sender's name or contact as given; null when not given
   * @param submittedBy who stored it: the signed-in user, or {@code public} for a reader
   * @param submittedAt when it was stored
   */
  record Suggestion(
      long id,
      String personId,
      String field,
      String value,
      String reason,
      String contact,
      String submittedBy,
      Instant submittedAt) {
    public Suggestion {
      require(personId, "person id");
      require(field, "field");
      require(submittedBy, "submitted by");
      if (submittedAt == null) {
        throw new IllegalArgumentException("a suggestion needs the time it was submitted");
      }
      value = value == null ? "" : value;
      reason = reason == null ? "" : reason;
      if (value.isBlank() && reason.isBlank()) {
        throw new IllegalArgumentException(
            "a suggestion for person " + personId + " needs a value or a reason");
      }
      for (String t : new String[] {value, reason, contact}) {
        if (t != null && t.length() > MAX_TEXT) {
          throw new IllegalArgumentException(
              "suggestion text over " + MAX_TEXT + " characters (person " + personId + ")");
        }
      }
    }

    private static void require(String s, String what) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException("a suggestion needs a " + what);
      }
    }
  }

  /** Stores a suggestion; returns its id. */
  long add(Suggestion s);

  /** Suggestions, newest first, one page. */
  List<Suggestion> list(int offset, int limit);

  /** How many suggestions are stored. */
  long count();
}
