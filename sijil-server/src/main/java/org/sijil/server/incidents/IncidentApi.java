package org.sijil.server.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.app.incidents.DossierPdf;
import org.sijil.app.incidents.EditIncident;
import org.sijil.app.incidents.ExportDossier;
import org.sijil.app.incidents.GradePersons;
import org.sijil.app.incidents.IncidentJson;
import org.sijil.app.incidents.IncidentQueries;
import org.sijil.app.incidents.LinkVictims;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.PersonGrading;
import org.sijil.core.incident.VictimLink;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.service.RegisterService;
import org.sijil.server.web.Lang;
import org.sijil.server.web.SourceLabels;
import org.sijil.store.Incidents;

/** The incidents API (JSON); writes need an analyst's session and its CSRF token. */
final class IncidentApi {

  private final IncidentSite site;
  private final RegisterService register;

  IncidentApi(IncidentSite site, RegisterService register) {
    this.site = site;
    this.register = register;
  }

  void list(Context ctx) {
    IncidentQueries.Filter f = Filters.of(ctx);
    List<ObjectNode> out = new ArrayList<>();
    site.with(reg -> new IncidentQueries(reg).list(f)).forEach(s -> out.add(summary(s)));
    ctx.json(Map.of("incidents", out));
  }

  void show(Context ctx) {
    String id = ctx.pathParam("id");
    IncidentQueries.Detail d =
        site.with(reg -> new IncidentQueries(reg).show(id))
            .orElseThrow(() -> new HttpError.NotFound("no incident '" + id + "'"));
    ObjectNode o = summary(d.summary());
    o.put("reported_killed_not_named", d.reportedKilledMissing());
    var victims = o.putArray("victims");
    for (Incidents.Victim v : d.victims()) {
      victims
          .addObject()
          .put("person", "P" + v.personId())
          .put("role", v.role())
          .put("certainty", v.certainty())
          .put("state", v.state())
          .put("note", v.note())
          .put("decided_by", v.by())
          .put("decided_at", v.at().toString());
    }
    var history = o.putArray("history");
    for (Incidents.Version v : d.history()) {
      history
          .addObject()
          .put("version", v.version())
          .put("change", v.change())
          .put("by", v.by())
          .put("at", v.at().toString())
          .put("document_sha256", IncidentJson.sha256(v.document()));
    }
    ctx.json(o);
  }

  /** {@code POST /api/incidents}: {"incident": {...}, "expected_version": N, "note": "..."}. */
  void save(Context ctx) {
    Session s = Guard.analyst(ctx);
    JsonNode body = body(ctx);
    Incident incident = Guard.call(() -> IncidentJson.fromJson(body.get("incident")));
    int expected = body.path("expected_version").asInt(0);
    String note = body.path("note").asText("");
    var version =
        Guard.call(
            () ->
                site.with(
                    reg -> new EditIncident(reg).save(incident, expected, note, Guard.actor(s))));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", incident.id());
    out.put("saved", version.isPresent());
    out.put("version", version.orElse(expected));
    ctx.status(version.isPresent() && expected == 0 ? 201 : 200).json(out);
  }

  /**
   * {@code POST /api/incidents/{id}/victims}: {"person": "P12", "state", "role", "certainty",
   * "note"}.
   */
  void victim(Context ctx) {
    Session s = Guard.analyst(ctx);
    JsonNode b = body(ctx);
    String id = ctx.pathParam("id");
    long person = Guard.person(b.path("person").asText());
    VictimLink link =
        Guard.call(
            () ->
                site.with(
                    reg ->
                        new LinkVictims(reg)
                            .decide(
                                id,
                                person,
                                VictimLink.Role.ofCode(b.path("role").asText("killed")),
                                VictimLink.Certainty.ofCode(
                                    b.path("certainty").asText("confirmed")),
                                VictimLink.State.ofCode(b.path("state").asText("confirmed")),
                                b.path("note").asText(""),
                                Guard.actor(s))));
    ctx.json(
        Map.of(
            "incident",
            link.incidentId(),
            "person",
            "P" + link.personId(),
            "state",
            link.state().code(),
            "role",
            link.role().code(),
            "certainty",
            link.certainty().code()));
  }

