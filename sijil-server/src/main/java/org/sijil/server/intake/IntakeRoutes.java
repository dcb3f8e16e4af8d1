package org.sijil.server.intake;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.sijil.app.Actor;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.incidents.IncidentRoutes;
import org.sijil.server.web.Requests;

/**
 * Adds the intake routes: the offline report form {@value #FORM} and its service worker {@value
 * #WORKER} (whose scope is {@code /intake/}), the analysts' queue {@value #QUEUE}, and the API
 * {@code /api/intake/session}, {@code /api/intake/submissions}, {@code /api/intake/receipts} and
 * {@code /api/intake/queue}.
 *
 * <p>Who may do what: anyone, signed in or not, may open the form; with no account it sends to
 * {@code /api/intake/public} (same-origin, a hidden trap field, per-address limits held in memory);
 * any signed-in user (field, viewer, analyst, admin: field teams are given field accounts, which
 * may do nothing else) sends to {@code /api/intake/submissions} and reads their own receipts; every
 * report enters as pending; the queue is read by analysts and admins, who alone set a status. Every
 * state change checks its origin, and a signed-in one its CSRF token.
 */
public final class IntakeRoutes {

  static final String FORM = "/intake/report";
  static final String WORKER = "/intake/sw.js";
  static final String QUEUE = "/intake/queue";

  /** Request attribute holding the {@link IntakeDesk} (for the public person's intake status). */
  static final String DESK = "sijil.intake";

  private IntakeRoutes() {}

  /** Adds the routes over {@code desk}. */
  public static void add(Javalin app, IntakeDesk desk) {
    IntakeApi api = new IntakeApi(desk, new ReportLimiter(java.time.Clock.systemUTC()));
    ReportForm form = new ReportForm(desk);
    QueuePage queue = new QueuePage(desk);
    app.before(ctx -> ctx.attribute(DESK, desk));
    app.get(FORM, form::page);
    app.get(WORKER, form::worker);
    app.get(QUEUE, queue::page);
    app.post(QUEUE + "/{id}", queue::setStatus);
    app.get("/api/intake/session", api::session);
    app.post("/api/intake/submissions", api::submit);
    app.post("/api/intake/public", api::submitPublic);
    app.get("/api/intake/receipts", api::receipts);
    app.get("/api/intake/queue", api::queue);
  }

  /** The server's request helpers, as {@code SijilServer} put them on the request. */
  static Requests requests(Context ctx) {
    Requests r = ctx.attribute(IncidentRoutes.REQUESTS);
    if (r == null) {
      throw new IllegalStateException("SijilServer did not set the request helpers");
    }
    return r;
  }

  /** The signed-in user of a state-changing request with at least {@code role}, CSRF checked. */
  static Session changer(Context ctx, Role role) {
    Requests requests = requests(ctx);
    Session s = requests.requireRole(ctx, role);
    requests.requireSameOrigin(ctx);
    requests.checkCsrf(ctx, s);
    return s;
  }

  static Actor actor(Session s) {
    return new Actor(s.user());
  }

  /** Runs a use case; a user error (bad key, broken rule, unknown submission) is a 422. */
  static <T> T call(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (org.sijil.store.RegisterBusy e) {
      throw e;
    } catch (UserError e) {
      throw new HttpError(422, e.getMessage());
    }
  }
}
