package org.sijil.server.web;

import org.sijil.app.estimate.PublishedEstimate;

/**
 * The estimates page's estimates per group (by sex, by age band): listed persons and the estimated
 * total with its interval, or, for a group too small or without a finite estimate, the reason in
 * words instead of a number.
 */
final class EstimateGroups {

  /** The reasons the estimate run writes (org.sijil.app.estimate.GroupEstimates), to translate. */
  private static final String TOO_FEW = "too few people";

  private static final String NOT_FINITE = "no finite estimate";

  private EstimateGroups() {}

  static void render(Html h, Lang lang, PublishedEstimate e) {
    if (e.groups().isEmpty()) {
      return;
    }
    h.open("section", "id", "estimate-groups");
    h.el("h2", lang.t("pages.groups.title"));
    h.el("p", lang.t("pages.groups.note"), "class", "note");
    h.open("table", "class", "list");
    h.open("tr")
        .el("th", lang.t("pages.groups.group"))
        .el("th", lang.t("est.listed"))
        .el("th", lang.t("est.total"))
        .close("tr");
    for (PublishedEstimate.Group g : e.groups()) {
      h.open("tr", "class", g.total() == null ? "no-estimate" : null);
      h.el("th", label(lang, g), "dir", "auto");
      h.el("td", g.level() == null ? "—" : Views.number(g.listed()), "class", "num");
      if (g.total() == null) {
        h.el("td", reason(lang, g.note()), "class", "reason");
      } else {
        h.el(
            "td",
            Views.number(g.total().estimate())
                + " ("
                + Views.number(g.total().lower())
                + "–"
                + Views.number(g.total().upper())
                + ")",
            "dir",
            "ltr");
      }
      h.close("tr");
    }
    h.close("table");
    h.close("section");
  }

  /** "Sex: women", "Age band: 18-29", or the breakdown alone when it failed as a whole. */
  static String label(Lang lang, PublishedEstimate.Group g) {
    String variable = lang.t(g.variable().equals("sex") ? "field.sex" : "estimate.ageBand");
    if (g.level() == null) {
      return variable;
    }
    String level = g.variable().equals("sex") ? Views.sex(lang, g.level()) : g.level();
    return variable + ": " + level;
  }

  private static String reason(Lang lang, String note) {
    if (note == null) {
      return "—";
    }
    if (note.startsWith(TOO_FEW)) {
      return lang.t("pages.groups.tooFew");
    }
    if (note.startsWith(NOT_FINITE)) {
      return lang.t("pages.groups.notFinite");
    }
    return lang.t("pages.groups.failed") + " (" + note + ")";
  }
}
