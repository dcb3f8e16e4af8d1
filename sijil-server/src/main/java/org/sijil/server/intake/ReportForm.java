package org.sijil.server.intake;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.server.web.Layout;
import org.sijil.server.web.Requests;

/**
 * The report form ({@value IntakeRoutes#FORM}) and its service worker. The page is plain HTML; the
 * hand-written {@code /static/intake.js} keeps each report in an IndexedDB queue on the device with
 * a key it generates, sends the queue when the server is reachable and shows each report's state.
 * The worker ({@code sijil-intake/sw.js}) keeps the page and its assets so the form opens with no
 * connection after one visit. "Save to file" writes the waiting reports as a bundle signed with a
 * device key made in the browser (contacts sealed with the register's contact public key, which the
 * page carries), for {@code sijil intake import}.
 */
final class ReportForm {

  /** Text inputs in the order shown: field name, message key, input type. */
  private static final String[][] TEXT_FIELDS = {
    {"name_ar", "intake.f.name_ar", "text"},
    {"name_en", "intake.f.name_en", "text"},
    {"father_name", "intake.f.father_name", "text"},
    {"mother_name", "intake.f.mother_name", "text"},
    {"age", "intake.f.age", "number"},
    {"dob", "intake.f.dob", "date"},
    {"dod", "intake.f.dod", "date"},
    {"place", "intake.f.place", "text"},
    {"incident", "intake.f.incident", "text"},
    {"relation", "intake.f.relation", "text"},
  };

  /** Texts the script shows, passed as data attributes: attribute suffix, message key. */
  private static final String[][] SCRIPT_TEXTS = {
    {"waiting", "intake.state.waiting"},
    {"sending", "intake.state.sending"},
    {"sent", "intake.state.sent"},
    {"rejected", "intake.state.rejected"},
    {"online", "intake.online"},
    {"offline", "intake.offline"},
    {"signin", "intake.signin"},
    {"noname", "intake.noname"},
    {"receipt", "intake.receipt"},
    {"remove", "intake.remove"},
    {"saved", "intake.saved"},
    {"nosign", "intake.nosign"},
    {"nothing", "intake.nothingToSave"},
  };

  private static final byte[] WORKER = resource("/sijil-intake/sw.js");

  private final IntakeDesk desk;

  ReportForm(IntakeDesk desk) {
    this.desk = desk;
  }

  void page(Context ctx) {
    Requests requests = IntakeRoutes.requests(ctx);
    // Signed out, the form is the public one: it sends to /api/intake/public (no account needed).
    Session s = requests.session(ctx).filter(x -> x.role().allows(Role.FIELD)).orElse(null);
    Lang lang = requests.lang(ctx);
    ctx.header("Cache-Control", "no-cache");
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t("intake.form.title"),
            IntakeRoutes.FORM,
            Requests.switchHref(ctx, lang),
            h -> body(h, lang, desk.contactPublicKey(), s == null)));
  }

  private static void body(Html h, Lang lang, String contactKey, boolean open) {
    h.el("h1", lang.t("intake.form.title"));
    h.el("p", lang.t("intake.form.intro"), "class", "intro");
    if (open) {
      h.el("p", lang.t("intake.public.intro"), "class", "intro", "id", "intake-public");
    }
    h.el("p", "", "id", "intake-network", "role", "status", "class", "count");
    h.open(
        "div",
        "id",
        "intake-text",
        "hidden",
        "hidden",
        "data-contact-key",
        contactKey,
        "data-public",
        open ? "1" : null);
    for (String[] t : SCRIPT_TEXTS) {
      h.open("span", "data-key", t[0]).text(lang.t(t[1])).close("span");
    }
    h.close("div");
    h.open("form", "id", "intake-form", "class", "card suggest", "autocomplete", "off");
    for (String[] f : TEXT_FIELDS) {
      input(h, lang, f[0], f[1], f[2]);
      if (f[0].equals("mother_name")) {
        sex(h, lang);
      }
      if (f[0].equals("place")) {
        h.open("label").text(lang.t("intake.f.circumstances"));
        h.open(
            "textarea",
            "name",
            "circumstances",
            "id",
            "f-circumstances",
            "rows",
            "3",
            "dir",
            "auto");
        h.close("textarea").close("label");
      }
    }
    input(h, lang, "contact", "intake.f.contact", "text");
    if (open) {
      trap(h);
    }
    h.el("p", lang.t("intake.contact.note"), "class", "intro");
    h.open("label", "class", "consent");
    h.open("input", "type", "checkbox", "name", "consent", "id", "f-consent", "value", "yes");
    h.text(lang.t("intake.f.consent")).close("label");
    h.el("p", "", "id", "intake-form-error", "class", "error", "role", "alert");
    h.open("button", "type", "submit", "id", "intake-submit")
        .text(lang.t("intake.submit"))
        .close("button");
    h.close("form");
    h.el("h2", lang.t("intake.queue.title"));
    h.el("p", lang.t("intake.queue.intro"), "class", "intro");
    h.open("button", "type", "button", "id", "intake-send")
        .text(lang.t("intake.send"))
        .close("button");
    h.text(" ");
    h.open("button", "type", "button", "id", "intake-save")
        .text(lang.t("intake.save"))
        .close("button");
    h.el("p", lang.t("intake.save.note"), "class", "intro");
    h.el("p", "", "id", "intake-save-state", "role", "status");
    h.open("p", "class", "intro").text(lang.t("intake.deviceKey")).text(" ");
    h.el("code", "", "id", "intake-device-key", "dir", "ltr");
    h.close("p");
    h.open("table", "id", "intake-queue");
    h.open("thead").open("tr");
    h.el("th", lang.t("intake.col.name")).el("th", lang.t("intake.col.created"));
    h.el("th", lang.t("intake.col.state")).el("th", lang.t("intake.col.detail"));
    h.close("tr").close("thead");
    h.el("tbody", "");
    h.close("table");
    h.open("script", "src", "/static/intake-bundle.js", "defer", "defer").close("script");
    h.open("script", "src", "/static/intake.js", "defer", "defer").close("script");
  }

  private static void input(Html h, Lang lang, String name, String key, String type) {
    h.open("label").text(lang.t(key));
    h.open(
        "input",
        "type",
        type,
        "name",
        name,
        "id",
        "f-" + name,
        "dir",
        type.equals("text") ? "auto" : "ltr",
        "min",
        type.equals("number") ? "0" : null,
        "max",
        type.equals("number") ? "130" : null);
    h.close("label");
  }

  /**
   * The public form's trap: a field placed off screen (class {@code intake-trap}) and hidden from
   * screen readers and the tab order. People never fill it; scripts that fill every field do, and
   * their reports are refused. Nothing about the sender is kept.
   */
  private static void trap(Html h) {
    h.open("label", "class", "intake-trap", "aria-hidden", "true").text("Website");
    h.open(
        "input",
        "type",
        "text",
        "name",
        "website",
        "id",
        "f-website",
        "tabindex",
        "-1",
        "autocomplete",
        "off");
    h.close("label");
  }

  private static void sex(Html h, Lang lang) {
    h.open("label").text(lang.t("intake.f.sex"));
    h.open("select", "name", "sex", "id", "f-sex");
    h.open("option", "value", "").close("option");
    h.open("option", "value", "m").text(lang.t("intake.sex.m")).close("option");
    h.open("option", "value", "f").text(lang.t("intake.sex.f")).close("option");
    h.close("select").close("label");
  }

  /** The service worker: served from {@code /intake/} so its scope covers the form. */
  void worker(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("text/javascript; charset=utf-8").result(WORKER);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReportForm.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
