package org.sijil.server.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.server.model.Statistics;

/**
 * The estimates page for readers: the estimate in a sentence and a chart, the breakdown by sex and
 * age band, the assumptions and caveats in plain words, the reason when no estimate can be made,
 * downloads, and the methods page.
 */
final class EstimateSections {

  /** The app's note when the register has too few or too many sources. */
  private static final Pattern SOURCES =
      Pattern.compile("an estimate needs (\\d+) to (\\d+) sources; the register has (\\d+)");

  /** The caveats said on every estimate, in order. */
  static final List<String> CAVEATS =
      List.of(
          "estimate.caveat.independence",
          "estimate.caveat.heterogeneity",
          "estimate.caveat.linkage",
          "estimate.caveat.population",
          "estimate.caveat.interval");

  private EstimateSections() {}

  /** The page without an estimate: why, in words, and what would make one possible. */
  static void none(Html h, Lang lang, Optional<String> note) {
    h.open("div", "class", "none card", "id", "estimate-none");
    h.el("p", lang.t("estimate.none"));
    String reason = note.map(n -> reason(lang, n)).orElse(lang.t("estimate.reason.unknown"));
    h.el("p", reason, "id", "estimate-reason");
    if (note.isPresent() && reason.equals(note.get()) && lang == Lang.AR) {
      h.el("p", lang.t("estimate.reason.english"), "class", "note");
    }
    h.close("div");
    methodsLink(h, lang);
  }

  /**
   * The reason for a stored note: known notes in the page's language, any other note as written (it
   * comes from the estimate run and names the problem).
   */
  static String reason(Lang lang, String note) {
    Matcher m = SOURCES.matcher(note);
    if (m.find()) {
      return lang.t("estimate.reason.sources")
          .replace("{min}", m.group(1))
          .replace("{max}", m.group(2))
          .replace("{n}", Plurals.count(lang, Long.parseLong(m.group(3)), "sources"));
    }
    if (note.startsWith(org.sijil.server.store.RegisterLoader.NOT_LINKED_NOTE)) {
      return lang.t("estimate.reason.notLinked");
    }
    if (note.startsWith("the register was linked before estimates were stored")) {
      return lang.t("estimate.reason.relink");
    }
    return note;
  }

  /** "The lists name 3,002 people; about 410 more (95%: 300–560) are on none, ...". */
  static void summary(Html h, Lang lang, PublishedEstimate e) {
    h.el(
        "p",
        lang.t("estimate.summary")
            .replace("{lists}", Plurals.count(lang, e.lists().size(), "lists"))
            .replace("{listed}", Views.number(e.listed()))
            .replace("{unlisted}", Views.number(e.unlisted().estimate()))
            .replace("{total}", Views.number(e.total().estimate()))
            .replace(
                "{range}", Views.number(e.total().lower()) + "–" + Views.number(e.total().upper())),
        "class",
        "lead",
        "id",
        "estimate-summary");
    h.open("figure", "class", "chart-box");
    h.raw(EstimateChart.svg(lang, e));
    h.el("figcaption", lang.t("estimate.chart.caption"));
    h.close("figure");
  }

  /** Persons on the lists by sex and age band, and the estimate per stratum when one was made. */
  static void breakdown(Html h, Lang lang, PublishedEstimate e, Statistics s) {
    h.el("h2", lang.t("estimate.breakdown"));
    h.el("p", lang.t("estimate.breakdown.note"), "class", "note");
    h.open("table", "class", "list", "id", "estimate-breakdown");
    h.open("tr")
        .el("th", lang.t("estimate.ageBand"))
        .el("th", lang.t("sex.m"))
        .el("th", lang.t("sex.f"))
        .el("th", lang.t("sex.unknown"))
        .close("tr");
    for (Statistics.AgeBand b : s.pyramid()) {
      h.open("tr")
          .el(
              "th",
              b.band().equals("unknown") ? lang.t("stats.unknownAge") : b.band(),
              "dir",
              "ltr")
          .el("td", Views.number(b.male()), "class", "num")
          .el("td", Views.number(b.female()), "class", "num")
          .el("td", Views.number(b.unknownSex()), "class", "num")
          .close("tr");
    }
    h.close("table");
    if (e != null && !e.strata().isEmpty()) {
      h.open("table", "class", "list", "id", "estimate-strata");
      for (PublishedEstimate.Stratum st : e.strata()) {
        h.open("tr")
            .el("th", st.name())
            .el("td", Views.number(st.listed()), "class", "num")
            .el(
                "td",
                Views.number(st.total().estimate())
                    + " ("
                    + Views.number(st.total().lower())
                    + "–"
                    + Views.number(st.total().upper())
                    + ")",
                "dir",
                "ltr")
            .close("tr");
      }
      h.close("table");
    }
  }

  /** The assumptions and caveats, and the run's own warnings (written in English). */
  static void caveats(Html h, Lang lang, PublishedEstimate e) {
    h.el("h2", lang.t("estimate.caveats"));
    h.open("ul", "class", "caveats", "id", "estimate-caveats");
    for (String key : CAVEATS) {
      h.el("li", lang.t(key));
    }
    if (e.lists().size() == 2) {
      h.el("li", lang.t("estimate.caveat.twoLists"));
    }
    h.close("ul");
    if (!e.warnings().isEmpty()) {
      h.open("details", "class", "numbers");
      h.el("summary", lang.t("estimate.technical"));
      for (String w : e.warnings()) {
        h.el("p", w, "class", "warning", "lang", "en", "dir", "ltr");
      }
      h.el("p", e.method(), "lang", "en", "dir", "ltr");
      h.close("details");
    }
    methodsLink(h, lang);
  }

  static void downloads(Html h, Lang lang) {
    h.open("p", "class", "downloads", "id", "estimate-downloads").text(lang.t("download") + ": ");
    h.el("a", "estimate.csv", "href", EstimateDownloads.CSV_PATH).text(" · ");
    h.el("a", "estimate.json", "href", "/api/estimates");
    h.close("p");
  }

  private static void methodsLink(Html h, Lang lang) {
    h.open("p")
        .el("a", lang.t("estimate.methodsLink"), "href", "/estimates/methods", "id", "methods-link")
        .close("p");
  }

  /** The methods page: how the estimate is made, in plain words. */
  static void methods(Html h, Lang lang) {
    h.el("h1", lang.t("estimate.methods"));
    for (String part : new String[] {"idea", "lists", "models", "interval", "linkage", "limits"}) {
      h.el("h2", lang.t("estimate.methods." + part + ".title"));
      h.el("p", lang.t("estimate.methods." + part), "id", "methods-" + part);
    }
    h.open("p").el("a", lang.t("estimate.back"), "href", "/estimates").close("p");
  }
}
