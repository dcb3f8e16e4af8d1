package org.sijil.server.web;

/**
 * Messages of the person page's own sections (support counts, disagreements, citation), of links
 * said in words ({@link LinkWords}) and of correction suggestions.
 */
final class PersonMessages {

  private PersonMessages() {}

  static void addTo(Lang.MessageSink m) {
    m.m("personpage.support", "Records giving it", "السجلات التي تذكرها");
    m.m("personpage.supportOf", "{k} of {records}", "{k} من {records}");
    m.m(
        "personpage.conflict",
        "The records disagree on this value:",
        "السجلات مختلفة في هذه القيمة:");
    m.m("personpage.numbers", "The numbers behind this", "الأرقام وراء ذلك");
    m.m("personpage.cite", "Cite this record", "الاستشهاد بهذا السجل");
    m.m("personpage.permalink", "Permanent address", "العنوان الدائم");
    m.m("personpage.citationText", "Citation", "نص الاستشهاد");
    m.m(
        "personpage.citation",
        "{name}. Sijil register of the killed, person {id}. Sources: {sources}. {url} (accessed {date}).",
        "{name}. سجل الضحايا (سجل)، الشخص {id}. المصادر: {sources}. {url} (تاريخ الاطلاع {date}).");
    m.m("personpage.sources", "Source lists", "القوائم المصدرية");
    m.m("search.found", "{persons} found", "وُجد {persons}");
    m.m("search.foundMore", "More than {n} persons found", "وُجد أكثر من {n} شخص");
    m.m(
        "memorial.reading",
        "A reading of the Arabic name in Latin letters, as the source list gives it",
        "قراءة الاسم العربي بالحروف اللاتينية كما وردت في القائمة المصدرية");
    m.m("reviewpage.differs", "differs", "مختلف");
    words(m);
    suggestions(m);
  }

  private static void words(Lang.MessageSink m) {
    m.m("linkwords.nothing", "No comparison could be made.", "لم تُمكن أي مقارنة.");
    m.m("linkwords.name.exact", "names agree", "الاسمان متطابقان");
    m.m("linkwords.name.close", "names spelled almost alike", "الاسمان متقاربان في الكتابة");
    m.m("linkwords.name.else", "names differ", "الاسمان مختلفان");
    m.m("linkwords.namear.exact", "Arabic names agree", "الاسمان بالعربية متطابقان");
    m.m(
        "linkwords.namear.close",
        "Arabic names spelled almost alike",
        "الاسمان بالعربية متقاربان في الكتابة");
    m.m("linkwords.namear.else", "Arabic names differ", "الاسمان بالعربية مختلفان");
    m.m("linkwords.nameen.exact", "Latin-script names agree", "الاسمان باللاتينية متطابقان");
    m.m(
        "linkwords.nameen.close",
        "Latin-script names spelled almost alike",
        "الاسمان باللاتينية متقاربان في الكتابة");
    m.m("linkwords.nameen.else", "Latin-script names differ", "الاسمان باللاتينية مختلفان");
    m.m("linkwords.dob.exact", "born the same day", "وُلدا في اليوم نفسه");
    m.m("linkwords.dob.within", "born within {n} of each other", "وُلدا بفارق لا يتجاوز {n}");
    m.m(
        "linkwords.dob.transposed",
        "same date of birth with day and month swapped",
        "تاريخ الميلاد نفسه مع تبادل اليوم والشهر");
    m.m(
        "linkwords.dob.january",
        "one date of birth is 1 January, often written when only the year is known",
        "أحد تاريخي الميلاد هو 1 كانون الثاني، ويُكتب غالبًا حين لا تُعرف إلا السنة");
    m.m(
        "linkwords.dob.year",
        "dates of birth one year apart, as a typing slip would make",
        "تاريخا الميلاد بفارق سنة واحدة، كما يحدث في خطأ كتابي");
    m.m("linkwords.dob.else", "different dates of birth", "تاريخا ميلاد مختلفان");
    m.m("linkwords.dod.exact", "died the same day", "تُوفيا في اليوم نفسه");
    m.m("linkwords.dod.within", "died within {n} of each other", "تُوفيا بفارق لا يتجاوز {n}");
    m.m("linkwords.dod.else", "different dates of death", "تاريخا وفاة مختلفان");
    m.m("linkwords.age.exact", "same age", "العمر نفسه");
    m.m("linkwords.age.within", "ages within {n}", "فارق العمر لا يتجاوز {n}");
    m.m("linkwords.age.else", "different ages", "عمران مختلفان");
    m.m("linkwords.sex.exact", "same sex", "الجنس نفسه");
    m.m("linkwords.sex.else", "different sex", "جنسان مختلفان");
    m.m("linkwords.place.exact", "same place", "المكان نفسه");
    m.m("linkwords.place.close", "places spelled almost alike", "مكانان متقاربان في الكتابة");
    m.m("linkwords.place.else", "different places", "مكانان مختلفان");
    m.m("linkwords.id.exact", "same identity number", "رقم الهوية نفسه");
    m.m("linkwords.id.else", "different identity numbers", "رقما هوية مختلفان");
    m.m(
        "linkwords.almostCertain",
        "The model finds these records almost certainly one person.",
        "يرى النموذج أن هذين السجلين لشخص واحد بشبه يقين.");
    m.m(
        "linkwords.veryLikely",
        "The model finds these records very likely one person.",
        "يرى النموذج أن هذين السجلين لشخص واحد على الأرجح جدًا.");
    m.m(
        "linkwords.likely",
        "The model finds these records more likely one person than two.",
        "يرى النموذج أن كون السجلين لشخص واحد أرجح من كونهما لشخصين.");
    m.m(
        "linkwords.possibly",
        "The model is unsure whether these records are one person.",
        "النموذج غير متأكد من أن هذين السجلين لشخص واحد.");
    m.m(
        "linkwords.analystSame",
        "An analyst confirmed they are the same person.",
        "وأكّد محلل أنهما الشخص نفسه.");
    m.m(
        "linkwords.analystDifferent",
        "An analyst decided they are different persons.",
        "وقرّر محلل أنهما شخصان مختلفان.");
  }

