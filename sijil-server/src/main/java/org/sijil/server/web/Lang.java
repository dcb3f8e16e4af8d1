package org.sijil.server.web;

import java.util.HashMap;
import java.util.Map;

/** The page languages: Arabic (right to left) and English. */
public enum Lang {
  AR("ar", "rtl"),
  EN("en", "ltr");

  private final String code;
  private final String dir;

  Lang(String code, String dir) {
    this.code = code;
    this.dir = dir;
  }

  public String code() {
    return code;
  }

  public String dir() {
    return dir;
  }

  public static Lang fromCode(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "ar" -> AR;
      case "en" -> EN;
      default -> null;
    };
  }

  /**
   * The translated text for a message key; the key itself if missing, so a gap shows, never breaks.
   */
  public String t(String key) {
    Map<String, String> m = this == AR ? Messages.AR : Messages.EN;
    return m.getOrDefault(key, key);
  }

  /**
   * Receives one message in both languages. Each area of the site (intake, incidents, …) keeps its
   * messages in its own class with a {@code static void addTo(MessageSink m)} listed in {@link
   * Messages#AREAS}, so adding a page does not mean editing one ever-growing table.
   */
  @FunctionalInterface
  public interface MessageSink {
    void m(String key, String en, String ar);
  }

  /** Message tables. */
  static final class Messages {
    /** The message tables of areas beyond the core pages, one line each. */
    private static final java.util.List<java.util.function.Consumer<MessageSink>> AREAS =
        java.util.List.of(
            AuthMessages::addTo,
            IntegrityMessages::addTo,
            DiffMessages::addTo,
            Plurals::addTo,
            Paging::addTo,
            PersonMessages::addTo,
            EstimateMessages::addTo,
            ColumnMessages::addTo,
            PagesMessages::addTo,
            org.sijil.server.incidents.IncidentMessages::addTo,
            org.sijil.server.intake.IntakeMessages::addTo,
            org.sijil.server.sources.SourceMessages::addTo,
            LoadingPages::addTo,
            CorrectionPages::addTo);

    static final Map<String, String> EN = new HashMap<>();
    static final Map<String, String> AR = new HashMap<>();

    private static void m(String key, String en, String ar) {
      EN.put(key, en);
      AR.put(key, ar);
    }

    static {
      m("site", "Sijil — register of the killed", "سجل — سجل الضحايا");
      m("site.short", "Sijil", "سجل");
      m("nav.search", "Search", "بحث");
      m("nav.memorial", "Memorial", "ذكرى");
      m("nav.statistics", "Statistics", "إحصاءات");
      m("nav.estimates", "Estimates", "تقديرات");
      m("nav.releases", "Releases", "الإصدارات");
      m("nav.review", "Review", "المراجعة");
      m("nav.login", "Sign in", "تسجيل الدخول");
      m("nav.logout", "Sign out", "تسجيل الخروج");
      m("lang.other", "العربية", "English");
      m("search.title", "Search the register", "البحث في السجل");
      m(
          "search.intro",
          "Search by name in Arabic or Latin script. Spelling variants and a missing grandfather's name are tolerated.",
          "ابحث بالاسم بالحروف العربية أو اللاتينية. يُتسامح مع اختلاف الإملاء وغياب اسم الجد.");
      m("search.q", "Name", "الاسم");
      m("search.submit", "Search", "بحث");
      m("search.results", "persons found", "شخصًا وُجدوا");
      m(
          "search.none",
          "No person found. Try fewer name parts or another spelling.",
          "لم يُعثر على أحد. جرّب أجزاء أقل من الاسم أو إملاءً آخر.");
      m("search.didYouMean", "Did you mean:", "هل تقصد:");
      m("filter.sex", "Sex", "الجنس");
      m("filter.any", "Any", "الكل");
      m("filter.minAge", "Age from", "العمر من");
      m("filter.maxAge", "to", "إلى");
      m(
          "filter.agesReversed",
          "The first age is above the second: give the lower age first.",
          "العمر الأول أكبر من الثاني: اكتب العمر الأصغر أولًا.");
      m(
          "filter.datesReversed",
          "The first date of death is after the second: give the earlier date first.",
          "تاريخ الوفاة الأول بعد الثاني: اكتب التاريخ الأقدم أولًا.");
      m("filter.source", "Source", "المصدر");
      m("filter.place", "Place", "المكان");
      m("filter.dodFrom", "Died from", "تاريخ الوفاة من");
      m("filter.dodTo", "to", "إلى");
      m("filter.apply", "Apply", "تطبيق");
      m("sex.m", "Male", "ذكر");
      m("sex.f", "Female", "أنثى");
      m("sex.unknown", "Unknown", "غير معروف");
      m("field.name_ar", "Name (Arabic)", "الاسم (بالعربية)");
      m("field.name_en", "Name (Latin)", "الاسم (باللاتينية)");
      m("field.age", "Age", "العمر");
      m("field.sex", "Sex", "الجنس");
      m("field.dob", "Date of birth", "تاريخ الميلاد");
      m("field.dod", "Date of death", "تاريخ الوفاة");
      m("field.place", "Place", "المكان");
      m("field.id", "ID", "رقم الهوية");
      m("field.source", "Source", "المصدر");
      m("field.release", "Release", "الإصدار");
      m("field.row", "Row", "الصف");
      m("field.value", "Value", "القيمة");
      m("field.from", "From record", "من السجل");
      m("person.records", "Source records", "السجلات المصدرية");
      m("person.raw", "Values as written in the list", "القيم كما وردت في القائمة");
      m("person.links", "Why these records are one person", "لماذا تعود هذه السجلات إلى شخص واحد");
      m(
          "person.facts",
          "What the register shows, and where each value comes from",
          "ما يعرضه السجل، ومصدر كل قيمة");
      m("person.notfound", "No person with this identifier.", "لا يوجد شخص بهذا المعرّف.");
      m("link.probability", "Match probability", "احتمال التطابق");
      m("link.comparison", "Comparison", "المقارنة");
      m("link.level", "Level", "المستوى");
      m("link.weight", "Weight", "الوزن");
      m("link.decision", "Analyst decision", "قرار المحلل");
      m("releases.title", "Releases", "الإصدارات");
      m("releases.asOf", "As of", "بتاريخ");
      m("releases.imported", "Imported", "تاريخ الاستيراد");
      m("releases.importedBy", "Imported by", "استوردها");
      m("error.file", "file", "الملف");
      m("error.row", "row", "الصف");
      m(
          "error.INVALID_ENCODING",
          "The file's text encoding could not be read. Save it as UTF-8 and upload it again.",
          "تعذّرت قراءة ترميز نص الملف. احفظه بترميز UTF-8 ثم ارفعه من جديد.");
      m(
          "error.NO_HEADER",
          "No header row with a name or id column was recognized in this file. Check that the first rows hold the column names.",
          "لم يُتعرَّف في هذا الملف على صف عناوين فيه عمود للاسم أو رقم الهوية. تأكّد أن الصفوف الأولى تحمل أسماء الأعمدة.");
      m("error.NO_SUCH_SHEET", "The workbook has no such sheet.", "لا توجد هذه الورقة في المصنف.");
      m(
          "error.RELEASE_EXISTS",
          "This release label of the source already holds a different file. Choose another release label.",
          "يحمل هذا الإصدار من المصدر ملفًا آخر. اختر اسم إصدار آخر.");
      m(
          "error.NO_SUCH_FILE",
          "The uploaded file could not be found on the server. Upload it again.",
          "تعذّر العثور على الملف المرفوع على الخادم. ارفعه من جديد.");
      m(
          "error.TOO_MANY_PAIRS",
          "The register is too large to link with the current settings. Ask an administrator to link it from the command line.",
          "السجل أكبر من أن يُربط بالإعدادات الحالية. اطلب من المسؤول ربطه من سطر الأوامر.");
      m(
          "error.REGISTER_EMPTY",
          "The register holds too few records to link.",
          "يحوي السجل سجلات أقل من أن تُربط.");
      m("person.linkedBy", "Linked into this person by", "رُبطت سجلاته في هذا الشخص بواسطة");
      m("releases.records", "Records", "السجلات");
      m("releases.rejected", "Rejected rows", "الصفوف المرفوضة");
      m("releases.diff", "Changes since the previous release", "التغييرات منذ الإصدار السابق");
      m(
          "releases.first",
          "This is the first release of this source.",
          "هذا أول إصدار لهذا المصدر.");
      m("diff.kind", "Change", "التغيير");
      m("diff.key", "Key", "المفتاح");
      m("diff.field", "Field", "الحقل");
      m("diff.before", "Before", "قبل");
      m("diff.after", "After", "بعد");
      m("diff.added", "added", "أُضيف");
      m("diff.removed", "removed", "حُذف");
      m("diff.changed", "changed", "تغيّر");
      m("diff.reformatted", "reformatted", "أُعيد تنسيقه");
      m("diff.key_reused", "key reused", "مفتاح أُعيد استخدامه");
      m("stats.title", "Statistics", "إحصاءات");
      m("stats.persons", "Persons", "الأشخاص");
      m("stats.records", "Source records", "السجلات المصدرية");
      m("stats.pyramid", "Age and sex", "العمر والجنس");
      m("stats.bySource", "Persons by source", "الأشخاص حسب المصدر");
      m("stats.byMonth", "Persons by month of death", "الأشخاص حسب شهر الوفاة");
      m("stats.unknownAge", "unknown", "غير معروف");
      m("stats.noDod", "Persons without a date of death", "أشخاص بلا تاريخ وفاة");
      m("est.title", "Estimates", "التقديرات");
      m(
          "est.none",
          "No estimate has been computed for this register yet.",
          "لم يُحسب تقدير لهذا السجل بعد.");
      m("est.listed", "Named on at least one list", "مذكورون في قائمة واحدة على الأقل");
      m("est.total", "Estimated total", "العدد الإجمالي المقدّر");
      m("est.unlisted", "Estimated not on any list", "المقدّر غير المذكورين في أي قائمة");
      m("est.interval", "95% interval", "فترة ثقة 95%");
      m("est.models", "Models", "النماذج");
      m("est.terms", "Terms", "الحدود");
      m("est.weight", "Weight", "الوزن");
      m("est.lists", "Lists", "القوائم");
      m("est.method", "Method", "الطريقة");
      m("memorial.title", "In memory", "في ذكراهم");
      m(
          "memorial.intro",
          "A reading list of names, for remembrance. Choose place, dates or ages, then print.",
          "قائمة أسماء للقراءة والذكرى. اختر المكان أو التواريخ أو الأعمار، ثم اطبع.");
      m("memorial.print", "Print", "طباعة");
      m("memorial.years", "years", "سنة");
      m("memorial.count", "names", "اسمًا");
      m(
          "memorial.more",
          "The list is limited to the first 5,000 names; narrow the filters to see the rest.",
          "القائمة مقصورة على أول 5000 اسم؛ ضيّق الاختيار لرؤية البقية.");
      m("review.title", "Review queue", "قائمة المراجعة");
      m(
          "review.intro",
          "Pairs the model is unsure about. Compare both records and decide.",
          "أزواج لم يحسم النموذج أمرها. قارن السجلين وقرّر.");
      m("review.pair", "Pair", "الزوج");
      m("review.open", "Review", "مراجعة");
      m("review.pending", "waiting", "بانتظار القرار");
      m("review.match", "Same person", "الشخص نفسه");
      m("review.nonmatch", "Different persons", "شخصان مختلفان");
      m("review.note", "Note", "ملاحظة");
      m("review.decidedBy", "Decided by", "قرّره");
      m("review.empty", "Nothing to review.", "لا شيء للمراجعة.");
      m("review.saved", "Decision saved.", "حُفظ القرار.");
      m("login.title", "Sign in", "تسجيل الدخول");
      m("login.name", "User name", "اسم المستخدم");
      m("login.password", "Password", "كلمة المرور");
      m("login.failed", "Wrong user name or password.", "اسم المستخدم أو كلمة المرور غير صحيحة.");
      m("error.title", "Something is not right", "حدث خطأ");
      m("error.notFound.title", "No page at this address", "لا توجد صفحة بهذا العنوان");
      m(
          "error.notFound.text",
          "The link may be mistyped or out of date. Every person in the register can be found by name:",
          "ربما كُتب الرابط خطأً أو صار قديمًا. يمكن العثور على كل شخص في السجل باسمه:");
      m("error.notFound.search", "search the register", "ابحث في السجل");
      m("page.prev", "Previous", "السابق");
      m("page.next", "Next", "التالي");
      m(
          "footer",
          "Every name here is a person. Data: imported source lists, linked and published by Sijil.",
          "كل اسم هنا إنسان. البيانات: قوائم مصدرية مستوردة، رُبطت ونُشرت عبر سجل.");
      m("download", "Download", "تنزيل");
      m("nav.import", "Import", "استيراد");
      m("import.title", "Import a list", "استيراد قائمة");
      m(
          "import.intro",
          "A new release of a list (CSV, TSV, XLSX or JSON) is imported as it is, then linked into persons. Large lists take a while.",
          "يُستورد إصدار جديد من قائمة (CSV أو TSV أو XLSX أو JSON) كما هو، ثم يُربط بالأشخاص. القوائم الكبيرة تستغرق وقتًا.");
      m("import.file", "List file", "ملف القائمة");
      m("import.submit", "Import and link", "استيراد وربط");
      m(
          "import.unavailable",
          "This server was started without a register file, so lists cannot be imported here. Ask an administrator to serve the register file.",
          "شُغّل هذا الخادم دون ملف سجل، فلا يمكن استيراد القوائم هنا. اطلب من المسؤول تشغيله على ملف السجل.");
      for (java.util.function.Consumer<MessageSink> area : AREAS) {
        area.accept(Messages::add);
      }
    }

    private static void add(String key, String en, String ar) {
      if (EN.containsKey(key)) {
        throw new IllegalStateException("message key '" + key + "' defined twice");
      }
      m(key, en, ar);
    }
  }

  /** Gives tests the message keys; English and Arabic must have the same keys. */
  static Map<String, String> table(Lang lang) {
    return Map.copyOf(lang == AR ? Messages.AR : Messages.EN);
  }
}
