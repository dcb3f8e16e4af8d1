package org.sijil.server.incidents;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijil.app.incidents.EditIncident;
import org.sijil.app.incidents.GradePersons;
import org.sijil.app.incidents.IncidentJson;
import org.sijil.app.incidents.LinkVictims;
import org.sijil.core.UserError;
import org.sijil.core.incident.AttributionGrade;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.VictimLink;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.server.web.Requests;
import org.sijil.store.Incidents;

/**
 * The analysts' forms: a new or edited incident (a bad value shows the form again with every field
 * as typed and the error naming the field), victim decisions and person status decisions.
 */
final class IncidentForms {

  /** The incident form's text fields, in order, as the import file names them. */
  static final List<String> FIELDS =
      List.of(
          "date",
          "locality",
          "facility",
          "latitude",
          "longitude",
          "radius_m",
          "actor",
          "killed_min",
          "killed_max",
          "injured_min",
          "injured_max",
          "description_ar",
          "description_en");

  private final IncidentSite site;

  IncidentForms(IncidentSite site) {
    this.site = site;
  }

  void newForm(Context ctx) {
    requireAnalystPage(ctx);
    form(ctx, null, 0, JsonNodeFactory.instance.objectNode(), null);
  }

  void editForm(Context ctx) {
    requireAnalystPage(ctx);
    String id = ctx.pathParam("id");
    Incidents.Stored s =
        site.with(reg -> reg.incidents().find(id))
            .orElseThrow(() -> new HttpError.NotFound("no incident '" + id + "'"));
    form(
        ctx,
        id,
        s.version(),
        (ObjectNode) IncidentJson.toJson(IncidentJson.parse(s.row().document())),
        null);
  }

  void create(Context ctx) {
    submit(ctx, null);
  }

  void edit(Context ctx) {
    submit(ctx, ctx.pathParam("id"));
  }

  private void submit(Context ctx, String id) {
    Session s = Guard.analyst(ctx);
    ObjectNode o = fromForm(ctx, id);
    int expected = parseInt(ctx.formParam("expected_version"));
    try {
      Incident incident = IncidentJson.fromJson(o);
      site.with(
          reg ->
              new EditIncident(reg)
                  .save(incident, expected, ctx.formParam("note"), Guard.actor(s)));
      ctx.redirect("/incidents/" + incident.id(), HttpStatus.SEE_OTHER);
    } catch (UserError e) {
      ctx.status(e instanceof org.sijil.app.incidents.StaleVersion ? 409 : 400);
      if (e instanceof org.sijil.app.incidents.StaleVersion stale) {
        ctx.attribute(STALE, stale);
      }
      form(ctx, id, expected, o, e.getMessage());
    }
  }

