package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.app.incidents.IncidentQueries;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.PersonStatus;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;

/**
 * The map of incidents and deaths by governorate, drawn as SVG from the bundled schematic ({@link
 * #SHAPES}: no tile server, nothing fetched), and the timeline of incidents with those after a
 * ceasefire date set apart.
 */
final class IncidentMap {

  /**
   * A schematic of the five governorates, north-east at the top: each a quadrilateral in a 300×400
   * box, in their order along the coast. Drawn for Sijil to show relative position only (not
   * boundaries; not to scale); dedicated to the public domain (CC0), like docs/incidents.md says.
   */
  static final Map<Governorate, String> SHAPES =
      Map.of(
          Governorate.NORTH_GAZA, "250,20 290,50 255,100 215,75",
          Governorate.GAZA, "215,75 255,100 215,170 170,145",
          Governorate.DEIR_AL_BALAH, "170,145 215,170 170,245 125,215",
          Governorate.KHAN_YUNIS, "125,215 170,245 120,320 75,290",
          Governorate.RAFAH, "75,290 120,320 95,370 45,345");

  /** Fills from light to dark, by a governorate's share of the largest count. */
  static final List<String> FILLS = List.of("#f1eee8", "#e3c9a8", "#cf9f6c", "#b0713d", "#7d4a22");

  private final IncidentSite site;

  IncidentMap(IncidentSite site) {
    this.site = site;
  }

  void map(Context ctx) {
    IncidentQueries.Filter f = Filters.of(ctx);
    Set<PersonStatus> statuses = Filters.statuses(ctx);
    List<IncidentQueries.GovernorateFigures> figures =
        site.with(reg -> new IncidentQueries(reg).byGovernorate(f, statuses));
    Page.render(
        ctx,
        "incident.map",
        (lang, h, s) -> {
          h.el("h1", lang.t("incident.map"));
          h.el("p", lang.t("incident.map.intro"), "class", "intro");
          statusForm(h, lang, statuses);
          long max =
              Math.max(
                  1,
                  figures.stream()
                      .mapToLong(IncidentQueries.GovernorateFigures::namedDeaths)
                      .max()
                      .orElse(1));
          h.open(
              "svg",
              "xmlns",
              "http://www.w3.org/2000/svg",
              "viewBox",
              "0 0 300 400",
              "width",
              "300",
              "height",
              "400",
              "role",
              "img",
              "id",
              "incident-map",
              "aria-label",
              lang.t("incident.map"));
          h.el("title", lang.t("incident.map.schematic"));
          h.open("rect", "x", "0", "y", "0", "width", "300", "height", "400", "fill", "#e8f1f8")
              .close("rect");
          for (IncidentQueries.GovernorateFigures g : figures) {
            int level =
                (int) Math.min(FILLS.size() - 1, g.namedDeaths() * (FILLS.size() - 1) / max);
            h.open(
                "polygon",
                "points",
                SHAPES.get(g.governorate()),
                "fill",
                FILLS.get(level),
                "stroke",
                "#555",
                "stroke-width",
                "1",
                "id",
                "gov-" + g.governorate().code());
            h.el(
                "title",
                Page.governorate(lang, g.governorate())
                    + ": "
                    + g.incidents()
                    + " "
                    + lang.t("incident.map.incidents")
                    + ", "
                    + g.namedDeaths()
                    + " "
                    + lang.t("incident.map.deaths"));
            h.close("polygon");
            String[] first = SHAPES.get(g.governorate()).split(" ")[2].split(",");
            h.el(
                "text",
                Page.governorate(lang, g.governorate()),
                "x",
                "" + (Integer.parseInt(first[0]) + 10),
                "y",
                "" + (Integer.parseInt(first[1]) - 20),
                "font-size",
                "11");
          }
          h.close("svg");
          h.el("p", lang.t("incident.map.schematic"), "class", "note");
          h.open("table", "class", "list", "id", "map-figures");
          h.open("tr")
              .el("th", lang.t("incident.governorate"))
              .el("th", lang.t("incident.map.incidents"))
              .el("th", lang.t("incident.killed"))
              .el("th", lang.t("incident.map.deaths"))
              .close("tr");
          for (IncidentQueries.GovernorateFigures g : figures) {
            h.open("tr", "id", "fig-" + g.governorate().code())
                .el("td", Page.governorate(lang, g.governorate()))
                .el("td", g.incidents(), "class", "num")
                .el(
                    "td",
                    g.killedMin() == g.killedMax()
                        ? "" + g.killedMin()
                        : g.killedMin() + "–" + g.killedMax(),
                    "class",
                    "num")
                .el("td", g.namedDeaths(), "class", "num")
                .close("tr");
          }
          h.close("table");
        });
  }

