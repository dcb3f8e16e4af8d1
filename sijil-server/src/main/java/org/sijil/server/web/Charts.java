package org.sijil.server.web;

import java.util.List;
import org.sijil.server.model.Statistics;

/**
 * Server-rendered SVG charts (no scripts, no external assets), built with {@link Html} so labels
 * are escaped. Text is placed with {@code text-anchor} values that read correctly in either
 * direction.
 */
final class Charts {

  private static final String MALE = "#3b5b7a";
  private static final String FEMALE = "#8a4f6b";
  private static final String UNKNOWN = "#8c8c8c";
  private static final String BAR = "#4f6b55";

  private Charts() {}

  /**
   * An age-sex pyramid: males to the left of the axis, females to the right; unknown sex listed.
   */
  static String pyramid(Lang lang, List<Statistics.AgeBand> bands) {
    int rowH = 18;
    int labelW = 70;
    int half = 260;
    // Room outside the longest bars for their counts (up to 7 digits at font size 11).
    int margin = 50;
    int width = labelW + 2 * half + 2 * margin;
    int height = bands.size() * rowH + 40;
    long max = 1;
    for (Statistics.AgeBand b : bands) {
      max = Math.max(max, Math.max(b.male(), b.female()));
    }
    Html h = svg(lang.t("stats.pyramid"), width, height);
    int cx = margin + half;
    for (int i = 0; i < bands.size(); i++) {
      Statistics.AgeBand b = bands.get(bands.size() - 1 - i); // oldest at the top
      int y = 10 + i * rowH;
      double mw = b.male() * (double) half / max;
      double fw = b.female() * (double) half / max;
      SvgShapes.rect(
          h,
          cx - mw,
          y,
          mw,
          rowH - 3,
          MALE,
          lang.t("sex.m") + " " + bandLabel(lang, b.band()) + ": " + b.male());
      SvgShapes.rect(
          h,
          cx + labelW,
          y,
          fw,
          rowH - 3,
          FEMALE,
          lang.t("sex.f") + " " + bandLabel(lang, b.band()) + ": " + b.female());
      text(h, cx + labelW / 2.0, y + rowH - 6, "middle", bandLabel(lang, b.band()));
      text(h, cx - mw - 4, y + rowH - 6, "end", Long.toString(b.male()));
      text(h, cx + labelW + fw + 4, y + rowH - 6, "start", Long.toString(b.female()));
    }
    int ly = height - 12;
    SvgShapes.rect(h, cx - 120, ly - 10, 12, 12, MALE, null);
    text(h, cx - 104, ly, "start", lang.t("sex.m"));
    SvgShapes.rect(h, cx + labelW + 60, ly - 10, 12, 12, FEMALE, null);
    text(h, cx + labelW + 76, ly, "start", lang.t("sex.f"));
    h.close("svg");
    return h.toString();
  }

  /** Horizontal bars with a label and count each. */
  static String bars(String title, List<Statistics.Count> counts, boolean rtl) {
    int rowH = 20;
    int labelW = 140;
    int barW = 420;
    int width = labelW + barW + 80;
    int height = Math.max(1, counts.size()) * rowH + 10;
    long max = largest(counts);
    Html h = svg(title, width, height);
    for (int i = 0; i < counts.size(); i++) {
      Statistics.Count c = counts.get(i);
      int y = 5 + i * rowH;
      double w = c.count() * (double) barW / max;
      if (rtl) {
        double x0 = width - labelW - w;
        text(h, width - 4, y + rowH - 7, "end", c.key());
        SvgShapes.rect(h, x0, y, w, rowH - 4, BAR, c.key() + ": " + c.count());
        text(h, x0 - 4, y + rowH - 7, "end", Long.toString(c.count()));
      } else {
        text(h, labelW - 6, y + rowH - 7, "end", c.key());
        SvgShapes.rect(h, labelW, y, w, rowH - 4, BAR, c.key() + ": " + c.count());
        text(h, labelW + w + 4, y + rowH - 7, "start", Long.toString(c.count()));
      }
    }
    h.close("svg");
    return h.toString();
  }

