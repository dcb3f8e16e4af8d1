package org.sijil.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sijil.app.users.Role;
import org.sijil.server.SijilServer;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterService;
import org.sijil.store.RegisterBusy;

/** The review queue for signed-in analysts: pairs side by side with the model's explanation. */
public final class ReviewPages {

  private final RegisterService register;
  private final Requests requests;
  private final ApiHandlers api;

  public ReviewPages(RegisterService register, Requests requests, ApiHandlers api) {
    this.register = register;
    this.requests = requests;
    this.api = api;
  }

  public void queue(Context ctx) {
    Session s = requests.requireRole(ctx, Role.VIEWER);
    String wanted = ctx.queryParam("pair");
    if (wanted != null && !wanted.isBlank()) {
      // "Open a pair by its id": any form the CLI or this page printed.
      ctx.redirect(
          "/review/" + Requests.encode(ReviewWords.canonical(wanted)), HttpStatus.SEE_OTHER);
      return;
    }
    Lang lang = requests.lang(ctx);
    ctx.html(
        Layout.page(
            lang,
            s,
            s.csrf(),
            lang.t("review.title"),
            "/review",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("review.title"));
              h.el("p", lang.t("review.intro"), "class", "intro");
              findForm(h, lang);
              var items = register.reviewQueue();
              if (items.isEmpty()) {
                h.el("p", lang.t("review.empty"), "class", "none");
                return;
              }
              h.open("table", "class", "list", "id", "review-queue");
              h.open("tr")
                  .el("th", lang.t("review.pair"))
                  .el("th", lang.t("search.q"))
                  .el("th", lang.t("link.probability"))
                  .el("th", lang.t("link.decision"))
                  .el("th", "")
                  .close("tr");
              for (ReviewItem item : items) {
                h.open("tr");
                h.el("td", item.pairId());
                h.open("td")
                    .el(
                        "span",
                        Views.primaryName(lang, item.left().nameAr(), item.left().nameEn()),
                        "dir",
                        "auto")
                    .text(" / ")
                    .el(
                        "span",
                        Views.primaryName(lang, item.right().nameAr(), item.right().nameEn()),
                        "dir",
                        "auto")
                    .close("td");
                h.el("td", Views.percent(item.link().probability()), "class", "num");
                h.el("td", queueState(lang, item));
                h.open("td")
                    .open(
                        "a",
                        "href",
                        "/review/" + Requests.encode(item.pairId()),
                        "class",
                        "review-open")
                    .text(lang.t("review.open"))
                    .close("a")
                    .close("td");
                h.close("tr");
              }
              h.close("table");
            }));
  }

  public void pair(Context ctx) {
    Session s = requests.requireRole(ctx, Role.VIEWER);
    String id = ReviewWords.canonical(ctx.pathParam("pair"));
    ReviewItem item =
        register
            .reviewItem(id)
            .orElseThrow(() -> new HttpError.NotFound("no review pair '" + id + "'"));
    render(ctx, s, item, "1".equals(ctx.queryParam("saved")), null, null, null);
  }

  /**
   * The pair page; after a decision that could not be stored, {@code problem} says why and the
   * analyst's decision and note are shown again in the form, so nothing typed is lost.
   */
  private void render(
      Context ctx,
      Session s,
      ReviewItem item,
      boolean saved,
      String problem,
      String keptDecision,
      String keptNote) {
    Lang lang = requests.lang(ctx);
    ctx.html(
        Layout.page(
            lang,
            s,
            s.csrf(),
            lang.t("review.title"),
            "/review",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("review.pair") + " " + item.pairId());
              if (saved) {
                h.el("p", lang.t("review.saved"), "class", "ok", "role", "status", "id", "saved");
              }
              if (problem != null) {
                h.el("p", problem, "class", "error", "role", "alert", "id", "not-saved");
              }
              ReviewSections.comparison(h, lang, item);
              h.open("div", "class", "side-by-side");
              recordCard(h, lang, item.left());
              recordCard(h, lang, item.right());
              h.close("div");
              PageHandlers.explanation(h, lang, item.link());
              if (item.decidedBy() != null) {
                h.open("p", "id", "decision")
                    .text(
                        lang.t("link.decision")
                            + ": "
                            + ReviewWords.label(lang, item.link().decision())
                            + " · "
                            + lang.t("review.decidedBy")
                            + ": "
                            + item.decidedBy());
                if (item.note() != null) {
                  h.text(" · ").el("q", item.note(), "dir", "auto");
                }
                h.close("p");
              }
              if (!s.role().allows(Role.ANALYST)) {
                h.el("p", lang.t("auth.readOnly"), "class", "note", "id", "read-only");
                return;
              }
              h.open(
                  "form",
                  "method",
                  "post",
                  "action",
                  "/review/" + Requests.encode(item.pairId()),
                  "class",
                  "card decide");
              h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", s.csrf());
              h.open("label").text(lang.t("review.note"));
              h.open(
                  "textarea",
                  "name",
                  "note",
                  "id",
                  "note",
                  "rows",
                  "2",
                  "maxlength",
                  "2000",
                  "dir",
                  "auto");
              if (keptNote != null) {
                h.text(keptNote);
              }
              h.close("textarea");
              h.close("label");
              h.open("div", "class", "buttons");
              // After a failed save the chosen button is marked, so the analyst sees which decision
              // to resend.
              decisionButton(
                  h, "match", "decide-match", null, keptDecision, lang.t("review.match"));
              decisionButton(
                  h,
                  "non-match",
                  "decide-nonmatch",
                  "secondary",
                  keptDecision,
                  lang.t("review.nonmatch"));
              decisionButton(
                  h,
                  ReviewItem.UNSURE,
                  "decide-unsure",
                  "secondary",
                  keptDecision,
                  lang.t("pages.review.unsure"));
              h.close("div");
              h.el("p", lang.t("pages.review.unsureHint"), "class", "note", "id", "unsure-hint");
              h.close("form");
            }));
  }

  public void decide(Context ctx) {
    Session s = requests.requireRole(ctx, Role.ANALYST);
    requests.checkCsrf(ctx, s);
    String pair = ReviewWords.canonical(ctx.pathParam("pair"));
    String decision = ctx.formParam("decision");
    String note = ctx.formParam("note");
    try {
      api.decide(pair, decision, note, s);
    } catch (RegisterBusy e) {
      ReviewItem item =
          register
              .reviewItem(pair)
              .orElseThrow(() -> new HttpError.NotFound("no review pair '" + pair + "'"));
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      ctx.header("Retry-After", Long.toString(SijilServer.BUSY_RETRY_SECONDS));
      render(ctx, s, item, false, SijilServer.BUSY_MESSAGE, decision, note);
      return;
    }
    ctx.redirect("/review/" + Requests.encode(pair) + "?saved=1", HttpStatus.SEE_OTHER);
  }

  /** A submit button for one decision; pressed when it is the decision kept from a failed save. */
  private static void decisionButton(
      Html h, String decision, String id, String cssClass, String kept, String label) {
    h.open(
            "button",
            "type",
            "submit",
            "name",
            "decision",
            "value",
            decision,
            "id",
            id,
            "class",
            cssClass,
            "aria-pressed",
            decision.equals(kept) ? "true" : null)
        .text(label)
        .close("button");
  }

  /** Waiting, unsure (by whom: still waiting), or the decision. */
  private static String queueState(Lang lang, ReviewItem item) {
    String verdict = item.link().decision();
    if (verdict == null) {
      return lang.t("review.pending");
    }
    if (ReviewItem.UNSURE.equals(verdict)) {
      return lang.t("pages.review.unsureBy").replace("{by}", String.valueOf(item.decidedBy()));
    }
    return ReviewWords.label(lang, verdict);
  }

  /** A GET form to /review?pair=ID, which opens that pair. */
  private static void findForm(Html h, Lang lang) {
    h.open("form", "method", "get", "action", "/review", "class", "find-pair", "id", "find-pair");
    h.open("label").text(lang.t("pages.review.find") + " ");
    h.open(
        "input",
        "type",
        "text",
        "name",
        "pair",
        "id",
        "pair-id",
        "dir",
        "ltr",
        "placeholder",
        "1:12~2:40");
    h.close("label");
    h.open("button", "type", "submit").text(lang.t("pages.review.findButton")).close("button");
    h.el("small", lang.t("pages.review.findHint"), "class", "note");
    h.close("form");
  }

  private static void recordCard(Html h, Lang lang, SourceRecord r) {
    h.open("section", "class", "record card");
    h.el("h2", Views.recordLabel(r));
    h.open("table", "class", "facts");
    row(h, lang.t("field.name_ar"), r.nameAr());
    row(h, lang.t("field.name_en"), r.nameEn());
    row(h, lang.t("field.id"), r.key());
    row(h, lang.t("field.age"), Views.age(lang, r.age()));
    row(h, lang.t("field.sex"), Views.sex(lang, r.sex()));
    row(h, lang.t("field.dob"), Views.date(r.dob()));
    row(h, lang.t("field.dod"), Views.date(r.dod()));
    row(h, lang.t("field.place"), r.place());
    h.close("table");
    h.close("section");
  }

  private static void row(Html h, String label, String value) {
    h.open("tr").el("th", label).el("td", Views.orDash(value), "dir", "auto").close("tr");
  }
}
