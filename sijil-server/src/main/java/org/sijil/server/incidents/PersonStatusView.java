package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.util.List;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.PersonGrading;
import org.sijil.server.auth.Session;
import org.sijil.server.model.Person;
import org.sijil.server.service.RegisterService;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.server.web.SourceLabels;

/**
 * The person page's status section: the status by {@code docs/grading.md}, the independent sources
 * it rests on (by their names in the page's language, {@link SourceLabels}), the analysts'
 * decisions, the incidents the person is a confirmed victim of, and (for analysts) the decision
 * form. Without a register file (a demo over memory), the status follows the sources alone.
 */
public final class PersonStatusView {

  private PersonStatusView() {}

  /** The sources' names of the served register, or their codes without one. */
  private static SourceLabels labels(Context ctx) {
    RegisterService register = ctx.attribute(IncidentRoutes.REGISTER);
    return register == null ? SourceLabels.CODES : SourceLabels.of(register);
  }

  /** Draws the section for {@code p} from the page's reads (one call from the person page). */
  public static void section(Context ctx, Html h, Lang lang, Person p, PersonReads reads) {
    PersonGrading.Grade grade = reads.grade();
    List<GradeDecision> decisions = reads.decisions();
    List<String> incidents = reads.incidents();
    h.open("section", "class", "person-status card", "id", "person-status");
    h.el("h2", lang.t("incident.status.title"));
    h.open("p")
        .el(
            "strong",
            lang.t("incident.status." + grade.status().code()),
            "id",
            "status-value",
            "class",
            "status-" + grade.status().code())
        .text(
            " · "
                + lang.t("incident.status.sources")
                + ": "
                + labels(ctx).text(lang, grade.origins()))
        .close("p");
    if (!decisions.isEmpty()) {
      h.open("ol", "id", "status-decisions");
      for (GradeDecision d : decisions) {
        h.open("li")
            .el("bdi", d.at().toString(), "dir", "ltr")
            .text(" · " + d.by() + " · " + lang.t("incident.status.do." + d.kind().code()) + " · ")
            .el("span", d.reason(), "dir", "auto")
            .close("li");
      }
      h.close("ol");
    }
    if (!incidents.isEmpty()) {
      h.open("p", "id", "person-incidents").text(lang.t("incident.status.incidents") + ": ");
      for (String i : incidents) {
        h.open("a", "href", "/incidents/" + i).text(i).close("a").text(" ");
      }
      h.close("p");
    }
    IncidentSite site = PersonReads.linked(p) ? ctx.attribute(IncidentRoutes.SITE) : null;
    Session s = site == null ? null : IncidentRoutes.requests(ctx).session(ctx).orElse(null);
    if (Page.analyst(s)) {
      h.open(
          "form",
          "method",
          "post",
          "action",
          "/person/" + p.personId() + "/status",
          "class",
          "inline",
          "id",
          "status-form");
      Page.csrf(h, s);
      h.open("select", "name", "decision", "id", "status-decision");
      for (GradeDecision.Kind k : GradeDecision.Kind.values()) {
        h.open("option", "value", k.code())
            .text(lang.t("incident.status.do." + k.code()))
            .close("option");
      }
      h.close("select");
      h.open(
          "input",
          "name",
          "reason",
          "id",
          "status-reason",
          "required",
          "required",
          "placeholder",
          lang.t("incident.status.reason"),
          "dir",
          "auto");
      h.open("button", "type", "submit", "id", "status-submit")
          .text(lang.t("incident.status.record"))
          .close("button");
      h.close("form");
    }
    h.close("section");
  }
}
