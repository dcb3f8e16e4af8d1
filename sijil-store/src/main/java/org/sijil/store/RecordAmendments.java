package org.sijil.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Analysts' corrections and removals of stored records (migration 16). Persistence only: the stored
 * rows never change; how an amendment is applied to the published view, and its log entry, are the
 * application layer's business.
 */
public interface RecordAmendments {

  /** What an amendment does. */
  enum Kind {
    CORRECTION("correction"),
    REMOVAL("removal");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stored code. */
    public String code() {
      return code;
    }

    static Kind of(String code) {
      for (Kind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown amendment kind '" + code + "'");
    }

    /** The kind stored as {@code code}. */
    public static Kind parse(String code) {
      return of(code);
    }
  }

  /**
   * One amendment.
   *
   * @param id ascending in the order amendments were made (0 before it is stored)
   * @param subject the record's log subject ({@code record:SOURCE/KEY} or {@code
   *     record:RELEASE_ID:ROW})
   * @param record the stored row it was made on
   * @param kind correction or removal
   * @param field the corrected field's key ({@code name_ar}...); null for a removal
   * @param oldValue the value shown when the correction was made; null when none (or a removal)
   * @param newValue the corrected value; null for a removal
   * @param reason why, as logged
   * @param logIndex the index of its log entry
   * @param by who made it
   * @param at when
   */
  record Amendment(
      long id,
      String subject,
      Linkage.RecordKey record,
      Kind kind,
      String field,
      String oldValue,
      String newValue,
      String reason,
      long logIndex,
      String by,
      Instant at) {
    public Amendment {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(at, "at");
      if (subject == null || subject.isBlank()) {
        throw new IllegalArgumentException("amendment of " + record + " needs a subject");
      }
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("amendment of " + record + " needs a reason");
      }
      if (by == null || by.isBlank()) {
        throw new IllegalArgumentException("amendment of " + record + " needs who made it");
      }
      if (kind == Kind.CORRECTION && (field == null || newValue == null)) {
        throw new IllegalArgumentException(
            "correction of " + record + " needs a field and a value");
      }
    }

    /** The same amendment with its stored id. */
    public Amendment withId(long newId) {
      return new Amendment(
          newId, subject, record, kind, field, oldValue, newValue, reason, logIndex, by, at);
    }
  }

  /** Stores {@code a} (its id is ignored) inside the open transaction; returns it with its id. */
  Amendment add(Amendment a);

  /** Every amendment, in the order they were made. */
  List<Amendment> all();

  /**
   * The amendments of these subjects, in the order they were made: what one person's records need
   * (an indexed read, migration 18), where {@link #all} grows with the register's amendments.
   */
  List<Amendment> ofSubjects(Collection<String> subjects);

  /** The id of the latest amendment, 0 when none (changes with every amendment). */
  long lastId();
}
