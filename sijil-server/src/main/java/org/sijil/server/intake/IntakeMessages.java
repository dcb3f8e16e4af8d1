package org.sijil.server.intake;

import org.sijil.server.web.Lang;

/** The intake pages' messages in English and Arabic (keys {@code intake.*}). */
public final class IntakeMessages {

  private IntakeMessages() {}

  /** Adds every message (listed once in {@code Lang.Messages.AREAS}). */
  public static void addTo(Lang.MessageSink m) {
    form(m);
    fields(m);
    queue(m);
    person(m);
  }

  private static void form(Lang.MessageSink m) {
    m.m("intake.form.title", "Report a death", "الإبلاغ عن وفاة");
    m.m(
        "intake.form.intro",
        "This form works without a connection once it has been opened here. Each report is kept on this device and sent when the server can be reached; sending twice is safe, it is stored once. The reporter's contact is sealed and never published.",
        "يعمل هذا النموذج دون اتصال بعد فتحه هنا مرة واحدة. يُحفظ كل بلاغ على هذا الجهاز ويُرسل عند توفّر الاتصال بالخادم؛ الإرسال مرتين آمن، إذ يُحفظ البلاغ مرة واحدة. تُختم بيانات التواصل مع المُبلِّغ ولا تُنشر أبدًا.");
    m.m(
        "intake.public.intro",
        "No account is needed. Your report stays pending until an analyst of the register or an independent list confirms it. Keep the receipt shown below: it is your report's number. Nothing about you or your device is published.",
        "لا حاجة إلى حساب. يبقى بلاغك معلّقًا حتى يؤكّده أحد محللي السجل أو قائمة مستقلة. احتفظ بالإيصال الظاهر أدناه: إنه رقم بلاغك. لا يُنشر شيء عنك أو عن جهازك.");
    m.m("intake.online", "Connected: reports are sent now.", "متصل: تُرسل البلاغات الآن.");
    m.m(
        "intake.offline",
        "No connection: reports are kept on this device and sent later.",
        "لا يوجد اتصال: تُحفظ البلاغات على هذا الجهاز وتُرسل لاحقًا.");
    m.m(
        "intake.signin",
        "Waiting: sign in again to send.",
        "بانتظار الإرسال: سجّل الدخول مجددًا لإرساله.");
    m.m(
        "intake.noname",
        "Give a name in Arabic or in Latin letters.",
        "أدخل اسمًا بالعربية أو بالحروف اللاتينية.");
    m.m("intake.submit", "Save the report", "حفظ البلاغ");
    m.m("intake.send", "Send now", "أرسل الآن");
    m.m("intake.receipt", "Receipt", "الإيصال");
    m.m("intake.remove", "Remove from this device", "إزالة من هذا الجهاز");
    m.m("intake.queue.title", "Reports on this device", "البلاغات على هذا الجهاز");
    m.m(
        "intake.queue.intro",
        "Waiting reports are sent again, with the same key, until the server has them. Once sent, only the receipt stays here.",
        "تُعاد محاولة إرسال البلاغات المنتظرة بالمفتاح نفسه حتى يستلمها الخادم. بعد الإرسال يبقى الإيصال فقط على هذا الجهاز.");
    m.m("intake.state.waiting", "Waiting", "بانتظار الإرسال");
    m.m("intake.state.sending", "Sending", "جارٍ الإرسال");
    m.m("intake.state.sent", "Sent", "أُرسل");
    m.m("intake.state.rejected", "Rejected", "مرفوض");
    m.m("intake.col.name", "Name", "الاسم");
    m.m("intake.col.created", "Saved (UTC)", "حُفظ (UTC)");
    m.m("intake.col.state", "State", "الحالة");
    m.m("intake.col.detail", "Receipt or reason", "الإيصال أو السبب");
  }

  private static void fields(Lang.MessageSink m) {
    m.m("intake.f.name_ar", "Name in Arabic", "الاسم بالعربية");
    m.m("intake.f.name_en", "Name in Latin letters", "الاسم بالحروف اللاتينية");
    m.m("intake.f.father_name", "Father's name", "اسم الأب");
    m.m("intake.f.mother_name", "Mother's name", "اسم الأم");
    m.m("intake.f.sex", "Sex", "الجنس");
    m.m("intake.sex.m", "Male", "ذكر");
    m.m("intake.sex.f", "Female", "أنثى");
    m.m("intake.f.age", "Age (years)", "العمر (بالسنوات)");
    m.m("intake.f.dob", "Date of birth", "تاريخ الميلاد");
    m.m("intake.f.dod", "Date of death", "تاريخ الوفاة");
    m.m("intake.f.place", "Place of death", "مكان الوفاة");
    m.m("intake.f.circumstances", "Circumstances", "الظروف");
    m.m("intake.f.incident", "Incident, if known", "الحادثة إن كانت معروفة");
    m.m("intake.f.relation", "Your relation to them", "صلتك بالمتوفّى");
    m.m("intake.f.contact", "Your contact (phone or e-mail)", "وسيلة التواصل معك (هاتف أو بريد)");
    m.m(
        "intake.contact.note",
        "Optional. Sealed before it is stored: only the register's administrators can open it.",
        "اختياري. تُختم قبل حفظها: لا يفتحها إلا مديرو السجل.");
    m.m(
        "intake.f.consent",
        "I agree that this report is recorded and the person's name published.",
        "أوافق على تسجيل هذا البلاغ ونشر اسم المتوفّى.");
  }

