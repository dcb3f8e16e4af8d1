package org.sijil.server.sources;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.app.sources.NameSource;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.Session;
import org.sijil.server.incidents.IncidentRoutes;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.server.web.Layout;
import org.sijil.server.web.Requests;
import org.sijil.store.Register;
import org.sijil.store.SourceNames;

/**
 * {@code /sources}: the sources and their names for anyone; for analysts and admins one form per
 * source that sets its names (CSRF-checked, same origin), kept with who and logged by {@link
 * NameSource}. A refused name re-shows the page with the reason and what was typed.
 */
final class SourcePages {

  /** How long a request waits for another process's lock on the register file. */
  private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(10);

  /** What an analyst typed, shown again when it is refused. */
  private record Typed(String source, String english, String arabic) {}

  private final Path db;
  private final Runnable reload;

  SourcePages(Path db, Runnable reload) {
    this.db = db;
    this.reload = reload;
  }

  void page(Context ctx) {
    render(ctx, ctx.queryParam("saved"), ctx.queryParam("change"), null, null);
  }

  void save(Context ctx) {
    Requests requests = requests(ctx);
    Session s = requests.requireRole(ctx, Role.ANALYST);
    requests.requireSameOrigin(ctx);
    requests.checkCsrf(ctx, s);
    String source = param(ctx, "source");
    Typed typed = new Typed(source, param(ctx, "english"), param(ctx, "arabic"));
    try {
      Optional<String> change;
      try (Register reg = Register.open(db, WAIT)) {
        change =
            new NameSource(reg).name(source, typed.english(), typed.arabic(), new Actor(s.user()));
      }
      if (change.isPresent()) {
        reload.run();
      }
      ctx.redirect(
          "/sources?saved=" + Requests.encode(source) + "&change=" + change.orElse("unchanged"),
          HttpStatus.SEE_OTHER);
    } catch (UserError e) {
      ctx.status(400);
      render(ctx, null, null, e.getMessage(), typed);
    }
  }

  private void render(Context ctx, String saved, String change, String error, Typed typed) {
    Requests requests = requests(ctx);
    Lang lang = requests.lang(ctx);
    Session s = requests.session(ctx).orElse(null);
    List<NameSource.Listed> sources;
    try (Register reg = Register.open(db, WAIT)) {
      sources = NameSource.list(reg);
    }
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t("sources.title"),
            // analysts reach the page from its own menu entry; others from the releases
            s != null && s.role().allows(Role.ANALYST) ? "/sources" : "/releases",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("sources.title"));
              h.el("p", lang.t("sources.intro"));
              if (saved != null) {
                String key = "unchanged".equals(change) ? "sources.unchanged" : "sources.saved";
                h.open("p", "class", "notice", "id", "source-saved", "role", "status")
                    .text(lang.t(key) + " ")
                    .el("code", saved)
                    .close("p");
              }
              if (error != null) {
                h.el("p", error, "class", "error", "role", "alert", "id", "source-error");
              }
              if (sources.isEmpty()) {
                h.el("p", lang.t("sources.none"));
                return;
              }
              boolean analyst = s != null && s.role().allows(Role.ANALYST);
              table(h, lang, sources, analyst ? s : null, typed);
            }));
  }

  private static void table(
      Html h, Lang lang, List<NameSource.Listed> sources, Session s, Typed typed) {
    h.open("table", "class", "list", "id", "sources");
    h.open("tr")
        .el("th", lang.t("sources.code"))
        .el("th", lang.t("sources.english"))
        .el("th", lang.t("sources.arabic"))
        .el("th", lang.t("sources.namedBy"))
        .close("tr");
    for (NameSource.Listed l : sources) {
      SourceNames.Named n = l.names();
      String english = n == null || n.english() == null ? "" : n.english();
      String arabic = n == null || n.arabic() == null ? "" : n.arabic();
      if (typed != null && typed.source().equals(l.source())) {
        english = typed.english();
        arabic = typed.arabic();
      }
      String form = "name-" + l.source();
      h.open("tr", "id", "source-" + l.source());
      h.open("td").el("code", l.source()).close("td");
      if (s == null) {
        h.el("td", english, "dir", "auto").el("td", arabic, "dir", "rtl", "lang", "ar");
      } else {
        h.open("td");
        h.open("form", "method", "post", "action", "/sources", "id", form);
        h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", s.csrf());
        h.open("input", "type", "hidden", "name", "source", "value", l.source());
        h.close("form");
        input(h, form, "english", english, "auto", lang.t("sources.english"));
        h.close("td").open("td");
        input(h, form, "arabic", arabic, "rtl", lang.t("sources.arabic"));
        h.open("button", "type", "submit", "form", form, "id", form + "-save")
            .text(lang.t("sources.save"))
            .close("button");
        h.close("td");
      }
      h.el(
          "td",
          n == null ? "—" : n.by() + " · " + n.at().toString().substring(0, 16).replace('T', ' '),
          "dir",
          "auto");
      h.close("tr");
    }
    h.close("table");
  }

  private static void input(
      Html h, String form, String field, String value, String dir, String label) {
    h.open(
        "input",
        "name",
        field,
        "form",
        form,
        "value",
        value,
        "dir",
        dir,
        "aria-label",
        label,
        "maxlength",
        String.valueOf(SourceNames.MAX_NAME));
  }

  private static String param(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  private static Requests requests(Context ctx) {
    Requests r = ctx.attribute(IncidentRoutes.REQUESTS);
    if (r == null) {
      throw new IllegalStateException("SijilServer did not set the request helpers");
    }
    return r;
  }
}