  private static void statusForm(Html h, Lang lang, Set<PersonStatus> statuses) {
    h.open(
        "form",
        "method",
        "get",
        "action",
        "/incidents/map",
        "class",
        "filters",
        "id",
        "status-filter");
    h.el("span", lang.t("incident.map.countOnly"));
    for (PersonStatus st : PersonStatus.values()) {
      h.open("label")
          .open(
              "input",
              "type",
              "checkbox",
              "name",
              "status",
              "value",
              st.code(),
              "checked",
              statuses.contains(st) ? "checked" : null)
          .text(" " + lang.t("incident.status." + st.code()))
          .close("label")
          .text(" ");
    }
    h.open("button", "type", "submit").text(lang.t("incident.filter")).close("button");
    h.close("form");
  }

  void timeline(Context ctx) {
    LocalDate ceasefire = Filters.date(ctx, "ceasefire");
    IncidentQueries.Filter f = Filters.of(ctx);
    List<IncidentQueries.Summary> all = site.with(reg -> new IncidentQueries(reg).list(f));
    TypeNames types = TypeNames.of(site);
    Page.render(
        ctx,
        "incident.timeline",
        (lang, h, s) -> {
          h.el("h1", lang.t("incident.timeline"));
          h.open("form", "method", "get", "action", "/incidents/timeline", "class", "filters");
          h.open("label").text(lang.t("incident.ceasefire") + " ");
          h.open(
              "input",
              "type",
              "date",
              "name",
              "ceasefire",
              "id",
              "ceasefire",
              "value",
              ceasefire == null ? "" : ceasefire.toString());
          h.close("label");
          h.open("button", "type", "submit").text(lang.t("incident.filter")).close("button");
          h.close("form");
          if (ceasefire == null) {
            section(h, lang, types, "timeline-all", lang.t("incident.timeline.all"), all);
            return;
          }
          section(
              h,
              lang,
              types,
              "timeline-before",
              lang.t("incident.timeline.before") + " " + ceasefire,
              all.stream().filter(x -> x.incident().date().to().isBefore(ceasefire)).toList());
          section(
              h,
              lang,
              types,
              "timeline-after",
              lang.t("incident.timeline.after") + " " + ceasefire,
              all.stream().filter(x -> !x.incident().date().to().isBefore(ceasefire)).toList());
        });
  }

  private static void section(
      Html h,
      Lang lang,
      TypeNames types,
      String id,
      String title,
      List<IncidentQueries.Summary> rows) {
    h.open("section", "id", id);
    h.el("h2", title + " (" + rows.size() + ")");
    h.open("ol", "class", "timeline");
    for (IncidentQueries.Summary s : rows) {
      Incident i = s.incident();
      h.open("li")
          .el("bdi", i.date().toString(), "dir", "ltr")
          .text(" · ")
          .open("a", "href", "/incidents/" + i.id())
          .text(i.id())
          .close("a")
          .text(
              " · "
                  + Page.governorate(lang, i.place().governorate())
                  + " · "
                  + types.name(lang, i.type())
                  + " · "
                  + lang.t("incident.killed")
                  + " "
                  + i.killed())
          .close("li");
    }
    h.close("ol");
    h.close("section");
  }
}
