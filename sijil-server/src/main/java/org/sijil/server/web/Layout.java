package org.sijil.server.web;

import java.util.function.Consumer;
import org.sijil.server.auth.Session;

/** The frame every page shares: language and direction, navigation, language switch, footer. */
public final class Layout {

  private Layout() {}

  /**
   * Renders a full page.
   *
   * @param switchHref the current page's address with the other language chosen
   */
  public static String page(
      Lang lang,
      Session session,
      String csrf,
      String title,
      String active,
      String switchHref,
      Consumer<Html> body) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>");
    h.open("html", "lang", lang.code(), "dir", lang.dir());
    h.open("head");
    h.raw(
        "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.el("title", title + " · " + lang.t("site.short"));
    h.open("link", "rel", "stylesheet", "href", "/static/sijil.css");
    h.close("head");
    h.open("body", "class", "lang-" + lang.code());
    h.open("header", "class", "site");
    h.open("a", "href", "/", "class", "brand").text(lang.t("site")).close("a");
    h.open("nav", "aria-label", "main");
    navLink(h, lang, "/", "nav.search", active);
    navLink(h, lang, "/memorial", "nav.memorial", active);
    navLink(h, lang, "/statistics", "nav.statistics", active);
    navLink(h, lang, "/estimates", "nav.estimates", active);
    navLink(h, lang, "/releases", "nav.releases", active);
    navLink(h, lang, "/incidents", "incident.nav", active);
    if (session != null && session.role().allows(org.sijil.app.users.Role.VIEWER)) {
      navLink(h, lang, "/review", "nav.review", active);
      if (session.role().allows(org.sijil.app.users.Role.ANALYST)) {
        navLink(h, lang, "/import", "nav.import", active);
        navLink(h, lang, "/intake/queue", "intake.queue.page", active);
        navLink(h, lang, "/sources", "sources.title", active);
      }
    }
    // The report form is open to everyone: families with no account report there too (issue 17).
    navLink(h, lang, "/intake/report", "intake.form.title", active);
    h.close("nav");
    h.open("div", "class", "tools");
    h.open(
            "a",
            "href",
            switchHref,
            "id",
            "lang-switch",
            "hreflang",
            lang == Lang.AR ? "en" : "ar",
            "lang",
            lang == Lang.AR ? "en" : "ar")
        .text(lang.t("lang.other"))
        .close("a");
    if (session == null) {
      h.open("a", "href", "/login", "id", "login-link").text(lang.t("nav.login")).close("a");
    } else {
      h.open("form", "method", "post", "action", "/logout", "class", "inline");
      h.open("input", "type", "hidden", "name", "_csrf", "value", csrf);
      h.el("span", session.user(), "class", "user");
      h.open("button", "type", "submit").text(lang.t("nav.logout")).close("button");
      h.close("form");
    }
    h.close("div");
    h.close("header");
    h.open("main", "id", "main");
    body.accept(h);
    h.close("main");
    h.open("footer", "class", "site").el("p", lang.t("footer")).close("footer");
    h.close("body");
    h.close("html");
    return h.toString();
  }

  private static void navLink(Html h, Lang lang, String href, String key, String active) {
    h.open(
            "a",
            "href",
            href,
            "class",
            href.equals(active) ? "active" : null,
            "aria-current",
            href.equals(active) ? "page" : null)
        .text(lang.t(key))
        .close("a");
  }
}
