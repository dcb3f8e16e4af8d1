package org.sijil.server.intake;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.sijil.app.intake.SubmissionQueue;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.server.web.Layout;
import org.sijil.server.web.Requests;
import org.sijil.store.Intake;

/**
 * The analysts' queue ({@value IntakeRoutes#QUEUE}): the newest pending submissions, as {@code
 * sijil intake queue} lists them (never a reporter's contact or relation), each with a button to
 * confirm it.
 */
final class QueuePage {

  /** At most this many submissions on the page. */
  static final int LIMIT = 200;

  /** The report's fields shown, in order. */
  private static final List<String> SHOWN =
      List.of("name_ar", "name_en", "sex", "age", "dod", "place", "circumstances", "incident");

  private final IntakeDesk desk;

  QueuePage(IntakeDesk desk) {
    this.desk = desk;
  }

  void page(Context ctx) {
    Requests requests = IntakeRoutes.requests(ctx);
    Session s = requests.requireRole(ctx, Role.ANALYST);
    Lang lang = requests.lang(ctx);
    List<Intake.Stored> pending = desk.pending(LIMIT);
    ctx.html(
        Layout.page(
            lang,
            s,
            s.csrf(),
            lang.t("intake.queue.page"),
            IntakeRoutes.QUEUE,
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("intake.queue.page"));
              h.el("p", lang.t("intake.queue.pageIntro"), "class", "intro");
              h.open("p")
                  .el("a", lang.t("intake.form.title"), "href", IntakeRoutes.FORM)
                  .close("p");
              if (pending.isEmpty()) {
                h.el("p", lang.t("intake.queue.none"), "class", "none", "id", "intake-none");
                return;
              }
              h.el("p", pending.size() + " " + lang.t("intake.queue.count"), "class", "count");
              table(h, lang, s, pending);
            }));
  }

  private static void table(Html h, Lang lang, Session s, List<Intake.Stored> pending) {
    h.open("table", "id", "intake-pending");
    h.open("thead").open("tr");
    h.el("th", lang.t("intake.col.submission")).el("th", lang.t("intake.col.channel"));
    h.el("th", lang.t("intake.col.received")).el("th", lang.t("intake.col.report"));
    h.el("th", lang.t("intake.col.state"));
    h.close("tr").close("thead").open("tbody");
    for (Intake.Stored st : pending) {
      Map<String, String> f = Fields.of(st.fieldsJson());
      h.open("tr", "id", "sub-" + st.id());
      h.open("td").el("code", st.id()).close("td");
      h.el("td", lang.t("intake.channel." + st.channel()));
      h.open("td")
          .el("bdi", st.receivedAt().toString().replace('T', ' '), "dir", "ltr")
          .close("td");
      h.open("td").open("dl", "class", "record-meta");
      for (String k : SHOWN) {
        if (f.containsKey(k)) {
          h.el("dt", lang.t("intake.f." + k)).el("dd", f.get(k), "dir", "auto");
        }
      }
      h.close("dl").close("td");
      h.open("td").text(lang.t("intake.status." + st.status())).text(" ");
      h.open(
          "form",
          "method",
          "post",
          "action",
          IntakeRoutes.QUEUE + "/" + st.id(),
          "class",
          "inline");
      h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", s.csrf());
      h.open("input", "type", "hidden", "name", "status", "value", "confirmed");
      h.open("button", "type", "submit", "class", "confirm")
          .text(lang.t("intake.confirm"))
          .close("button");
      h.close("form").close("td");
      h.close("tr");
    }
    h.close("tbody").close("table");
  }

  void setStatus(Context ctx) {
    Session s = IntakeRoutes.changer(ctx, Role.ANALYST);
    String status = ctx.formParam("status");
    if (status == null || !SubmissionQueue.STATUSES.contains(status)) {
      throw new HttpError.BadParameter("status must be one of " + SubmissionQueue.STATUSES);
    }
    IntakeRoutes.call(
        () -> {
          desk.setStatus(ctx.pathParam("id"), status, IntakeRoutes.actor(s));
          return null;
        });
    ctx.redirect(IntakeRoutes.QUEUE, HttpStatus.SEE_OTHER);
  }
}
