package org.sijil.app.suggest;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.store.Register;
import org.sijil.store.Suggestions;

/**
 * Use case: store a reader's suggested correction for a person, and list them for analysts. The
 * register's records, persons and links are not touched: an analyst acts on a suggestion through
 * the usual import and review.
 */
public final class SuggestCorrection {

  /** The fields a suggestion can be about; {@code other} for anything else. */
  public static final Set<String> FIELDS =
      Set.of("name_ar", "name_en", "age", "sex", "dob", "dod", "place", "other");

  /** Who a suggestion is from when no one is signed in. */
  public static final String PUBLIC = "public";

  /**
   * What a reader sends.
   *
   * @param personId the person
   * @param field one of {@link #FIELDS}
   * @param value the value they say is right; may be blank when the reason says it
   * @param reason how they know; may be blank when a value is given
   * @param contact their name or contact; may be blank
   */
  public record Request(
      String personId, String field, String value, String reason, String contact) {
    public Request {
      if (field == null || !FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "field must be one of " + new java.util.TreeSet<>(FIELDS) + ", not '" + field + "'");
      }
    }
  }

  private final Register reg;
  private final Clock clock;

  public SuggestCorrection(Register reg) {
    this(reg, Clock.systemUTC());
  }

  public SuggestCorrection(Register reg, Clock clock) {
    this.reg = reg;
    this.clock = clock;
  }

  /**
   * Stores the suggestion, from {@code by} (a signed-in user) or from the public when null.
   *
   * @return the suggestion as stored, with its id
   * @throws IllegalArgumentException when neither a value nor a reason is given, or text is too
   *     long
   */
  public Suggestions.Suggestion submit(Request r, Actor by) {
    String contact = r.contact() == null || r.contact().isBlank() ? null : r.contact().strip();
    Suggestions.Suggestion s =
        new Suggestions.Suggestion(
            0,
            r.personId(),
            r.field(),
            strip(r.value()),
            strip(r.reason()),
            contact,
            by == null ? PUBLIC : by.name(),
            clock.instant());
    long id = reg.transaction(() -> reg.suggestions().add(s));
    return new Suggestions.Suggestion(
        id,
        s.personId(),
        s.field(),
        s.value(),
        s.reason(),
        s.contact(),
        s.submittedBy(),
        s.submittedAt());
  }

  /** Suggestions for analysts, newest first. */
  public List<Suggestions.Suggestion> list(int offset, int limit) {
    return reg.suggestions().list(offset, limit);
  }

  /** How many suggestions there are. */
  public long count() {
    return reg.suggestions().count();
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
