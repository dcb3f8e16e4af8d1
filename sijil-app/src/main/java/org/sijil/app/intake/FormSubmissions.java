package org.sijil.app.intake;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sijil.app.Actor;
import org.sijil.core.UserError;
import org.sijil.core.intake.Submission;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * Use case: one report sent by the offline web form, stored exactly once per idempotency key.
 *
 * <p>Rules: the key is the form's own ID for the report (an instance ID of origin {@value
 * Submission#FORM}), generated on the device before the report is queued, so every retry carries
 * it. A key already stored answers with the stored submission, whatever the body (the first result,
 * never a second record); otherwise the report goes through {@link ImportSubmissions} on the
 * {@value Arrival#FORM} channel (unsigned; the log entry names the signed-in user), or is rejected
 * with the rule it breaks, and nothing is stored.
 */
public final class FormSubmissions {

  /** What an idempotency key may be: 8 to 100 letters, digits, {@code -}, {@code _}, {@code :}. */
  public static final Pattern KEY = Pattern.compile("[A-Za-z0-9:_-]{8,100}");

  /** A report from the form: its idempotency key, fields by name and the reporter's contact. */
  public record Report(String key, Map<String, String> fields, String contact) {}

  /**
   * The answer to a report.
   *
   * @param key the idempotency key
   * @param submission the stored submission's ID (its receipt)
   * @param receivedAt when it was first stored
   * @param status its status ({@value Intake#PENDING} on arrival)
   * @param replayed true when the key was already stored (this answer is the first one's)
   */
  public record Answer(
      String key, String submission, Instant receivedAt, String status, boolean replayed) {}

  private final Register register;

  public FormSubmissions(Register register) {
    this.register = register;
  }

  /**
   * Stores {@code report} once as a record of {@code source}.
   *
   * @throws UserError naming the bad key or field, or the rule the report breaks
   */
  public Answer submit(Report report, String source, PublicKey contactKey, Actor by) {
    String key = report.key() == null ? "" : report.key();
    if (!KEY.matcher(key).matches()) {
      throw new UserError(
          "key must be 8 to 100 letters, digits, '-', '_' or ':' (a UUID), got '" + key + "'");
    }
    Optional<Answer> first = answer(key, true);
    if (first.isPresent()) {
      return first.get();
    }
    Submission s;
    try {
      s = new Submission(Submission.FORM, key, null, report.fields(), report.contact());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    Arrival a = Arrival.of(Arrival.FORM, Arrival.UNSIGNED, "form " + key, s);
    IntakeReport r = new ImportSubmissions(register).take(List.of(a), source, contactKey, by);
    if (r.rejected() > 0) {
      throw new UserError(r.rejections().get(0).reason());
    }
    return answer(key, false)
        .orElseThrow(() -> new IllegalStateException("the form report " + key + " was not stored"));
  }

  private Optional<Answer> answer(String key, boolean replayed) {
    return register
        .intake()
        .find(Submission.idOf(Submission.FORM, key))
        .map(st -> new Answer(key, st.id(), st.receivedAt(), st.status(), replayed));
  }
}
