package org.sijil.cli.estimate;

import java.util.List;
import java.util.Locale;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.StratumEstimate;

/**
 * An SVG chart of a result: on the left the list overlap (people per capture pattern, with a dot
 * matrix showing which lists each bar is, and the estimated unlisted count with its interval); on
 * the right the estimated total per stratum (listed part solid, unlisted part light, interval as a
 * whisker).
 */
final class EstimateChart {

  private static final int WIDTH = 1000;
  private static final String LISTED = "#33658a";
  private static final String UNLISTED = "#f6ae2d";
  private static final String INK = "#222";

  private EstimateChart() {}

  static String svg(EstimationResult r) {
    int k = r.lists().size();
    List<StratumEstimate> strata = r.strata();
    int overlapHeight = 300 + 18 * k;
    int strataHeight = 70 + 26 * (strata.size() + 1);
    int height = Math.max(overlapHeight, strataHeight) + 40;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH,
            height,
            WIDTH,
            height));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    overlap(s, r, 20, 20, 440, 240);
    strata(s, r, 520, 20, 460);
    s.append(
        text(
            20,
            height - 12,
            "start",
            "Total "
                + EstimateReport.whole(r.total().estimate())
                + " (95% interval "
                + EstimateReport.whole(r.total().lower())
                + " - "
                + EstimateReport.whole(r.total().upper())
                + "); "
                + r.method().get(3)));
    s.append("</svg>\n");
    return s.toString();
  }

  private static void overlap(StringBuilder s, EstimationResult r, int x0, int y0, int w, int h) {
    int k = r.lists().size();
    long[] counts = r.patternCounts();
    int bars = counts.length; // patterns 1..2^k-1 plus the unlisted bar
    double max = r.unlisted().upper();
    for (int p = 1; p < counts.length; p++) {
      max = Math.max(max, counts[p]);
    }
    max = Double.isFinite(max) && max > 0 ? max : 1;
    s.append(
            text(
                x0,
                y0 + 12,
                "start",
                "List overlap: people per capture pattern, and the estimated unlisted"))
        .append('\n');
    int top = y0 + 30;
    double slot = (double) (w - 90) / bars;
    int labelWidth = 90;
    for (int b = 0; b < bars; b++) {
      boolean unlisted = b == bars - 1;
      double value = unlisted ? r.unlisted().estimate() : counts[b + 1];
      double bh = Double.isFinite(value) ? value / max * h : 0;
      double x = x0 + labelWidth + b * slot + slot * 0.15;
      double bw = slot * 0.7;
      s.append(rect(x, top + h - bh, bw, bh, unlisted ? UNLISTED : LISTED));
      s.append(text(x + bw / 2, top + h - bh - 4, "middle", EstimateReport.whole(value)));
      if (unlisted && r.unlisted().hasInterval()) {
        double lo = top + h - r.unlisted().lower() / max * h;
        double hi = top + h - r.unlisted().upper() / max * h;
        s.append(line(x + bw / 2, lo, x + bw / 2, hi));
        s.append(line(x + bw / 4, hi, x + 3 * bw / 4, hi));
        s.append(line(x + bw / 4, lo, x + 3 * bw / 4, lo));
      }
      for (int i = 0; i < k; i++) {
        boolean on = !unlisted && ((b + 1) & (1 << i)) != 0;
        double cy = top + h + 18 + i * 18;
        s.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n",
                x + bw / 2,
                cy,
                on ? INK : "#ddd"));
      }
    }
    for (int i = 0; i < k; i++) {
      s.append(
          text(
              x0,
              top + h + 22 + i * 18,
              "start",
              r.lists().get(i) + " (" + EstimateReport.whole(r.listCounts()[i]) + ")"));
    }
    s.append(line(x0 + labelWidth, top + h, x0 + w, top + h));
  }

  private static void strata(StringBuilder s, EstimationResult r, int x0, int y0, int w) {
    List<StratumEstimate> strata = r.strata();
    double max = 0;
    for (StratumEstimate st : strata) {
      max =
          Math.max(
              max,
              Double.isFinite(st.total().upper()) ? st.total().upper() : st.total().estimate());
    }
    max = Double.isFinite(max) && max > 0 ? max : 1;
    s.append(
            text(
                x0,
                y0 + 12,
                "start",
                "Estimated total by stratum: listed (dark) + unlisted (light), 95% interval"))
        .append('\n');
    int labelWidth = 110;
    double scale = (w - labelWidth - 60) / max;
    int y = y0 + 34;
    for (StratumEstimate st : strata) {
      double listed = st.listed() * scale;
      double unlisted = Math.max(0, st.total().estimate() - st.listed()) * scale;
      s.append(text(x0, y + 13, "start", st.stratum()));
      s.append(rect(x0 + labelWidth, y, listed, 18, LISTED));
      s.append(rect(x0 + labelWidth + listed, y, unlisted, 18, UNLISTED));
      if (st.total().hasInterval()) {
        double lo = x0 + labelWidth + st.total().lower() * scale;
        double hi = x0 + labelWidth + st.total().upper() * scale;
        s.append(line(lo, y + 9, hi, y + 9))
            .append(line(lo, y + 3, lo, y + 15))
            .append(line(hi, y + 3, hi, y + 15));
      }
      s.append(
          text(
              x0 + labelWidth + (listed + unlisted) + 4,
              y - 1,
              "start",
              EstimateReport.whole(st.total().estimate())));
      y += 26;
    }
    s.append(line(x0 + labelWidth, y0 + 30, x0 + labelWidth, y));
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
        x,
        y,
        Math.max(0, w),
        Math.max(0, h),
        fill);
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
        x1,
        y1,
        x2,
        y2,
        INK);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>%n",
        x,
        y,
        anchor,
        INK,
        escape(content));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
