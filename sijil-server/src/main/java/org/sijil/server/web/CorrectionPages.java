package org.sijil.server.web;

import org.sijil.server.model.Correction;
import org.sijil.server.model.Person;

/**
 * The person page's section on analysts' corrections (one call in the person handler): each
 * correction of one of the person's records, "corrected on DATE: REASON", with the field's old and
 * new values, who corrected it and its log entry; a correction a newer release of the list overrode
 * (the list changed the field itself) says so. Nothing is shown when there is none.
 */
final class CorrectionPages {

  private CorrectionPages() {}

  /** Adds the section for {@code p}, when any of its records was corrected. */
  static void personSection(Html h, Lang lang, Person p) {
    if (p.corrections().isEmpty()) {
      return;
    }
    h.open("section", "class", "corrections card", "id", "corrections");
    h.el("h2", lang.t("amended.title"));
    h.open("ul");
    for (Correction c : p.corrections()) {
      h.open("li", "class", c.applied() ? "correction" : "correction overridden");
      h.open("p", "class", "correction-note");
      h.text(lang.t("amended.on") + " ")
          .el(
              "bdi",
              Views.date(c.at().atZone(java.time.ZoneOffset.UTC).toLocalDate()),
              "dir",
              "ltr")
          .text(": ")
          .el("bdi", c.reason(), "dir", "auto");
      h.close("p");
      h.open("p", "class", "facts");
      h.text(lang.t("field." + c.field()) + ": ")
          .el("del", Views.orDash(c.oldValue()), "dir", "auto")
          .text(" → ")
          .el("ins", c.newValue(), "dir", "auto");
      h.text(" · " + lang.t("amended.record") + " ")
          .el("bdi", c.recordId(), "dir", "ltr")
          .text(" · " + lang.t("amended.by") + " ")
          .el("bdi", c.by(), "dir", "auto")
          .text(" · " + lang.t("amended.entry") + " ")
          .el("bdi", Long.toString(c.logIndex()), "dir", "ltr");
      h.close("p");
      if (!c.applied()) {
        h.el("p", lang.t("amended.overridden"), "class", "facts");
      }
      h.close("li");
    }
    h.close("ul");
    h.close("section");
  }

  /** Adds this area's messages (keys {@code amended.}), English then Arabic. */
  static void addTo(Lang.MessageSink m) {
    m.m("amended.title", "Corrections", "التصحيحات");
    m.m("amended.on", "Corrected on", "صُحِّح في");
    m.m("amended.record", "record", "السجل");
    m.m("amended.by", "by", "بواسطة");
    m.m("amended.entry", "log entry", "القيد في السجل الموقَّع");
    m.m(
        "amended.overridden",
        "A newer release of the list gives another value for this field, so the list's value is"
            + " shown for that release.",
        "إصدار أحدث من القائمة يعطي قيمة أخرى لهذا الحقل، فتُعرض قيمة القائمة لذلك الإصدار.");
  }
}
