package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.sijil.app.Actor;
import org.sijil.app.incidents.NotFound;
import org.sijil.app.incidents.StaleVersion;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.web.Requests;

/** Who may change incidents and grades, and how the use cases' errors become statuses. */
final class Guard {

  private Guard() {}

  /**
   * The signed-in analyst or admin of a state-changing request, its origin and CSRF token checked;
   * 401 when not signed in, 403 for any other role.
   */
  static Session analyst(Context ctx) {
    Requests requests = IncidentRoutes.requests(ctx);
    Session s = requests.requireSession(ctx);
    if (s.role() != Role.ANALYST && s.role() != Role.ADMIN) {
      throw new HttpError.Forbidden("only analysts may change incidents and grades");
    }
    requests.requireSameOrigin(ctx);
    requests.checkCsrf(ctx, s);
    return s;
  }

  static Actor actor(Session s) {
    return new Actor(s.user());
  }

  /** Runs a use case: not found → 404, a stale edit → 409, any other user error → 400. */
  static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (NotFound e) {
      throw new HttpError.NotFound(e.getMessage());
    } catch (StaleVersion e) {
      throw new HttpError(409, e.getMessage());
    } catch (org.sijil.store.RegisterBusy e) {
      throw e;
    } catch (UserError e) {
      throw new HttpError.BadParameter(e.getMessage());
    }
  }

  /** {@code P12} or {@code 12} as a person id; 404 otherwise. */
  static long person(String text) {
    String t = text == null ? "" : text.strip();
    if (t.startsWith("P")) {
      t = t.substring(1);
    }
    try {
      long id = Long.parseLong(t);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new HttpError.NotFound("no person '" + text + "'");
  }
}
