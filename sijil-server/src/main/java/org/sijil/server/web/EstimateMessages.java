package org.sijil.server.web;

/** Messages of the estimates page and its methods page, in plain words. */
final class EstimateMessages {

  private EstimateMessages() {}

  static void addTo(Lang.MessageSink m) {
    m.m(
        "estimate.none",
        "No estimate can be shown for this register yet.",
        "لا يمكن عرض تقدير لهذا السجل بعد.");
    m.m(
        "estimate.reason.sources",
        "Why: an estimate compares several independent lists of names, and needs {min} to {max} sources; this register has {n}.",
        "السبب: يقارن التقدير عدة قوائم أسماء مستقلة، ويحتاج من {min} إلى {max} مصادر؛ وفي هذا السجل {n}.");
    m.m(
        "estimate.reason.notLinked",
        "Why: the records have not been linked into persons yet, and the estimate counts persons.",
        "السبب: لم تُربط السجلات بالأشخاص بعد، والتقدير يعدّ الأشخاص.");
    m.m(
        "estimate.reason.relink",
        "Why: the register was linked before estimates were kept; it has to be linked again.",
        "السبب: رُبط السجل قبل أن تُحفظ التقديرات؛ ويجب ربطه من جديد.");
    m.m(
        "estimate.reason.unknown",
        "Why: no estimate run has been stored for this register.",
        "السبب: لم تُحفظ أي عملية تقدير لهذا السجل.");
    m.m(
        "estimate.reason.english",
        "(The reason above is given in English as the estimate run wrote it.)",
        "(السبب أعلاه بالإنجليزية كما كتبته عملية التقدير.)");
    m.m(
        "estimate.summary",
        "The {lists} name {listed} people. Comparing who appears on which list, the model estimates that about {unlisted} more people were killed but appear on no list: about {total} in all, most likely between {range}.",
        "تذكر {lists} {listed} شخصًا. وبمقارنة من يرد في كل قائمة، يقدّر النموذج أن نحو {unlisted} شخصًا آخرين قُتلوا ولا يرد اسمهم في أي قائمة: نحو {total} إجمالًا، والأرجح بين {range}.");
    m.m(
        "estimate.chart.caption",
        "Named on a list (dark) and estimated not on any list (light); the line shows the 95% interval of the total.",
        "المذكورون في قائمة (داكن) والمقدّر أنهم غير مذكورين في أي قائمة (فاتح)؛ ويبيّن الخط فترة الثقة 95% للإجمالي.");
    m.m("estimate.chart.total", "Estimated total", "الإجمالي المقدّر");
    m.m(
        "estimate.method.short",
        "Multiple systems estimation (capture–recapture): see how it works.",
        "تقدير الأنظمة المتعددة (الالتقاط وإعادة الالتقاط): انظر كيف يعمل.");
    m.m("estimate.caveats", "Assumptions and caveats", "الافتراضات والتحفظات");
    m.m(
        "estimate.caveat.independence",
        "The model assumes that being on one list does not change the chance of being on another, except in the ways the chosen model allows for. Lists that copy from each other make the estimate too low.",
        "يفترض النموذج أن ورود الاسم في قائمة لا يغيّر فرصة وروده في أخرى، إلا بالقدر الذي يسمح به النموذج المختار. والقوائم التي تنقل بعضها عن بعض تجعل التقدير أقل من الحقيقة.");
    m.m(
        "estimate.caveat.heterogeneity",
        "Some people are easier to record than others (for example adults in hospitals rather than people buried under rubble). When that differs from list to list in the same way, the estimate is too low.",
        "بعض الناس أسهل تسجيلًا من غيرهم (مثل البالغين في المستشفيات مقارنة بمن دُفنوا تحت الأنقاض). وحين يتكرر ذلك في كل القوائم يكون التقدير أقل من الحقيقة.");
    m.m(
        "estimate.caveat.linkage",
        "The same person on two lists must be recognised as one. Missed links make the estimate too high; wrong links make it too low.",
        "يجب التعرف على الشخص نفسه في قائمتين على أنه واحد. فالروابط الفائتة ترفع التقدير، والروابط الخاطئة تخفضه.");
    m.m(
        "estimate.caveat.population",
        "All lists should cover the same people, place and period. A list limited to one city or one month covers only part of the population.",
        "يجب أن تغطي القوائم كلها الناس والمكان والفترة أنفسهم. فالقائمة المحصورة في مدينة أو شهر واحد لا تغطي إلا جزءًا من السكان.");
    m.m(
        "estimate.caveat.interval",
        "The interval reflects chance only, not the doubts above; the true number can lie outside it.",
        "تعكس فترة الثقة الصدفة وحدها، لا الشكوك المذكورة أعلاه؛ وقد يقع العدد الحقيقي خارجها.");
    m.m(
        "estimate.caveat.twoLists",
        "With only two lists the model cannot check whether they depend on each other; treat the estimate with extra caution.",
        "مع قائمتين فقط لا يستطيع النموذج التحقق من اعتماد إحداهما على الأخرى؛ فتعامل مع التقدير بحذر إضافي.");
    m.m(
        "estimate.technical",
        "Technical notes of the estimate run (English)",
        "ملاحظات تقنية لعملية التقدير (بالإنجليزية)");
    m.m("estimate.breakdown", "By sex and age band", "حسب الجنس وفئة العمر");
    m.m(
        "estimate.breakdown.note",
        "People named on the lists, by sex and age band. The estimate itself is made for the register as a whole; figures per group appear below only when the estimate run made them.",
        "الأشخاص المذكورون في القوائم، حسب الجنس وفئة العمر. يُحسب التقدير نفسه للسجل كله؛ ولا تظهر أرقام لكل فئة أدناه إلا إذا حسبتها عملية التقدير.");
    m.m("estimate.ageBand", "Age band", "فئة العمر");
    m.m("estimate.methodsLink", "How the estimate is made", "كيف يُحسب التقدير");
    m.m("estimate.methods", "How the estimate is made", "كيف يُحسب التقدير");
    m.m("estimate.back", "Back to the estimate", "العودة إلى التقدير");
    methods(m);
  }

