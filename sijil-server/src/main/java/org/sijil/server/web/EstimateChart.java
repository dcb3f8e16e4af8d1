package org.sijil.server.web;

import org.sijil.app.estimate.PublishedEstimate;

/**
 * The estimate as one bar: the persons named on the lists (solid), the estimated unnamed (light),
 * and the 95% interval of the total as a whisker, with a scale. Drawn left to right in both
 * languages (numbers read left to right in Arabic too); labels in the page's language.
 */
final class EstimateChart {

  static final String LISTED = "#33658a";
  static final String UNLISTED = "#f6ae2d";
  static final int WIDTH = 640;
  static final int HEIGHT = 150;
  static final int LEFT = 20;
  static final int BAR_W = 580;

  private EstimateChart() {}

  static String svg(Lang lang, PublishedEstimate e) {
    double max = Math.max(1, Math.max(e.total().upper(), e.total().estimate()));
    double scale = BAR_W / max;
    Html h = Charts.svg(lang.t("estimate.chart.caption"), "estimate-chart", WIDTH, HEIGHT);
    double listedW = e.listed() * scale;
    double unlistedW = Math.max(0, e.total().estimate() - e.listed()) * scale;
    SvgShapes.rect(
        h, LEFT, 30, listedW, 40, LISTED, lang.t("est.listed") + ": " + Views.number(e.listed()));
    SvgShapes.rect(
        h,
        LEFT + listedW,
        30,
        unlistedW,
        40,
        UNLISTED,
        lang.t("est.unlisted") + ": " + Views.number(e.unlisted().estimate()));
    double lo = LEFT + e.total().lower() * scale;
    double hi = LEFT + e.total().upper() * scale;
    h.open(
            "line",
            "x1",
            SvgShapes.f(lo),
            "y1",
            "50",
            "x2",
            SvgShapes.f(hi),
            "y2",
            "50",
            "stroke",
            "#222",
            "stroke-width",
            "2")
        .close("line");
    for (double x : new double[] {lo, hi}) {
      h.open(
              "line",
              "x1",
              SvgShapes.f(x),
              "y1",
              "40",
              "x2",
              SvgShapes.f(x),
              "y2",
              "60",
              "stroke",
              "#222",
              "stroke-width",
              "2")
          .close("line");
    }
    text(
        h,
        LEFT,
        20,
        "start",
        lang.t("estimate.chart.total")
            + " "
            + Views.number(e.total().estimate())
            + " ("
            + Views.number(e.total().lower())
            + "–"
            + Views.number(e.total().upper())
            + ")");
    // Scale: 0, half, max.
    for (double v : new double[] {0, max / 2, max}) {
      double x = LEFT + v * scale;
      h.open(
              "line",
              "x1",
              SvgShapes.f(x),
              "y1",
              "75",
              "x2",
              SvgShapes.f(x),
              "y2",
              "80",
              "stroke",
              "#888")
          .close("line");
      text(h, x, 93, v == 0 ? "start" : v == max ? "end" : "middle", Views.number(v));
    }
    SvgShapes.rect(h, LEFT, 110, 12, 12, LISTED, null);
    text(h, LEFT + 16, 121, "start", lang.t("est.listed") + ": " + Views.number(e.listed()));
    SvgShapes.rect(h, LEFT + 300, 110, 12, 12, UNLISTED, null);
    text(
        h,
        LEFT + 316,
        121,
        "start",
        lang.t("est.unlisted") + ": " + Views.number(e.unlisted().estimate()));
    h.close("svg");
    return h.toString();
  }

  private static void text(Html h, double x, double y, String anchor, String text) {
    SvgShapes.text(h, x, y, anchor, text, 12);
  }
}