  void dossier(Context ctx) {
    String id = ctx.pathParam("id");
    Session s = IncidentRoutes.requests(ctx).session(ctx).orElse(null);
    ExportDossier.Dossier d =
        Guard.call(
            () ->
                site.with(
                    reg ->
                        new ExportDossier(reg)
                            .incident(
                                id, new org.sijil.app.Actor(s == null ? "public" : s.user()))));
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (format.equals("pdf")) {
      ctx.header("Content-Disposition", "attachment; filename=\"dossier-" + id + ".pdf\"");
      // sources by their names in the reader's language, as the pages name them
      Lang lang = IncidentRoutes.requests(ctx).lang(ctx);
      SourceLabels labels = SourceLabels.of(register);
      ctx.contentType("application/pdf")
          .result(DossierPdf.render(d.json(), code -> labels.name(lang, code)));
    } else if (format.equals("json")) {
      ctx.header("Content-Disposition", "attachment; filename=\"dossier-" + id + ".json\"");
      ctx.json(d.json());
    } else {
      throw new HttpError.BadParameter("format is json or pdf, not '" + format + "'");
    }
  }

  void figures(Context ctx) {
    IncidentQueries.Filter f = Filters.of(ctx);
    var statuses = Filters.statuses(ctx);
    List<Map<String, Object>> out = new ArrayList<>();
    for (IncidentQueries.GovernorateFigures g :
        site.with(reg -> new IncidentQueries(reg).byGovernorate(f, statuses))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("governorate", g.governorate().code());
      m.put("incidents", g.incidents());
      m.put("killed_min", g.killedMin());
      m.put("killed_max", g.killedMax());
      m.put("named_deaths", g.namedDeaths());
      out.add(m);
    }
    ctx.json(Map.of("governorates", out));
  }

  void types(Context ctx) {
    List<Map<String, String>> out = new ArrayList<>();
    site.with(EditIncident::vocabulary)
        .forEach(t -> out.add(Map.of("code", t.code(), "en", t.english(), "ar", t.arabic())));
    ctx.json(Map.of("types", out));
  }

  void statuses(Context ctx) {
    Map<String, Long> out = new LinkedHashMap<>();
    site.with(reg -> new GradePersons(reg).counts()).forEach((k, v) -> out.put(k.code(), v));
    ctx.json(Map.of("statuses", out));
  }

  void status(Context ctx) {
    long p = Guard.person(ctx.pathParam("id"));
    PersonGrading.Grade g = site.with(reg -> new GradePersons(reg).ofLinked(p).orElse(null));
    if (g == null) {
      throw new HttpError.NotFound("no linked person 'P" + p + "'");
    }
    ctx.json(statusJson(p, g));
  }

  /** {@code POST /api/persons/{id}/status}: {"decision": "confirm", "reason": "..."}. */
  void grade(Context ctx) {
    Session s = Guard.analyst(ctx);
    long p = Guard.person(ctx.pathParam("id"));
    JsonNode b = body(ctx);
    PersonGrading.Grade g =
        Guard.call(
            () ->
                site.with(
                    reg -> {
                      GradePersons grades = new GradePersons(reg);
                      if (grades.ofLinked(p).isEmpty()) {
                        throw new org.sijil.app.incidents.NotFound("no person 'P" + p + "'");
                      }
                      grades.decide(
                          p,
                          GradeDecision.Kind.ofCode(b.path("decision").asText()),
                          b.path("reason").asText(null),
                          Guard.actor(s));
                      return grades.ofLinked(p).orElseThrow();
                    }));
    ctx.json(statusJson(p, g));
  }

  static Map<String, Object> statusJson(long p, PersonGrading.Grade g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person", "P" + p);
    m.put("status", g.status().code());
    m.put("independent_sources", g.origins());
    if (g.decision() != null) {
      m.put(
          "decision",
          Map.of(
              "decision",
              g.decision().kind().code(),
              "reason",
              g.decision().reason(),
              "by",
              g.decision().by(),
              "at",
              g.decision().at().toString()));
    }
    return m;
  }

  private static ObjectNode summary(IncidentQueries.Summary s) {
    ObjectNode o = IncidentJson.toJson(s.incident());
    o.put("version", s.version());
    o.put("updated_by", s.updatedBy());
    o.put("updated_at", s.updatedAt().toString());
    o.put("named_killed", s.namedKilled());
    return o;
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode n = IncidentJsonReader.read(ctx.body());
      if (n == null || !n.isObject()) {
        throw new HttpError.BadParameter("the body must be a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HttpError.BadParameter("the body is not JSON: " + e.getOriginalMessage());
    }
  }
}
