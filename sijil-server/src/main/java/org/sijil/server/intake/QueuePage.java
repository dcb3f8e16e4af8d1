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
 * confirm it; with {@code ?status=corroborated} or {@code ?status=confirmed}, the newest of those,
 * each with who and what changed its status (a link run and the independent list, or an analyst).
 */
final class QueuePage {

  /** At most this many submissions on the page. */
  static final int LIMIT = 200;

  /** The report's fields shown, in order. */
  static final List<String> SHOWN =
      List.of("name_ar", "name_en", "sex", "age", "dod", "place", "circumstances", "incident");

  private final IntakeDesk desk;

  QueuePage(IntakeDesk desk) {
    this.desk = desk;
  }

  void page(Context ctx) {
    Requests requests = IntakeRoutes.requests(ctx);
    Session s = requests.requireRole(ctx, Role.ANALYST);
    Lang lang = requests.lang(ctx);
    String status = ctx.queryParamAsClass("status", String.class).getOrDefault(Intake.PENDING);
    if (!SubmissionQueue.STATUSES.contains(status)) {
      throw new HttpError.BadParameter("status must be one of " + SubmissionQueue.STATUSES);
    }
    List<Intake.Stored> shown = desk.withStatus(status, LIMIT);
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
              statusLinks(h, lang, status);
              if (!status.equals(Intake.PENDING)) {
                decided(h, lang, shown);
              } else if (shown.isEmpty()) {
                h.el("p", lang.t("intake.queue.none"), "class", "none", "id", "intake-none");
              } else {
                h.el("p", shown.size() + " " + lang.t("intake.queue.count"), "class", "count");
                table(h, lang, s, shown);
              }
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

  /** Links to the page of each status, the shown one marked. */
  private static void statusLinks(Html h, Lang lang, String shown) {
    h.open("p", "id", "intake-statuses");
    for (String st : List.of(Intake.PENDING, Intake.CORROBORATED, Intake.CONFIRMED)) {
      h.el(
          "a",
          lang.t("intake.status." + st),
          "href",
          IntakeRoutes.QUEUE + "?status=" + st,
          "aria-current",
          st.equals(shown) ? "page" : null);
      h.text(" ");
    }
    h.close("p");
  }

  /** Corroborated or confirmed submissions, with who and what changed each status. */
  private static void decided(Html h, Lang lang, List<Intake.Stored> decided) {
    h.el("h2", lang.t("intake.queue.decided"));
    if (decided.isEmpty()) {
      h.el("p", lang.t("intake.queue.noneDecided"), "class", "none");
      return;
    }
    h.open("table", "id", "intake-decided");
    h.open("thead").open("tr");
    h.el("th", lang.t("intake.col.submission")).el("th", lang.t("intake.col.state"));
    h.el("th", lang.t("intake.col.statusBy")).el("th", lang.t("intake.col.statusReason"));
    h.el("th", lang.t("intake.col.statusAt"));
    h.close("tr").close("thead").open("tbody");
    for (Intake.Stored st : decided) {
      h.open("tr", "id", "decided-" + st.id());
      h.open("td").el("code", st.id()).close("td");
      h.el("td", lang.t("intake.status." + st.status()), "class", "status");
      h.open("td").el("bdi", String.valueOf(st.statusBy()), "dir", "ltr").close("td");
      h.open("td")
          .el("bdi", st.statusReason() == null ? "" : st.statusReason(), "dir", "ltr")
          .close("td");
      h.open("td")
          .el(
              "bdi",
              st.statusAt() == null ? "" : st.statusAt().toString().replace('T', ' '),
              "dir",
              "ltr")
          .close("td");
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