  private static void suggestions(Lang.MessageSink m) {
    m.m("suggest.link", "Suggest a correction", "اقترح تصحيحًا");
    m.m(
        "suggest.linkNote",
        "an analyst reads every suggestion; nothing changes until they check it",
        "يقرأ محلل كل اقتراح؛ ولا يتغير شيء قبل أن يتحقق منه");
    m.m("suggest.title", "Suggest a correction", "اقتراح تصحيح");
    m.m(
        "suggest.intro",
        "Tell us what is wrong or missing for this person. Your suggestion goes to the analysts' queue; it does not change the register by itself.",
        "أخبرنا بما هو خاطئ أو ناقص عن هذا الشخص. يذهب اقتراحك إلى قائمة المحللين، ولا يغيّر السجل بنفسه.");
    m.m("suggest.field", "Which value", "أي قيمة");
    m.m("suggest.field.other", "Something else", "شيء آخر");
    m.m("suggest.value", "The correct value", "القيمة الصحيحة");
    m.m("suggest.reason", "How you know (source, relation)", "كيف تعرف ذلك (المصدر، صلة القرابة)");
    m.m("suggest.contact", "Your name or contact (optional)", "اسمك أو وسيلة التواصل (اختياري)");
    m.m("suggest.submit", "Send to the analysts", "أرسل إلى المحللين");
    m.m(
        "suggest.thanks",
        "Thank you. Your suggestion is in the analysts' queue.",
        "شكرًا لك. اقتراحك في قائمة المحللين.");
    m.m("suggest.back", "Back to the person", "العودة إلى الشخص");
    m.m("suggest.queue", "Suggested corrections", "التصحيحات المقترحة");
    m.m("suggest.none", "No suggestions.", "لا اقتراحات.");
    m.m("suggest.person", "Person", "الشخص");
    m.m("suggest.when", "Received", "تاريخ الاستلام");
    m.m("suggest.from", "From", "من");
    m.m("suggest.anonymous", "anonymous", "مجهول");
    m.m(
        "suggest.missing",
        "Write the correct value or what is wrong.",
        "اكتب القيمة الصحيحة أو ما هو الخطأ.");
  }
}
