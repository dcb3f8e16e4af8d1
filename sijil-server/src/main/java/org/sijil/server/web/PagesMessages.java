package org.sijil.server.web;

/**
 * Messages of the review additions (unsure, opening a pair by its id), the person timeline, the
 * sources' display names and the per-group estimates.
 */
final class PagesMessages {

  private PagesMessages() {}

  static void addTo(Lang.MessageSink m) {
    m.m("pages.review.unsure", "Unsure", "غير متأكد");
    m.m(
        "pages.review.unsureHint",
        "Unsure keeps the pair in the queue for a second analyst; it does not change any person.",
        "«غير متأكد» يُبقي الزوج في القائمة لمحلل ثانٍ، ولا يغيّر أي شخص.");
    m.m("pages.review.unsureBy", "unsure ({by})", "غير متأكد ({by})");
    m.m("pages.review.find", "Open a pair by its id", "افتح زوجًا بمعرّفه");
    m.m("pages.review.findButton", "Open", "افتح");
    m.m(
        "pages.review.findHint",
        "The id as 'sijil review list' prints it, e.g. 1:12~2:40.",
        "المعرّف كما يطبعه الأمر ‎'sijil review list'‎، مثل ‎1:12~2:40‎.");

    m.m(
        "pages.stamp.log",
        "Data as of the integrity log's state (entries-root), checkable against /log/checkpoint:",
        "البيانات كما في حالة سجل السلامة (عدد القيود-الجذر)، ويمكن مطابقتها مع ‎/log/checkpoint‎:");
    m.m(
        "pages.stamp.releases",
        "This register has no integrity log, so its data cannot be checked against a signed checkpoint; this fingerprint of its releases only tells versions apart:",
        "لا يملك هذا السجل سجلّ سلامة، فلا يمكن مطابقة بياناته مع نقطة تحقق موقّعة؛ هذه البصمة لإصداراته تميّز النسخ فقط:");
    m.m("pages.timeline.title", "Changes over time", "التغييرات عبر الزمن");
    m.m(
        "pages.timeline.intro",
        "What each release of each list said about this person, how the records were joined, and what analysts decided.",
        "ما قالته كل نسخة من كل قائمة عن هذا الشخص، وكيف جُمعت السجلات، وما قرّره المحللون.");
    m.m(
        "pages.timeline.added",
        "{source}, release {release}: first listed ({detail}).",
        "{source}، النسخة {release}: أول ظهور في القائمة ({detail}).");
    m.m(
        "pages.timeline.changed",
        "{source}, release {release}: {changes} ({detail}).",
        "{source}، النسخة {release}: {changes} ({detail}).");
    m.m("pages.timeline.version", "version {n}", "الإصدار {n}");
    m.m(
        "pages.timeline.removed",
        "{source}, release {release}: no longer listed.",
        "{source}، النسخة {release}: لم يعد مذكورًا في القائمة.");
    m.m(
        "pages.timeline.returned",
        "{source}, release {release}: listed again ({detail}).",
        "{source}، النسخة {release}: ذُكر في القائمة مجددًا ({detail}).");
    m.m(
        "pages.timeline.same_release",
        "{source}, release {release}: this release lists the person more than once ({detail}); the records were joined as one person, so the person is counted once.",
        "{source}، النسخة {release}: تذكر هذه النسخة الشخص أكثر من مرة ({detail})؛ جُمعت السجلات في شخص واحد، فيُعدّ مرة واحدة.");
    m.m(
        "pages.timeline.linked",
        "{detail} records joined into one person by the link run of {by}: the model compared them field by field (the reasons are below).",
        "جُمعت {detail} سجلات في شخص واحد في عملية الربط التي أجراها {by}: قارنها النموذج حقلًا حقلًا (الأسباب أدناه).");
    m.m(
        "pages.timeline.match",
        "An analyst ({by}) decided that {left} and {right} are the same person.",
        "قرّر محلل ({by}) أن {left} و{right} الشخص نفسه.");
    m.m(
        "pages.timeline.non_match",
        "An analyst ({by}) decided that {left} and {right} are different persons.",
        "قرّر محلل ({by}) أن {left} و{right} شخصان مختلفان.");

    m.m("pages.groups.title", "Estimated total by group", "الإجمالي المقدَّر حسب الفئة");
    m.m(
        "pages.groups.note",
        "Each breakdown (by sex, by age band) is an estimate of its own, made only from the people whose sex or age the lists give; the groups need not add up to the overall estimate. A group with too few people on the lists gets no number.",
        "كل تقسيم (حسب الجنس، حسب فئة العمر) تقدير مستقل، لا يُبنى إلا على من تذكر القوائم جنسهم أو عمرهم؛ لذا قد لا يساوي مجموع الفئات التقدير الإجمالي. ولا يُعطى رقم لفئة فيها عدد قليل جدًا من الأشخاص في القوائم.");
    m.m("pages.groups.group", "Group", "الفئة");
    m.m(
        "pages.groups.tooFew",
        "Too few people on the lists to estimate this group.",
        "عدد الأشخاص في القوائم أقل من أن يسمح بتقدير هذه الفئة.");
    m.m(
        "pages.groups.notFinite",
        "No estimate: the lists overlap too little in this group.",
        "لا تقدير: تتداخل القوائم في هذه الفئة تداخلًا قليلًا جدًا.");
    m.m("pages.groups.failed", "No estimate by this breakdown", "لا تقدير بهذا التقسيم");
  }
}