  private static ObjectNode fromForm(Context ctx, String id) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", id != null ? id : ctx.formParam("id"));
    for (String f : FIELDS) {
      o.put(f, ctx.formParam(f));
    }
    o.put("governorate", ctx.formParam("governorate"));
    o.put("type", ctx.formParam("type"));
    o.put("attribution_grade", ctx.formParam("attribution_grade"));
    String sources = ctx.formParam("sources");
    o.put("sources", sources == null ? "" : String.join(";", sources.split("\\R")));
    return o;
  }

  /** Request attribute holding a stale edit's versions, for the detail line. */
  private static final String STALE = "sijil.incidents.stale";

  /**
   * A stale edit on a page not in English: the versions in the page's language, and the server's
   * English sentence kept below as the technical detail, marked as English.
   */
  private static void staleDetail(Html h, Lang lang, org.sijil.app.incidents.StaleVersion stale) {
    h.el(
        "p",
        lang.t("incident.stale.detail")
            .replace("{edited}", String.valueOf(stale.edited()))
            .replace("{current}", String.valueOf(stale.current())),
        "class",
        "error",
        "role",
        "alert",
        "id",
        "incident-stale-detail");
    h.open("details", "class", "technical")
        .el("summary", lang.t("incident.stale.english"))
        .el("p", stale.getMessage(), "id", "incident-error", "lang", "en", "dir", "ltr")
        .close("details");
  }

  private void form(Context ctx, String id, int version, ObjectNode values, String error) {
    List<String> types = new ArrayList<>();
    site.with(EditIncident::vocabulary).forEach(t -> types.add(t.code()));
    Page.render(
        ctx,
        id == null ? "incident.new" : "incident.edit",
        (lang, h, s) -> {
          h.el("h1", id == null ? lang.t("incident.new") : lang.t("incident.edit") + " " + id);
          if (ctx.statusCode() == HttpStatus.CONFLICT.getCode()) {
            // a stale edit: say so in the page's language; the detail below names the versions
            h.el("p", lang.t("incident.stale"), "class", "error", "id", "incident-stale");
          }
          org.sijil.app.incidents.StaleVersion stale = ctx.attribute(STALE);
          if (stale != null && lang != Lang.EN) {
            staleDetail(h, lang, stale);
          } else if (error != null) {
            h.el(
                "p",
                error,
                "class",
                "error",
                "role",
                "alert",
                "id",
                "incident-error",
                "dir",
                "auto");
          }
          h.open(
              "form",
              "method",
              "post",
              "action",
              id == null ? "/incidents/new" : "/incidents/" + id + "/edit",
              "class",
              "card",
              "id",
              "incident-form");
          Page.csrf(h, s);
          h.open("input", "type", "hidden", "name", "expected_version", "value", "" + version);
          if (id == null) {
            input(h, lang, "id", values);
          }
          select(h, lang, "governorate", values, codes(Governorate.values()));
          select(h, lang, "type", values, types);
          select(h, lang, "attribution_grade", values, codes(AttributionGrade.values()));
          for (String f : FIELDS) {
            input(h, lang, f, values);
          }
          h.open("label").text(lang.t("incident.field.sources"));
          StringBuilder src = new StringBuilder();
          values
              .path("sources")
              .forEach(
                  x ->
                      src.append(x.path("kind").asText())
                          .append(':')
                          .append(x.path("reference").asText())
                          .append(
                              x.path("sha256").isTextual() ? "#" + x.path("sha256").asText() : "")
                          .append('\n'));
          if (values.path("sources").isTextual()) {
            src.append(values.path("sources").asText().replace(';', '\n'));
          }
          h.open("textarea", "name", "sources", "rows", "3", "dir", "ltr")
              .text(src.toString())
              .close("textarea");
          h.close("label");
          h.open("label").text(lang.t("incident.field.note"));
          h.open(
              "input",
              "name",
              "note",
              "id",
              "incident-note",
              "value",
              ctx.formParam("note") == null ? "" : ctx.formParam("note"));
          h.close("label");
          h.open("button", "type", "submit", "id", "incident-save")
              .text(lang.t("incident.save"))
              .close("button");
          h.close("form");
        });
  }

  private static List<String> codes(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v instanceof Governorate g ? g.code() : v.name().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  private static void input(Html h, Lang lang, String name, ObjectNode values) {
    h.open("label").text(lang.t("incident.field." + name));
    String v =
        values.path(name).isNull() || values.path(name).isMissingNode()
            ? ""
            : values.path(name).asText();
    h.open(
        "input",
        "name",
        name,
        "id",
        "incident-" + name,
        "value",
        v,
        "dir",
        name.startsWith("description_ar")
            ? "rtl"
            : name.startsWith("description")
                    || name.equals("actor")
                    || name.equals("locality")
                    || name.equals("facility")
                ? "auto"
                : "ltr");
    h.close("label");
  }

  private static void select(
      Html h, Lang lang, String name, ObjectNode values, List<String> options) {
    h.open("label").text(lang.t("incident.field." + name));
    h.open("select", "name", name, "id", "incident-" + name);
    String chosen = values.path(name).asText("");
    for (String o : options) {
      h.open("option", "value", o, "selected", o.equals(chosen) ? "selected" : null)
          .text(o)
          .close("option");
    }
    h.close("select").close("label");
  }

  /** Confirm and reject buttons for one victim link. */
  static void victimButtons(Html h, Lang lang, Session s, String incident, Incidents.Victim v) {
    for (String state : List.of("confirmed", "rejected")) {
      if (state.equals(v.state())) {
        continue;
      }
      h.open(
          "form",
          "method",
          "post",
          "action",
          "/incidents/" + incident + "/victims",
          "class",
          "inline");
      Page.csrf(h, s);
      hidden(
          h,
          Map.of(
              "person",
              "P" + v.personId(),
              "state",
              state,
              "role",
              v.role(),
              "certainty",
              v.certainty()));
      h.open(
              "button",
              "type",
              "submit",
              "class",
              "victim-" + state,
              "id",
              "victim-" + state + "-P" + v.personId())
          .text(lang.t("incident.do." + state))
          .close("button");
      h.close("form");
    }
  }

  /** The form that links a person directly. */
  static void addVictimForm(Html h, Lang lang, Session s, String incident) {
    h.open(
        "form",
        "method",
        "post",
        "action",
        "/incidents/" + incident + "/victims",
        "class",
        "card",
        "id",
        "victim-form");
    Page.csrf(h, s);
    hidden(h, Map.of("state", "confirmed"));
    h.open("label").text(lang.t("incident.person"));
    h.open(
        "input",
        "name",
        "person",
        "id",
        "victim-person",
        "required",
        "required",
        "dir",
        "ltr",
        "placeholder",
        "P12");
    h.close("label");
    h.open("label").text(lang.t("incident.role"));
    h.open("select", "name", "role");
    for (VictimLink.Role r : VictimLink.Role.values()) {
      h.open("option", "value", r.code()).text(lang.t("incident.role." + r.code())).close("option");
    }
    h.close("select").close("label");
    h.open("label").text(lang.t("incident.certainty"));
    h.open("select", "name", "certainty");
    for (VictimLink.Certainty c : VictimLink.Certainty.values()) {
      h.open("option", "value", c.code())
          .text(lang.t("incident.certainty." + c.code()))
          .close("option");
    }
    h.close("select").close("label");
    h.open("label").text(lang.t("incident.field.note"));
    h.open("input", "name", "note");
    h.close("label");
    h.open("button", "type", "submit", "id", "victim-add")
        .text(lang.t("incident.addVictim"))
        .close("button");
    h.close("form");
  }

  private static void hidden(Html h, Map<String, String> values) {
    values.forEach((k, v) -> h.open("input", "type", "hidden", "name", k, "value", v));
  }

  void victim(Context ctx) {
    Session s = Guard.analyst(ctx);
    String id = ctx.pathParam("id");
    long person = Guard.person(ctx.formParam("person"));
    Guard.call(
        () ->
            site.with(
                reg ->
                    new LinkVictims(reg)
                        .decide(
                            id,
                            person,
                            VictimLink.Role.ofCode(ctx.formParam("role")),
                            VictimLink.Certainty.ofCode(ctx.formParam("certainty")),
                            VictimLink.State.ofCode(ctx.formParam("state")),
                            ctx.formParam("note"),
                            Guard.actor(s))));
    ctx.redirect("/incidents/" + id, HttpStatus.SEE_OTHER);
  }

  void grade(Context ctx) {
    Session s = Guard.analyst(ctx);
    long person = Guard.person(ctx.pathParam("id"));
    Guard.call(
        () ->
            site.with(
                reg ->
                    new GradePersons(reg)
                        .decide(
                            person,
                            GradeDecision.Kind.ofCode(ctx.formParam("decision")),
                            ctx.formParam("reason"),
                            Guard.actor(s))));
    ctx.redirect("/person/P" + person, HttpStatus.SEE_OTHER);
  }

  private static void requireAnalystPage(Context ctx) {
    Session s = IncidentRoutes.requests(ctx).requireSession(ctx);
    if (!Page.analyst(s)) {
      throw new HttpError.Forbidden("only analysts may edit incidents");
    }
  }

  private static int parseInt(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new HttpError.BadParameter("expected_version is not a number");
    }
  }

  static String encode(String s) {
    return Requests.encode(s);
  }
}
