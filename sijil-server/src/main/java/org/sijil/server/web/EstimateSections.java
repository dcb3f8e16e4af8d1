package org.sijil.server.web;

/** Sections of the estimates pages: caveats, the reason when there is no estimate, methods. */
final class EstimateSections {

  private EstimateSections() {}

  static void methods(Html h, Lang lang) {
    h.el("h1", lang.t("estimate.methods"));
  }
}