  private static void methods(Lang.MessageSink m) {
    m.m("estimate.methods.idea.title", "The idea", "الفكرة");
    m.m(
        "estimate.methods.idea",
        "No list names everyone who was killed. When several lists were made independently, how much they overlap tells how many people none of them found: if two lists share few names, many people must be missing from both.",
        "لا توجد قائمة تذكر كل من قُتلوا. وحين تُعدّ عدة قوائم باستقلال، يدل مقدار تداخلها على عدد من لم تجدهم أي منها: فإذا اشتركت قائمتان في أسماء قليلة، فلا بد أن كثيرين غائبون عن كلتيهما.");
    m.m("estimate.methods.lists.title", "The lists", "القوائم");
    m.m(
        "estimate.methods.lists",
        "Each source of the register is one list. A person counts as on a list when any release of that source names them. The method needs 2 to 6 lists.",
        "كل مصدر في السجل قائمة. ويُعدّ الشخص واردًا في قائمة إذا ذكره أي إصدار من ذلك المصدر. وتحتاج الطريقة إلى قائمتين حتى ست قوائم.");
    m.m("estimate.methods.models.title", "The models", "النماذج");
    m.m(
        "estimate.methods.models",
        "The counts of people on each combination of lists are fitted by several log-linear models, each allowing for different dependence between lists. The models are weighed by how well they fit (AIC) and averaged.",
        "تُطابَق أعداد الأشخاص في كل تركيبة من القوائم بعدة نماذج لوغاريتمية خطية، يسمح كل منها باعتماد مختلف بين القوائم. وتُوزن النماذج بحسب جودة مطابقتها (معيار AIC) ثم يؤخذ متوسطها.");
    m.m("estimate.methods.interval.title", "The interval", "فترة الثقة");
    m.m(
        "estimate.methods.interval",
        "The 95% interval comes from the models' profile likelihood: values outside it fit the observed overlaps markedly worse.",
        "تأتي فترة الثقة 95% من الأرجحية الجانبية للنماذج: فالقيم خارجها تطابق التداخل المرصود أسوأ بوضوح.");
    m.m("estimate.methods.linkage.title", "Who is the same person", "من هو الشخص نفسه");
    m.m(
        "estimate.methods.linkage",
        "Records are linked into persons by comparing names, dates and ages (a probabilistic model, checked by analysts where it is unsure). Linking errors move the estimate, which is why every link is explained on the person's page.",
        "تُربط السجلات بالأشخاص بمقارنة الأسماء والتواريخ والأعمار (نموذج احتمالي يراجعه المحللون حين لا يكون متأكدًا). وأخطاء الربط تغيّر التقدير، ولذلك يُشرح كل ربط في صفحة الشخص.");
    m.m("estimate.methods.limits.title", "What it cannot tell", "ما لا يستطيع قوله");
    m.m(
        "estimate.methods.limits",
        "The estimate says nothing about who the missing people are, only how many there may be. It is a statement about the lists, and can be no better than they are.",
        "لا يقول التقدير شيئًا عن هوية الغائبين، بل عن عددهم المحتمل فقط. إنه حكم على القوائم، ولا يمكن أن يكون أفضل منها.");
  }
}
