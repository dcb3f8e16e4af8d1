package org.sijil.app.suggest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
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

  /** The first line of a suggestion's canonical content ({@link #contentSha256}). */
  public static final String CONTENT_HEADER = "sijil-suggestion/v1";

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
    // The suggestion and its log entry are kept together: who suggested what, and when, is
    // provable without publishing the text or the contact (only the content's SHA-256 is logged).
    long id =
        reg.transaction(
            () -> {
              long stored = reg.suggestions().add(s);
              new RegisterLog(reg)
                  .append(
                      new LogEntry.Suggestion(
                          RegisterLog.now(),
                          s.submittedBy(),
                          "" + stored,
                          s.personId(),
                          s.field(),
                          contentSha256(s.field(), s.value(), s.reason())),
                      PersonHistory.subject(s.personId()));
              return stored;
            });
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

  /**
   * The SHA-256 (hex) of a suggestion's canonical content, which its {@code suggestion} log entry
   * carries: the UTF-8 bytes of {@code sijil-suggestion/v1 LF}, then {@code field}, {@code value}
   * and {@code reason}, each as {@code <name> SP <length in bytes> SP <value> LF} (the value as
   * stored: stripped, empty when not given). The contact is never part of it.
   */
  public static String contentSha256(String field, String value, String reason) {
    StringBuilder out = new StringBuilder(CONTENT_HEADER).append('\n');
    line(out, "field", field);
    line(out, "value", value == null ? "" : value);
    line(out, "reason", reason == null ? "" : reason);
    return Hashes.hex(Hashes.sha256(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(name)
        .append(' ')
        .append(value.getBytes(StandardCharsets.UTF_8).length)
        .append(' ')
        .append(value)
        .append('\n');
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