  /**
   * Persons by month of death: the dated months as columns; persons without a date of death counted
   * in words, not as a column, since in lists without dates (the Ministry's) it would dwarf every
   * month.
   */
  static String months(Lang lang, List<Statistics.Count> counts) {
    List<Statistics.Count> dated = counts.stream().filter(c -> !c.key().equals("unknown")).toList();
    long undated =
        counts.stream()
            .filter(c -> c.key().equals("unknown"))
            .mapToLong(Statistics.Count::count)
            .sum();
    Html h = new Html();
    if (!dated.isEmpty()) {
      h.raw(columns(lang.t("stats.byMonth"), dated));
    }
    if (undated > 0) {
      h.el(
          "p",
          lang.t("stats.noDod") + ": " + Views.number(undated),
          "class",
          "count",
          "id",
          "no-dod");
    }
    return h.toString();
  }

  /** Width of a month label ("2024-01") at font size 11, with a little space on either side. */
  static final int LABEL_W = 50;

  /**
   * Vertical columns over time (months), labels under every few columns: never closer than a
   * label's width, so they do not run into each other. The drawing is at least 480 wide, so that a
   * short series is not scaled up into giant text when the page stretches it.
   */
  static String columns(String title, List<Statistics.Count> counts) {
    int colW = Math.max(6, Math.min(60, 720 / Math.max(1, counts.size())));
    int chartH = 180;
    int width = Math.max(480, counts.size() * colW + 60);
    int height = chartH + 50;
    long max = largest(counts);
    Html h = svg(title, width, height);
    int every = labelEvery(counts.size(), colW);
    for (int i = 0; i < counts.size(); i++) {
      Statistics.Count c = counts.get(i);
      double hgt = c.count() * (double) chartH / max;
      double x = 40 + i * colW;
      SvgShapes.rect(
          h,
          x,
          10 + chartH - hgt,
          colW - 2,
          hgt,
          c.key().equals("unknown") ? UNKNOWN : BAR,
          c.key() + ": " + c.count());
      if (i % every == 0) {
        text(h, x + colW / 2.0, chartH + 28, "middle", c.key());
      }
    }
    text(h, 36, 20, "end", Long.toString(max));
    text(h, 36, chartH + 10, "end", "0");
    h.close("svg");
    return h.toString();
  }

  /** Label every n-th column: at most about 12 labels, and at least a label's width apart. */
  static int labelEvery(int columns, int colW) {
    int bySpace = (LABEL_W + colW - 1) / colW;
    int byCount = (columns + 11) / 12;
    return Math.max(1, Math.max(bySpace, byCount));
  }

  /**
   * An open {@code svg} element of this size, labelled for screen readers; drawn left to right in
   * either language (the bars' sides are chosen by the caller).
   */
  private static Html svg(String label, int width, int height) {
    return svg(label, null, width, height);
  }

  /** {@link #svg(String, int, int)} with an element id (none when null). */
  static Html svg(String label, String id, int width, int height) {
    Html h = new Html();
    h.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 " + width + " " + height,
        "class",
        "chart",
        "id",
        id,
        "role",
        "img",
        "aria-label",
        label,
        "direction",
        "ltr");
    return h;
  }

  /** The largest count, at least 1 (so an empty or all-zero chart divides by 1). */
  private static long largest(List<Statistics.Count> counts) {
    long max = 1;
    for (Statistics.Count c : counts) {
      max = Math.max(max, c.count());
    }
    return max;
  }

  private static String bandLabel(Lang lang, String band) {
    return band.equals("unknown") ? lang.t("stats.unknownAge") : band;
  }

  private static void text(Html h, double x, double y, String anchor, String text) {
    SvgShapes.text(h, x, y, anchor, text, 11);
  }
}
