package org.sijil.server.web;

/** The messages about a release's columns (keys {@code columns.}): those no field was read from. */
final class ColumnMessages {

  private ColumnMessages() {}

  /** Adds this area's messages, English then Arabic. */
  static void addTo(Lang.MessageSink m) {
    m.m("columns.unmapped", "Columns not read", "أعمدة لم تُقرأ");
    m.m(
        "columns.unmappedNote",
        "These columns of the file fed no field: their cells are kept with each row as imported,"
            + " but nothing reads them. To use one, import the release again with a mapping file"
            + " ('header = field').",
        "لم تُقرأ أي قيمة من هذه الأعمدة في أي حقل: خلاياها محفوظة مع كل صف كما استُورد، لكن لا شيء"
            + " يقرؤها. لاستخدام أحدها، استورد الإصدار مرة أخرى مع ملف ربط ('العنوان = الحقل').");
  }

  /** The release page's section listing its unread columns; nothing when every column was read. */
  static void releaseSection(Html h, Lang lang, java.util.List<String> unmapped) {
    if (unmapped.isEmpty()) {
      return;
    }
    h.el("h2", lang.t("columns.unmapped"));
    h.el("p", lang.t("columns.unmappedNote"), "class", "note");
    h.open("ul", "id", "unmapped-columns");
    for (String header : unmapped) {
      h.el("li", header, "dir", "auto");
    }
    h.close("ul");
  }
}
