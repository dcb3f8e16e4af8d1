package org.sijil.server.web;

/** Messages of signing in, roles and background jobs (keys {@code auth.}, {@code job.}). */
final class AuthMessages {

  private AuthMessages() {}

  static void addTo(Lang.MessageSink m) {
    m.m(
        "auth.readOnly",
        "You are signed in as a viewer: you can read this pair but not decide it.",
        "أنت مسجّل الدخول بصفة مُطّلع: يمكنك قراءة هذا الزوج دون البتّ فيه.");
    m.m("job.running", "Working in the background", "قيد التنفيذ في الخلفية");
    m.m("job.queued", "Waiting for the job before it", "بانتظار انتهاء المهمة السابقة");
    m.m("job.startedBy", "Started by", "بدأها");
    m.m(
        "job.reload",
        "This page follows the job; reload it (or come back later) to see where it is.",
        "تتابع هذه الصفحة المهمة؛ أعد تحميلها (أو عُد لاحقًا) لمعرفة حالتها.");
  }
}
