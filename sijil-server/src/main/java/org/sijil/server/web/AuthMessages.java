package org.sijil.server.web;

/** Messages of signing in, roles and background jobs (keys {@code auth.}, {@code job.}). */
final class AuthMessages {

  private AuthMessages() {}

  static void addTo(Lang.MessageSink m) {
    m.m(
        "auth.readOnly",
        "You are signed in as a viewer: you can read this pair but not decide it.",
        "أنت مسجّل الدخول بصفة مُطّلع: يمكنك قراءة هذا الزوج دون البتّ فيه.");
  }
}
