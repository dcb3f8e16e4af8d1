package org.sijil.server.web;

import io.javalin.http.Context;
import org.sijil.server.service.RegisterService;

/** The pages of figures: statistics and the estimate of the undocumented total. */
public final class FigurePages {

  private final RegisterService register;
  private final PageHandlers pages;

  public FigurePages(RegisterService register, PageHandlers pages) {
    this.register = register;
    this.pages = pages;
  }

  public void statistics(Context ctx) {
    var s = register.statistics();
    pages.render(
        ctx,
        "stats.title",
        "/statistics",
        (lang, h) -> {
          h.el("h1", lang.t("stats.title"));
          h.el("p", lang.t("corrections.statsScope"), "id", "stats-scope");
          h.open("p", "class", "lead")
              .text(lang.t("stats.persons") + ": ")
              .el("strong", Views.number(s.persons()))
              .text(" · " + lang.t("stats.records") + ": ")
              .el("strong", Views.number(s.records()))
              .close("p");
          h.open("section", "class", "chart-box")
              .el("h2", lang.t("stats.pyramid"))
              .raw(Charts.pyramid(lang, s.pyramid()))
              .close("section");
          h.open("section", "class", "chart-box")
              .el("h2", lang.t("stats.bySource"))
              .raw(
                  Charts.bars(
                      lang.t("stats.bySource"),
                      SourceLabels.of(register).counts(lang, s.bySource()),
                      lang == Lang.AR))
              .close("section");
          h.open("section", "class", "chart-box")
              .el("h2", lang.t("stats.byMonth"))
              .raw(Charts.months(lang, s.byDateOfDeath()))
              .close("section");
          h.open("p", "class", "downloads").text(lang.t("download") + ": ");
          h.open("a", "href", "/api/download/persons.csv")
              .text("persons.csv")
              .close("a")
              .text(" · ");
          h.open("a", "href", "/api/download/persons.json")
              .text("persons.json")
              .close("a")
              .text(" · ");
          h.open("a", "href", "/api/download/records.csv")
              .text("records.csv")
              .close("a")
              .text(" · ");
          h.open("a", "href", "/api/statistics").text("statistics.json").close("a");
          h.close("p");
          DataStamp.of(register).line(h, lang);
        });
  }

  public void estimates(Context ctx) {
    var est = register.estimate();
    pages.render(
        ctx,
        "est.title",
        "/estimates",
        (lang, h) -> {
          h.el("h1", lang.t("est.title"));
          if (est.isEmpty()) {
            EstimateSections.none(h, lang, register.estimateNote());
            return;
          }
          var e = est.get();
          EstimateSections.summary(h, lang, e);
          h.open("dl", "class", "estimate");
          h.el("dt", lang.t("est.lists")).el("dd", String.join(", ", e.lists()));
          h.el("dt", lang.t("est.listed")).el("dd", Views.number(e.listed()));
          h.el("dt", lang.t("est.unlisted")).open("dd");
          interval(h, lang, e.unlisted());
          h.close("dd");
          h.el("dt", lang.t("est.total")).open("dd", "id", "estimate-total").open("strong");
          interval(h, lang, e.total());
          h.close("strong").close("dd");
          h.el("dt", lang.t("est.method")).el("dd", lang.t("estimate.method.short"));
          h.close("dl");
          EstimateSections.caveats(h, lang, e);
          EstimateSections.breakdown(h, lang, e, register.statistics());
          EstimateGroups.render(h, lang, e);
          EstimateSections.downloads(h, lang);
          if (!e.models().isEmpty()) {
            h.open("details", "class", "numbers");
            h.el("summary", lang.t("est.models"));
            h.open("table", "class", "list");
            h.open("tr")
                .el("th", lang.t("est.terms"))
                .el("th", "AIC")
                .el("th", "df")
                .el("th", lang.t("est.unlisted"))
                .el("th", lang.t("est.weight"))
                .close("tr");
            for (var m : e.models()) {
              h.open("tr", "class", m.excluded() ? "excluded" : null)
                  .el("td", m.terms(), "dir", "ltr")
                  .el("td", String.format(java.util.Locale.ROOT, "%.2f", m.aic()), "class", "num")
                  .el("td", m.df(), "class", "num")
                  .open("td");
              interval(h, lang, m.unlisted());
              h.close("td").el("td", Views.percent(m.weight()), "class", "num").close("tr");
            }
            h.close("table");
            h.close("details");
          }
        });
  }

  /** How the estimate is made and what it assumes, in plain words. */
  public void methods(Context ctx) {
    pages.render(
        ctx, "estimate.methods", "/estimates", (lang, h) -> EstimateSections.methods(h, lang));
  }

  /**
   * "3,002 (95% interval: 2,915–3,109)", the numbers isolated so they read left to right in Arabic
   * too.
   */
  private static void interval(
      Html h, Lang lang, org.sijil.app.estimate.PublishedEstimate.Interval i) {
    h.el("bdi", Views.number(i.estimate()), "dir", "ltr")
        .text(" (" + lang.t("est.interval") + ": ");
    h.el("bdi", Views.number(i.lower()) + "–" + Views.number(i.upper()), "dir", "ltr").text(")");
  }
}
