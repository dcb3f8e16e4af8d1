package org.sijil.server.web;

/** Messages of the release diff, the corrections report and the downloads (keys beyond Lang's). */
final class DiffMessages {

  private DiffMessages() {}

  static void addTo(Lang.MessageSink m) {
    m.m("diff.duplicate_keys", "keys used twice in a release", "مفاتيح مكررة داخل الإصدار");
    m.m("diff.revised", "revised systematically", "مراجعة منهجية");
    m.m("diff.filled", "unknown value now known", "قيمة كانت مجهولة وصارت معروفة");
    m.m("diff.summary", "Summary", "الخلاصة");
    m.m("diff.from", "From release", "من الإصدار");
    m.m("diff.to", "to release", "إلى الإصدار");
    m.m("diff.showing", "Showing", "عرض");
    m.m("diff.of", "of", "من");
    m.m("diff.none", "Nothing of this kind.", "لا شيء من هذا النوع.");
    m.m("diff.downloadAll", "Download the full diff", "تنزيل الفروق كاملة");
    m.m("diff.evidence", "Evidence", "الدليل");
    m.m(
        "diff.revisionLine",
        "{field} {shift} {unit} in {n} records: one revision of the whole list, not separate corrections.",
        "{field} {shift} {unit} في {n} سجلًا: مراجعة واحدة للقائمة كلها، لا تصحيحات منفصلة.");
    m.m("diff.unit.years", "year(s)", "سنة");
    m.m("diff.unit.days", "day(s)", "يوم");
    m.m(
        "diff.keyReuseNote",
        "The same key now names someone whose name differs beyond spelling; both records are shown.",
        "المفتاح نفسه يدلّ الآن على اسم يختلف بأكثر من الإملاء؛ يُعرض السجلان.");
    m.m("corrections.title", "Removed and returned names", "الأسماء المحذوفة والعائدة");
    m.m(
        "corrections.intro",
        "Keys present in one release of a list and missing from the next, and whether a later release lists them again. Figures on this page are per release of the source named.",
        "مفاتيح وردت في إصدار من القائمة وغابت عن الإصدار التالي، وهل عادت في إصدار لاحق. الأرقام في هذه الصفحة لكل إصدار من المصدر المذكور.");
    m.m("corrections.removed", "Removed", "محذوفة");
    m.m("corrections.returned", "Removed, then returned", "حُذفت ثم عادت");
    m.m("corrections.removedIn", "Removed in", "حُذفت في");
    m.m("corrections.returnedIn", "Returned in", "عادت في");
    m.m("corrections.perRelease", "Per release", "لكل إصدار");
    m.m("corrections.added", "Added", "أُضيفت");
    m.m(
        "corrections.unavailable",
        "This report needs the register file.",
        "يحتاج هذا التقرير إلى ملف السجل.");
    m.m(
        "corrections.statsScope",
        "These figures are for the whole register: persons, every release of every source linked together. Figures per release are on the Releases page and in each source's report of removed and returned names.",
        "هذه الأرقام للسجل كله: الأشخاص بعد ربط كل إصدارات كل المصادر. أرقام كل إصدار في صفحة الإصدارات وفي تقرير الأسماء المحذوفة والعائدة لكل مصدر.");
    m.m("corrections.link", "Removed and returned names", "الأسماء المحذوفة والعائدة");
    m.m("status.title", "In the lists", "في القوائم");
    m.m(
        "status.latest",
        "in the latest release of {source} ({release})",
        "في أحدث إصدار من {source} ({release})");
    m.m(
        "status.removed",
        "removed from {source} in release {release}",
        "حُذف من {source} في الإصدار {release}");
    m.m("status.returned", "returned in {release}", "عاد في {release}");
    m.m("field.key", "Key", "المفتاح");
    m.m("download.bom", "CSV for spreadsheets (Excel)", "CSV لجداول البيانات (إكسل)");
    m.m("download.dictionary", "Data dictionary", "قاموس البيانات");
  }
}
