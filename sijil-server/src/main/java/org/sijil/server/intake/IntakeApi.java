package org.sijil.server.intake;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sijil.app.intake.FormSubmissions;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;

/**
 * The form's API: {@code GET /api/intake/session} (who is signed in, and the CSRF token the queue
 * sends with, fresh after days offline) and {@code POST /api/intake/submissions} (one report, by
 * its idempotency key: 201 when stored, 200 with the same body and {@value #REPLAYED} when the key
 * was stored before, 422 with the reason when a rule is broken).
 */
final class IntakeApi {

  /** The header marking an answer repeated for a key already stored. */
  static final String REPLAYED = "Idempotent-Replayed";

  /** The body of a report. */
  record Body(String key, Map<String, String> fields, String contact) {}

  private final IntakeDesk desk;

  IntakeApi(IntakeDesk desk) {
    this.desk = desk;
  }

  void session(Context ctx) {
    Session s = IntakeRoutes.requests(ctx).requireRole(ctx, Role.VIEWER);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", s.user());
    m.put("role", s.role().code());
    m.put("csrf", s.csrf());
    ctx.header("Cache-Control", "no-store").json(m);
  }

  void submit(Context ctx) {
    Session s = IntakeRoutes.changer(ctx, Role.VIEWER);
    Body body = ctx.bodyAsClass(Body.class);
    FormSubmissions.Report report =
        new FormSubmissions.Report(
            body.key(), body.fields() == null ? Map.of() : body.fields(), body.contact());
    FormSubmissions.Answer a = IntakeRoutes.call(() -> desk.submit(report, IntakeRoutes.actor(s)));
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
}
