package org.sijil.server.intake;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.app.intake.FormSubmissions;
import org.sijil.app.intake.SubmissionQueue;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.store.Intake;

/**
 * The form's API: {@code GET /api/intake/session} (who is signed in, and the CSRF token the queue
 * sends with, fresh after days offline) and {@code POST /api/intake/submissions} (one report, by
 * its idempotency key: 201 when stored, 200 with the same body and {@value #REPLAYED} when the key
 * was stored before, 422 with the reason when a rule is broken), {@code GET /api/intake/receipts}
 * (the signed-in user's own submissions with their status and what changed it, any role) and {@code
 * GET /api/intake/queue?status=} (analysts: submissions by status, with who and what changed it).
 * No answer ever holds a reporter's contact.
 */
final class IntakeApi {

  /** The header marking an answer repeated for a key already stored. */
  static final String REPLAYED = "Idempotent-Replayed";

  /**
   * The body of a report; {@code website} is the public form's hidden trap, left empty by people.
   */
  record Body(String key, Map<String, String> fields, String contact, String website) {}

  /** Who a report sent with no account was taken in by (its log entry's actor). */
  static final String PUBLIC = "public";

  private final IntakeDesk desk;
  private final ReportLimiter limiter;

  IntakeApi(IntakeDesk desk, ReportLimiter limiter) {
    this.desk = desk;
    this.limiter = limiter;
  }

  void session(Context ctx) {
    Session s = IntakeRoutes.requests(ctx).requireRole(ctx, Role.FIELD);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", s.user());
    m.put("role", s.role().code());
    m.put("csrf", s.csrf());
    ctx.header("Cache-Control", "no-store").json(m);
  }

  void submit(Context ctx) {
    Session s = IntakeRoutes.changer(ctx, Role.FIELD);
    answer(ctx, ctx.bodyAsClass(Body.class), IntakeRoutes.actor(s));
  }

  /**
   * {@code POST /api/intake/public}: a report from someone with no account (a family on its own
   * phone), as {@link #submit} but refused when it comes from another site (403), fills the hidden
   * trap field (422) or is over the limits of {@link ReportLimiter} (429 with {@code Retry-After}:
   * the form keeps it and sends it again). Taken in by {@value #PUBLIC}; pending like every report.
   */
  void submitPublic(Context ctx) {
    IntakeRoutes.requests(ctx).requireSameOrigin(ctx);
    Body body = ctx.bodyAsClass(Body.class);
    if (body.website() != null && !body.website().isBlank()) {
      throw new HttpError(422, "the report was refused: a field people leave empty was filled");
    }
    long wait = limiter.take(IntakeRoutes.requests(ctx).clientAddress(ctx));
    if (wait > 0) {
      throw new HttpError.TooManyRequests(
          "too many reports from this network just now: the form keeps the report and sends it"
              + " again later",
          wait);
    }
    answer(ctx, body, new org.sijil.app.Actor(PUBLIC));
  }

  private void answer(Context ctx, Body body, org.sijil.app.Actor by) {
    FormSubmissions.Report report =
        new FormSubmissions.Report(
            body.key(), body.fields() == null ? Map.of() : body.fields(), body.contact());
    FormSubmissions.Answer a = IntakeRoutes.call(() -> desk.submit(report, by));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", a.key());
    m.put("submission", a.submission());
    m.put("received_at", a.receivedAt().toString());
    m.put("status", a.status());
    if (a.replayed()) {
      ctx.header(REPLAYED, "true");
    }
    ctx.status(a.replayed() ? 200 : 201).header("Cache-Control", "no-store").json(m);
  }

  /** At most this many submissions in one answer. */
  static final int LIMIT = 200;

  void receipts(Context ctx) {
    Session s = IntakeRoutes.requests(ctx).requireRole(ctx, Role.FIELD);
    List<Map<String, Object>> out =
        desk.receipts(s.user(), LIMIT).stream().map(st -> status(st, false)).toList();
    ctx.header("Cache-Control", "no-store").json(Map.of("user", s.user(), "receipts", out));
  }

  void queue(Context ctx) {
    IntakeRoutes.requests(ctx).requireRole(ctx, Role.ANALYST);
    String status = ctx.queryParamAsClass("status", String.class).getOrDefault(Intake.PENDING);
    if (!SubmissionQueue.STATUSES.contains(status)) {
      throw new HttpError.BadParameter("status must be one of " + SubmissionQueue.STATUSES);
    }
    List<Map<String, Object>> out =
        desk.withStatus(status, LIMIT).stream().map(st -> status(st, true)).toList();
    ctx.header("Cache-Control", "no-store").json(Map.of("status", status, "submissions", out));
  }

  /** A submission's receipt and status; {@code who}: also who changed it and its fields. */
  private static Map<String, Object> status(Intake.Stored st, boolean who) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("submission", st.id());
    m.put("source", st.source());
    m.put("channel", st.channel());
    m.put("received_at", st.receivedAt().toString());
    m.put("status", st.status());
    m.put("status_reason", st.statusReason());
    m.put("status_at", st.statusAt() == null ? null : st.statusAt().toString());
    if (who) {
      m.put("status_by", st.statusBy());
      Map<String, String> fields = new LinkedHashMap<>(Fields.of(st.fieldsJson()));
      fields.keySet().retainAll(QueuePage.SHOWN);
      m.put("fields", fields);
    }
    return m;
  }
}
