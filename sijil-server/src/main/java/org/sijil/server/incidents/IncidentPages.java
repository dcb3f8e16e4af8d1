package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.util.List;
import org.sijil.app.incidents.IncidentQueries;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.IncidentSource;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.model.Person;
import org.sijil.server.service.RegisterService;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.store.Incidents;

/** The incident list and one incident's page with its victims, counts and history. */
final class IncidentPages {

  private final IncidentSite site;
  private final RegisterService register;

  IncidentPages(IncidentSite site, RegisterService register) {
    this.site = site;
    this.register = register;
  }

  void list(Context ctx) {
    IncidentQueries.Filter f = Filters.of(ctx);
    List<IncidentQueries.Summary> all = site.with(reg -> new IncidentQueries(reg).list(f));
    TypeNames types = TypeNames.of(site);
    Page.render(
        ctx,
        "incident.list",
        (lang, h, s) -> {
          h.el("h1", lang.t("incident.list"));
          h.el("p", lang.t("incident.intro"), "class", "intro");
          if (Page.analyst(s)) {
            h.open("p")
                .open("a", "href", "/incidents/new", "id", "incident-new")
                .text(lang.t("incident.new"))
                .close("a")
                .close("p");
          }
          if (all.isEmpty()) {
            h.el("p", lang.t("incident.none"), "class", "none");
            return;
          }
          table(h, lang, all, types);
        });
  }

  static void table(Html h, Lang lang, List<IncidentQueries.Summary> rows) {
    table(h, lang, rows, TypeNames.BUILT_IN);
  }

  /** The incidents table, types named by {@code types}. */
  static void table(Html h, Lang lang, List<IncidentQueries.Summary> rows, TypeNames types) {
    h.open("table", "class", "list", "id", "incidents");
    h.open("tr")
        .el("th", lang.t("incident.id"))
        .el("th", lang.t("incident.date"))
        .el("th", lang.t("incident.governorate"))
        .el("th", lang.t("incident.type"))
        .el("th", lang.t("incident.grade"))
        .el("th", lang.t("incident.killed"))
        .el("th", lang.t("incident.namedKilled"))
        .close("tr");
    for (IncidentQueries.Summary s : rows) {
      Incident i = s.incident();
      h.open("tr");
      h.open("td").open("a", "href", "/incidents/" + i.id()).text(i.id()).close("a").close("td");
      h.open("td").el("bdi", i.date().toString(), "dir", "ltr").close("td");
      h.el("td", Page.governorate(lang, i.place().governorate()));
      h.el("td", types.name(lang, i.type()));
      h.el(
          "td", lang.t("incident.grade." + i.grade().code()), "class", "grade-" + i.grade().code());
      h.el("td", i.killed().toString(), "class", "num");
      h.el("td", s.namedKilled(), "class", "num");
      h.close("tr");
    }
    h.close("table");
  }

  void show(Context ctx) {
    String id = ctx.pathParam("id");
    IncidentQueries.Detail d =
        site.with(reg -> new IncidentQueries(reg).show(id))
            .orElseThrow(() -> new HttpError.NotFound("no incident '" + id + "'"));
    Incident i = d.summary().incident();
    TypeNames types = TypeNames.of(site);
    Page.render(
        ctx,
        "incident.title",
        (lang, h, s) -> {
          h.open("article", "class", "incident", "id", "incident");
          h.el("h1", i.id() + " · " + types.name(lang, i.type()));
          String described =
              lang == Lang.AR && i.descriptionAr() != null
                  ? i.descriptionAr()
                  : i.descriptionEn() != null ? i.descriptionEn() : i.descriptionAr();
          h.el("p", described, "class", "lead", "dir", "auto");
          facts(h, lang, i, d);
          h.el("h2", lang.t("incident.sources"));
          h.open("ul", "id", "incident-sources");
          for (IncidentSource src : i.sources()) {
            h.open("li").text(src.kind() + ": ").el("bdi", src.reference(), "dir", "ltr");
            if (src.sha256() != null) {
              h.text(" ").el("code", "sha256 " + src.sha256());
            }
            h.close("li");
          }
          h.close("ul");
          victims(h, lang, s, i, d);
          history(h, lang, d);
          h.open("p")
              .open("a", "href", "/api/incidents/" + i.id() + "/dossier", "id", "dossier-link")
              .text(lang.t("incident.dossier"))
              .close("a");
          h.text(" · ")
              .open(
                  "a",
                  "href",
                  "/api/incidents/" + i.id() + "/dossier?format=pdf",
                  "id",
                  "dossier-pdf-link")
              .text(lang.t("incident.dossierPdf"))
              .close("a");
          if (Page.analyst(s)) {
            h.text(" · ")
                .open("a", "href", "/incidents/" + i.id() + "/edit", "id", "incident-edit")
                .text(lang.t("incident.edit"))
                .close("a");
          }
          h.close("p");
          h.close("article");
        });
  }

