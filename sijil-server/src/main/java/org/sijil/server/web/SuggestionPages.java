package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.sijil.app.suggest.SuggestCorrection;
import org.sijil.server.auth.Session;
import org.sijil.server.auth.Sessions;
import org.sijil.server.http.HttpError;
import org.sijil.server.model.Person;
import org.sijil.server.service.RegisterService;
import org.sijil.server.service.SuggestionBox;
import org.sijil.store.Suggestions;

/**
 * "Suggest a correction": the form under each person (open to every reader; its CSRF token is a
 * double-submit cookie as on the sign-in page) and the analysts' list of suggestions. A suggestion
 * is stored with who sent it and when; it never changes the register by itself.
 */
public final class SuggestionPages {

  static final String CSRF_COOKIE = "sijil_suggest_csrf";
  static final int PAGE_SIZE = 50;

  /** The fields offered in the form, in order. */
  private static final List<String> FIELDS =
      List.of("name_ar", "name_en", "age", "sex", "dob", "dod", "place", "other");

  private final RegisterService register;
  private final SuggestionBox box;
  private final Sessions sessions;
  private final Requests requests;

  public SuggestionPages(
      RegisterService register, SuggestionBox box, Sessions sessions, Requests requests) {
    this.register = register;
    this.box = box;
    this.sessions = sessions;
    this.requests = requests;
  }

  private Person person(Context ctx) {
    String id = ctx.pathParam("id");
    return register
        .person(id)
        .orElseThrow(() -> new HttpError.NotFound("no person with id '" + id + "'"));
  }

  public void form(Context ctx) {
    renderForm(ctx, person(ctx), false);
  }

  private void renderForm(Context ctx, Person p, boolean missing) {
    Lang lang = requests.lang(ctx);
    Session s = requests.session(ctx).orElse(null);
    String token = sessions.token();
    requests.setCookie(ctx, CSRF_COOKIE, token, 3600);
    String action = "/person/" + Requests.encode(p.personId()) + "/suggest";
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t("suggest.title"),
            "",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("suggest.title"));
              h.open("p", "class", "lead")
                  .open("a", "href", "/person/" + Requests.encode(p.personId()))
                  .el("bdi", Views.primaryName(lang, p.nameAr(), p.nameEn()), "dir", "auto")
                  .close("a")
                  .close("p");
              h.el("p", lang.t("suggest.intro"), "class", "intro");
              if (missing) {
                h.el("p", lang.t("suggest.missing"), "class", "error", "role", "alert");
              }
              h.open("form", "method", "post", "action", action, "class", "card suggest");
              h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", token);
              h.open("label").text(lang.t("suggest.field"));
              h.open("select", "name", "field", "id", "suggest-field");
              for (String f : FIELDS) {
                PageHandlers.option(
                    h, f, lang.t(f.equals("other") ? "suggest.field.other" : "field." + f), false);
              }
              h.close("select").close("label");
              textInput(h, lang.t("suggest.value"), "value", "suggest-value");
              h.open("label").text(lang.t("suggest.reason"));
              h.open(
                      "textarea",
                      "name",
                      "reason",
                      "id",
                      "suggest-reason",
                      "rows",
                      "4",
                      "maxlength",
                      Integer.toString(Suggestions.MAX_TEXT),
                      "dir",
                      "auto")
                  .close("textarea");
              h.close("label");
              textInput(h, lang.t("suggest.contact"), "contact", "suggest-contact");
              h.open("button", "type", "submit", "id", "suggest-submit")
                  .text(lang.t("suggest.submit"))
                  .close("button");
              h.close("form");
            }));
  }

  private static void textInput(Html h, String label, String name, String id) {
    h.open("label").text(label);
    h.open(
        "input",
        "type",
        "text",
        "name",
        name,
        "id",
        id,
        "maxlength",
        Integer.toString(Suggestions.MAX_TEXT),
        "dir",
        "auto");
    h.close("label");
  }

  public void submit(Context ctx) {
    requests.requireSameOrigin(ctx);
    if (!Requests.constantTimeEquals(ctx.formParam(Requests.CSRF_FIELD), ctx.cookie(CSRF_COOKIE))) {
      throw new HttpError.Forbidden(
          "missing or wrong CSRF token: reload the correction form and try again");
    }
    Person p = person(ctx);
    String field = ctx.formParam("field");
    if (field == null || !SuggestCorrection.FIELDS.contains(field)) {
      throw new HttpError(
          400, "field must be one of " + new java.util.TreeSet<>(SuggestCorrection.FIELDS));
    }
    String value = ctx.formParam("value");
    String reason = ctx.formParam("reason");
    if ((value == null || value.isBlank()) && (reason == null || reason.isBlank())) {
      ctx.status(400);
      renderForm(ctx, p, true);
      return;
    }
    Session s = requests.session(ctx).orElse(null);
    Suggestions.Suggestion saved;
    try {
      saved =
          box.submit(
              new SuggestCorrection.Request(
                  p.personId(), field, value, reason, ctx.formParam("contact")),
              s == null ? null : s.user());
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, e.getMessage());
    }
    Lang lang = requests.lang(ctx);
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t("suggest.title"),
            "",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("suggest.title"));
              h.el("p", lang.t("suggest.thanks"), "id", "suggest-saved", "role", "status");
              h.open("p")
                  .el(
                      "a",
                      lang.t("suggest.back"),
                      "href",
                      "/person/" + Requests.encode(saved.personId()))
                  .close("p");
            }));
  }

  /** The analysts' list: newest first, with who sent each and when; 50 a page. */
  public void list(Context ctx) {
    Session s = requests.requireRole(ctx, org.sijil.app.users.Role.VIEWER);
    Lang lang = requests.lang(ctx);
    int offset = Math.max(0, ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0));
    long total = box.count();
    List<Suggestions.Suggestion> page = box.list(offset, PAGE_SIZE);
    ctx.html(
        Layout.page(
            lang,
            s,
            s.csrf(),
            lang.t("suggest.queue"),
            "/suggestions",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("suggest.queue"));
              if (total == 0) {
                h.el("p", lang.t("suggest.none"), "class", "none");
                return;
              }
              h.el("p", Paging.showing(lang, offset, page.size(), total), "class", "count");
              h.open("table", "class", "list", "id", "suggestions");
              h.open("tr")
                  .el("th", lang.t("suggest.when"))
                  .el("th", lang.t("suggest.person"))
                  .el("th", lang.t("suggest.field"))
                  .el("th", lang.t("suggest.value"))
                  .el("th", lang.t("suggest.reason"))
                  .el("th", lang.t("suggest.from"))
                  .close("tr");
              for (Suggestions.Suggestion x : page) {
                h.open("tr");
                h.open("td").el("bdi", x.submittedAt().toString(), "dir", "ltr").close("td");
                h.open("td")
                    .el("a", x.personId(), "href", "/person/" + Requests.encode(x.personId()))
                    .close("td");
                h.el(
                    "td",
                    lang.t(
                        x.field().equals("other") ? "suggest.field.other" : "field." + x.field()));
                h.el("td", Views.orDash(x.value()), "dir", "auto");
                h.el("td", Views.orDash(x.reason()), "dir", "auto");
                h.el(
                    "td",
                    x.submittedBy() + (x.contact() == null ? "" : " · " + x.contact()),
                    "dir",
                    "auto");
                h.close("tr");
              }
              h.close("table");
              Paging.links(h, lang, "/suggestions", offset, PAGE_SIZE, total);
            }));
  }
}
