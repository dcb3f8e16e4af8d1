package org.sijil.server.web;

/**
 * The messages of the integrity area (keys {@code integrity.}): what the person and release pages
 * say about the signed history, and the "how to verify" page.
 */
final class IntegrityMessages {

  private IntegrityMessages() {}

  /** Adds this area's messages, English then Arabic. */
  static void addTo(Lang.MessageSink m) {
    m.m("integrity.title", "A signed, append-only history", "سجلّ موقَّع لا يُمحى منه شيء");
    m.m(
        "integrity.person",
        "This record is part of the register's published snapshot, which is an entry in a signed,"
            + " append-only history: nothing in it can be changed or removed later without that"
            + " showing. The receipt below lets anyone check this offline, with the register's"
            + " public key alone.",
        "هذا السجل جزء من اللقطة المنشورة من السجل، وهي قيد في تاريخ موقَّع يُضاف إليه ولا يُحذف"
            + " منه: لا يمكن تغيير شيء فيه أو حذفه لاحقًا دون أن يظهر ذلك. يتيح الإيصال أدناه لأي"
            + " شخص التحقق من ذلك دون اتصال، بالمفتاح العام للسجل وحده.");
    m.m("integrity.receipt", "Download this person's receipt", "تنزيل إيصال هذا الشخص");
    m.m(
        "integrity.release",
        "The import of this release is an entry in the register's signed, append-only history:"
            + " the file's SHA-256, the root of its rows and its counts were recorded when it was"
            + " imported, so a later change to any of its rows shows when the register is verified.",
        "استيراد هذا الإصدار قيد في تاريخ السجل الموقَّع الذي يُضاف إليه ولا يُحذف منه: سُجّلت"
            + " بصمة الملف (SHA-256) وجذر صفوفه وأعداده عند استيراده، فأي تغيير لاحق في أي صف منه"
            + " يظهر عند التحقق من السجل.");
    m.m("integrity.entry", "Download the release's log entry", "تنزيل قيد الإصدار في السجل");
    m.m("integrity.key", "The register's public key", "المفتاح العام للسجل");
    m.m("integrity.howTo", "How to verify", "كيف تتحقق");
    m.m("integrity.verify.title", "How to verify a record", "كيف تتحقق من سجل");
    m.m(
        "integrity.verify.intro",
        "You do not need to trust this website. Every published record comes with a receipt:"
            + " a small text file proving that the record is in a snapshot of the register that"
            + " the register's key signed, at a given time. You can check it on your own"
            + " computer, without a network connection.",
        "لا تحتاج إلى الثقة بهذا الموقع. لكل سجل منشور إيصال: ملف نصي صغير يثبت أن السجل موجود"
            + " في لقطة من السجل وقّعها مفتاح السجل في وقت محدد. يمكنك التحقق منه على حاسوبك، دون"
            + " اتصال بالشبكة.");
    m.m("integrity.verify.steps", "Steps", "الخطوات");
    m.m(
        "integrity.verify.step1",
        "Get the register's public key (link below) and save it as register.pub. Compare it with"
            + " the key published elsewhere by the register's keepers (in their reports, or by"
            + " independent witnesses): a key taken only from this website proves only what this"
            + " website says.",
        "احصل على المفتاح العام للسجل (الرابط أدناه) واحفظه باسم register.pub. قارنه بالمفتاح الذي"
            + " ينشره القائمون على السجل في مكان آخر (في تقاريرهم، أو لدى شهود مستقلين): المفتاح"
            + " المأخوذ من هذا الموقع وحده لا يثبت إلا ما يقوله هذا الموقع.");
    m.m(
        "integrity.verify.step2",
        "On a person's page, download the receipt (a .tlog-proof file).",
        "من صفحة الشخص، نزّل الإيصال (ملف ‎.tlog-proof).");
    m.m(
        "integrity.verify.step3",
        "Install the sijil command (it is open source) and run:",
        "ثبّت الأمر sijil (وهو مفتوح المصدر) ثم شغّل:");
    m.m(
        "integrity.verify.step4",
        "If the register's key was rotated since the key you trust, add the rotation chain"
            + " (link below) so the command can follow, signature by signature, from your key to"
            + " the current one:",
        "إذا بُدِّل مفتاح السجل بعد المفتاح الذي تثق به، أضف سلسلة التبديل (الرابط أدناه) ليتتبع"
            + " الأمر، توقيعًا بعد توقيع، الطريق من مفتاحك إلى المفتاح الحالي:");
    m.m(
        "integrity.verify.step5",
        "To require independent witnesses, who cosign a checkpoint only after checking that the"
            + " history only grew, give their public keys and how many must have cosigned:",
        "لاشتراط شهود مستقلين، لا يوقّعون على نقطة التحقق إلا بعد التأكد من أن التاريخ لم يزد إلا"
            + " إضافةً، أعطِ مفاتيحهم العامة وعدد من يجب أن يكون قد وقّع منهم:");
    m.m("integrity.verify.ok", "What success means", "ماذا يعني النجاح");
    m.m(
        "integrity.verify.okText",
        "Exit code 0 and a table: the checkpoint is signed by the register's key, the snapshot"
            + " entry is in the log at that checkpoint, and the person's record, exactly as in the"
            + " receipt, is in that snapshot.",
        "رمز الخروج 0 وجدول: نقطة التحقق موقَّعة بمفتاح السجل، وقيد اللقطة موجود في السجل عند تلك"
            + " النقطة، وسجل الشخص، كما هو في الإيصال تمامًا، موجود في تلك اللقطة.");
    m.m("integrity.verify.fail", "What a failure means", "ماذا يعني الفشل");
    m.m(
        "integrity.verify.failText",
        "Exit code 1 and a message naming what failed (a line of the file, a signature, a"
            + " proof). It means this file does not prove what it claims: it was changed, it was"
            + " signed by another key, or the record is not in that signed history. It says"
            + " nothing about the person: get the receipt again from the register, and if it"
            + " still fails, tell the register's keepers and the witnesses.",
        "رمز الخروج 1 ورسالة تسمّي ما فشل (سطرًا في الملف، أو توقيعًا، أو برهانًا). ومعناه أن هذا"
            + " الملف لا يثبت ما يدّعيه: غُيّر، أو وُقّع بمفتاح آخر، أو أن السجل ليس في ذلك التاريخ"
            + " الموقَّع. ولا يقول شيئًا عن الشخص: نزّل الإيصال من السجل مجددًا، وإن استمر الفشل"
            + " فأبلغ القائمين على السجل والشهود.");
    m.m("integrity.verify.more", "Checking the whole history", "التحقق من التاريخ كله");
    m.m(
        "integrity.verify.moreText",
        "Auditors can copy the whole log (the checkpoint and its tiles, served as static files"
            + " under /log/) and check that it makes the signed checkpoint, or check that a later"
            + " checkpoint extends an earlier one:",
        "يمكن للمدققين نسخ السجل كله (نقطة التحقق ومربعاتها، وهي ملفات ثابتة تحت ‎/log/) والتحقق"
            + " من أنها تكوّن نقطة التحقق الموقَّعة، أو من أن نقطة لاحقة تمدّد نقطة سابقة:");
    m.m("integrity.verify.checkpoint", "The current checkpoint", "نقطة التحقق الحالية");
    m.m("integrity.verify.rotations", "The key rotation chain", "سلسلة تبديل المفتاح");
  }
}