  private static void facts(Html h, Lang lang, Incident i, IncidentQueries.Detail d) {
    h.open("dl", "class", "record-meta", "id", "incident-facts");
    h.el("dt", lang.t("incident.date"))
        .open("dd")
        .el("bdi", i.date().toString(), "dir", "ltr")
        .text(
            " ("
                + lang.t(
                    "incident.precision."
                        + i.date().precision().name().toLowerCase(java.util.Locale.ROOT))
                + ")")
        .close("dd");
    String where =
        Page.governorate(lang, i.place().governorate())
            + (i.place().locality() == null ? "" : " · " + i.place().locality())
            + (i.place().facility() == null ? "" : " · " + i.place().facility());
    h.el("dt", lang.t("incident.place")).el("dd", where);
    if (i.place().latitude() != null) {
      h.el("dt", lang.t("incident.coordinates"))
          .open("dd")
          .el(
              "bdi",
              i.place().latitude()
                  + ", "
                  + i.place().longitude()
                  + " ± "
                  + i.place().radiusMetres()
                  + " m",
              "dir",
              "ltr")
          .close("dd");
    }
    h.el("dt", lang.t("incident.actor"))
        .el("dd", i.actor() == null ? lang.t("incident.unattributed") : i.actor());
    h.el("dt", lang.t("incident.grade"))
        .el("dd", lang.t("incident.grade." + i.grade().code()), "id", "incident-grade");
    h.el("dt", lang.t("incident.killed")).el("dd", i.killed().toString(), "id", "incident-killed");
    h.el("dt", lang.t("incident.injured")).el("dd", i.injured().toString());
    h.el("dt", lang.t("incident.namedKilled"))
        .el(
            "dd",
            d.namedKilled()
                + (d.reportedKilledMissing() > 0
                    ? " (" + d.reportedKilledMissing() + " " + lang.t("incident.notNamed") + ")"
                    : ""),
            "id",
            "incident-named");
    h.close("dl");
  }

  private void victims(Html h, Lang lang, Session s, Incident i, IncidentQueries.Detail d) {
    h.el("h2", lang.t("incident.victims"));
    if (d.victims().isEmpty()) {
      h.el("p", lang.t("incident.noVictims"), "class", "none");
    } else {
      h.open("table", "class", "list", "id", "incident-victims");
      h.open("tr")
          .el("th", lang.t("incident.person"))
          .el("th", lang.t("incident.role"))
          .el("th", lang.t("incident.certainty"))
          .el("th", lang.t("incident.state"))
          .el("th", "")
          .close("tr");
      for (Incidents.Victim v : d.victims()) {
        String pid = "P" + v.personId();
        Person p = register.person(pid).orElse(null);
        h.open("tr", "class", "victim-" + v.state());
        h.open("td").open("a", "href", "/person/" + pid).text(pid).close("a");
        if (p != null) {
          h.text(" ")
              .el(
                  "span",
                  lang == Lang.AR && p.nameAr() != null
                      ? p.nameAr()
                      : p.nameEn() != null ? p.nameEn() : p.nameAr(),
                  "dir",
                  "auto");
        }
        h.close("td");
        h.el("td", lang.t("incident.role." + v.role()));
        h.el("td", lang.t("incident.certainty." + v.certainty()));
        h.el("td", lang.t("incident.state." + v.state()));
        h.open("td");
        if (Page.analyst(s)) {
          IncidentForms.victimButtons(h, lang, s, i.id(), v);
        }
        h.close("td").close("tr");
      }
      h.close("table");
    }
    if (Page.analyst(s)) {
      IncidentForms.addVictimForm(h, lang, s, i.id());
    }
  }

  private static void history(Html h, Lang lang, IncidentQueries.Detail d) {
    h.el("h2", lang.t("incident.history"));
    h.open("ol", "id", "incident-history");
    for (Incidents.Version v : d.history()) {
      h.open("li")
          .text("v" + v.version() + " · ")
          .el("bdi", v.at().toString(), "dir", "ltr")
          .text(" · " + v.by() + " · ")
          .el("span", v.change(), "dir", "auto")
          .close("li");
    }
    h.close("ol");
  }
}
