package org.sijil.server.incidents;

import io.javalin.http.Context;
import org.sijil.app.users.Role;
import org.sijil.core.incident.Governorate;
import org.sijil.server.auth.Session;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.server.web.Layout;
import org.sijil.server.web.Requests;

/** The frame of the incident pages and small shared bits of their markup. */
final class Page {

  /** Draws a page's body. */
  @FunctionalInterface
  interface Body {
    void draw(Lang lang, Html h, Session session);
  }

  private Page() {}

  static void render(Context ctx, String title, Body body) {
    Requests requests = IncidentRoutes.requests(ctx);
    Lang lang = requests.lang(ctx);
    Session s = requests.session(ctx).orElse(null);
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t(title),
            "/incidents",
            Requests.switchHref(ctx, lang),
            h -> {
              nav(h, lang);
              body.draw(lang, h, s);
            }));
  }

  /** Whether the session may edit (analyst or admin). */
  static boolean analyst(Session s) {
    return s != null && (s.role() == Role.ANALYST || s.role() == Role.ADMIN);
  }

  static String governorate(Lang lang, Governorate g) {
    return lang == Lang.AR ? g.arabic() : g.english();
  }

  static void csrf(Html h, Session s) {
    h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", s.csrf());
  }

  private static void nav(Html h, Lang lang) {
    h.open("nav", "class", "subnav", "aria-label", lang.t("incident.nav"));
    link(h, "/incidents", lang.t("incident.list"));
    link(h, "/incidents/map", lang.t("incident.map"));
    link(h, "/incidents/timeline", lang.t("incident.timeline"));
    link(h, "/incidents/types", lang.t("incident.types"));
    h.close("nav");
  }

  static void link(Html h, String href, String text) {
    h.open("a", "href", href).text(text).close("a").text(" ");
  }
}