  private static void queue(Lang.MessageSink m) {
    m.m("intake.queue.page", "Intake queue", "قائمة البلاغات الواردة");
    m.m(
        "intake.queue.pageIntro",
        "Field reports not yet confirmed or corroborated, newest first. Reporters' contacts are sealed and not shown.",
        "بلاغات ميدانية لم تُؤكَّد أو تُعزَّز بعد، الأحدث أولًا. بيانات تواصل المُبلِّغين مختومة ولا تظهر.");
    m.m("intake.queue.none", "No pending reports.", "لا توجد بلاغات معلّقة.");
    m.m("intake.queue.count", "pending", "معلّقة");
    m.m("intake.col.submission", "Submission", "البلاغ");
    m.m("intake.col.channel", "Channel", "القناة");
    m.m("intake.col.received", "Received (UTC)", "وصل (UTC)");
    m.m("intake.col.report", "Report", "البلاغ");
    m.m("intake.channel.form", "Web form", "النموذج على الموقع");
    m.m("intake.channel.bundle", "Signed bundle", "حزمة موقّعة");
    m.m("intake.channel.odk", "ODK / Kobo", "ODK / Kobo");
    m.m("intake.status.pending", "Pending", "معلّق");
    m.m("intake.status.confirmed", "Confirmed", "مؤكَّد");
    m.m("intake.status.corroborated", "Corroborated", "معزَّز");
    m.m("intake.confirm", "Confirm", "تأكيد");
    m.m("intake.save", "Save to file", "حفظ في ملف");
    m.m(
        "intake.save.note",
        "With no connection, save the waiting reports to a signed file and carry it (USB stick,"
            + " messaging app, e-mail) to someone who can import it. Contacts in the file are"
            + " sealed: only the register's administrators can open them.",
        "إن لم يتوفر اتصال، احفظ البلاغات المنتظرة في ملف موقّع وانقله (ذاكرة USB أو تطبيق مراسلة"
            + " أو بريد إلكتروني) إلى من يستطيع إدخاله. بيانات التواصل في الملف مختومة: لا يفتحها إلا"
            + " مديرو السجل.");
    m.m("intake.saved", "Saved to file", "حُفظت في ملف");
    m.m(
        "intake.nosign",
        "This browser cannot sign files (Ed25519); use another browser.",
        "هذا المتصفح لا يستطيع توقيع الملفات (Ed25519)؛ استخدم متصفحًا آخر.");
    m.m("intake.nothingToSave", "No waiting reports to save.", "لا توجد بلاغات منتظرة للحفظ.");
    m.m("intake.deviceKey", "This device's key:", "مفتاح هذا الجهاز:");
    m.m(
        "intake.queue.decided",
        "Corroborated or confirmed, newest first",
        "ما عُزِّز أو أُكِّد، الأحدث أولًا");
    m.m("intake.queue.noneDecided", "None yet.", "لا شيء بعد.");
    m.m("intake.col.statusBy", "Changed by", "غيّرها");
    m.m("intake.col.statusReason", "What changed it", "سبب التغيير");
    m.m("intake.col.statusAt", "When (UTC)", "متى (UTC)");
  }

  private static void person(Lang.MessageSink m) {
    m.m("intake.person.title", "Reported by family", "أبلغت عنه العائلة");
    m.m(
        "intake.person.text",
        "This death was reported by family or a field team through the register's intake, source",
        "أُبلغ عن هذه الوفاة من العائلة أو فريق ميداني عبر قناة البلاغات في السجل، المصدر");
    m.m("intake.person.private", "Who reported it is not published.", "لا يُنشر اسم المُبلِّغ.");
    m.m(
        "intake.person.pending",
        "Pending: not yet corroborated by an independent list.",
        "معلّق: لم تعزّزه قائمة مستقلة بعد.");
    m.m(
        "intake.person.corroborated",
        "Corroborated: an independent list also records this person.",
        "معزَّز: قائمة مستقلة تسجّل هذا الشخص أيضًا.");
    m.m(
        "intake.person.confirmed",
        "Confirmed: an analyst of the register checked this report.",
        "مؤكَّد: تحقّق أحد محللي السجل من هذا البلاغ.");
  }
}
