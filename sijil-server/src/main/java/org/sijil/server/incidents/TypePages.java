package org.sijil.server.incidents;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.incidents.EditIncident;
import org.sijil.core.UserError;
import org.sijil.core.incident.IncidentType;
import org.sijil.server.auth.Session;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;

/**
 * The incident type vocabulary: a page listing it (with who added each addition), where analysts
 * and admins add or rename a type, and the same through {@code POST /api/incident-types}. Each
 * change is logged ({@code incident-type} entry) by {@link EditIncident#addType}.
 */
final class TypePages {

  private final IncidentSite site;

  TypePages(IncidentSite site) {
    this.site = site;
  }

  void page(Context ctx) {
    String saved = ctx.queryParam("saved");
    render(ctx, saved == null ? null : saved, null, Map.of());
  }

  void add(Context ctx) {
    Session s = Guard.analyst(ctx);
    Map<String, String> typed = new LinkedHashMap<>();
    for (String f : List.of("code", "english", "arabic")) {
      typed.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f).strip());
    }
    try {
      IncidentType t =
          new IncidentType(typed.get("code"), typed.get("english"), typed.get("arabic"));
      site.with(reg -> new EditIncident(reg).addType(t, Guard.actor(s)));
      ctx.redirect(
          "/incidents/types?saved=" + IncidentForms.encode(t.code()), HttpStatus.SEE_OTHER);
    } catch (UserError e) {
      ctx.status(400);
      render(ctx, null, e.getMessage(), typed);
    }
  }

  /** {@code POST /api/incident-types} with {@code {"code", "en", "ar"}}. */
  void addJson(Context ctx) {
    Session s = Guard.analyst(ctx);
    Map<?, ?> body = ctx.bodyAsClass(Map.class);
    IncidentType t =
        Guard.call(() -> new IncidentType(text(body, "code"), text(body, "en"), text(body, "ar")));
    Optional<String> change =
        Guard.call(() -> site.with(reg -> new EditIncident(reg).addType(t, Guard.actor(s))));
    ctx.json(Map.of("code", t.code(), "change", change.orElse("unchanged")));
  }

  private static String text(Map<?, ?> body, String key) {
    Object v = body.get(key);
    return v == null ? null : v.toString().strip();
  }

  private void render(Context ctx, String saved, String error, Map<String, String> typed) {
    Map<String, String> addedBy = new LinkedHashMap<>();
    site.with(reg -> reg.incidents().types()).forEach(t -> addedBy.put(t.code(), t.by()));
    List<IncidentType> types = site.with(EditIncident::vocabulary);
    Page.render(
        ctx,
        "incident.types",
        (lang, h, s) -> {
          h.el("h1", lang.t("incident.types"));
          if (saved != null) {
            h.el(
                "p",
                lang.t("incident.types.saved") + " " + saved,
                "class",
                "notice",
                "id",
                "type-saved",
                "role",
                "status");
          }
          if (error != null) {
            h.el("p", error, "class", "error", "role", "alert", "id", "type-error", "dir", "auto");
          }
          table(h, lang, types, addedBy);
          if (Page.analyst(s)) {
            form(h, lang, s, typed);
          }
        });
  }

  private static void table(
      Html h, Lang lang, List<IncidentType> types, Map<String, String> addedBy) {
    h.open("table", "class", "list", "id", "incident-types");
    h.open("tr")
        .el("th", lang.t("incident.types.code"))
        .el("th", lang.t("incident.types.english"))
        .el("th", lang.t("incident.types.arabic"))
        .el("th", lang.t("incident.types.addedBy"))
        .close("tr");
    for (IncidentType t : types) {
      h.open("tr", "id", "type-" + t.code())
          .open("td")
          .el("code", t.code())
          .close("td")
          .el("td", t.english(), "dir", "ltr")
          .el("td", t.arabic(), "dir", "rtl", "lang", "ar")
          .el("td", addedBy.getOrDefault(t.code(), lang.t("incident.types.default")))
          .close("tr");
    }
    h.close("table");
  }

  private static void form(Html h, Lang lang, Session s, Map<String, String> typed) {
    h.el("h2", lang.t("incident.types.add"));
    h.open(
        "form", "method", "post", "action", "/incidents/types", "class", "card", "id", "type-form");
    Page.csrf(h, s);
    for (String f : List.of("code", "english", "arabic")) {
      h.open("label").text(lang.t("incident.types." + f));
      h.open(
          "input",
          "name",
          f,
          "id",
          "type-" + f,
          "value",
          typed.getOrDefault(f, ""),
          "dir",
          f.equals("arabic") ? "rtl" : "ltr",
          "required",
          "required");
      h.close("label");
    }
    h.open("button", "type", "submit", "id", "type-save")
        .text(lang.t("incident.save"))
        .close("button");
    h.close("form");
  }
}
