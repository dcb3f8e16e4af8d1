package org.sijil.server.web;

import java.util.Locale;

/** The few SVG elements the server's charts draw, written into an {@link Html} builder. */
final class SvgShapes {

  private SvgShapes() {}

  /** A filled rectangle (a negative width draws nothing), with a hover title when not null. */
  static void rect(Html h, double x, double y, double w, double hgt, String fill, String title) {
    h.open(
        "rect", "x", f(x), "y", f(y), "width", f(Math.max(0, w)), "height", f(hgt), "fill", fill);
    if (title != null) {
      h.el("title", title);
    }
    h.close("rect");
  }

  /** A line of dark text at a font size, anchored at start, middle or end. */
  static void text(Html h, double x, double y, String anchor, String text, int fontSize) {
    h.el(
        "text",
        text,
        "x",
        f(x),
        "y",
        f(y),
        "text-anchor",
        anchor,
        "font-size",
        String.valueOf(fontSize),
        "fill",
        "#222");
  }

  /** A coordinate with one decimal, locale-independent (SVG wants a dot). */
  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
