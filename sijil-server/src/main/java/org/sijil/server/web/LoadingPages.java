package org.sijil.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.service.RegisterService;

/**
 * What the server says while its register is still being read into memory after start (issue 14,
 * {@link RegisterService#loading}): search, releases and person pages answer already; statistics,
 * estimates, the memorial and downloads need the whole register, so they answer at once with 503
 * and {@code Retry-After} (the API, downloads) or an honest page in the reader's language, instead
 * of holding the request until the read ends.
 */
public final class LoadingPages {

  /** Retry-After while loading: a small register is read in seconds. */
  static final long RETRY_SECONDS = 5;

  /** Said by the API and downloads while loading. */
  static final String MESSAGE =
      "the register is still being read after the server started; search and person pages answer"
          + " already, this answers in a few seconds";

  /** API paths and downloads that need the whole register (every method, HEAD included). */
  static final List<String> API_PATHS =
      List.of(
          "/api/statistics",
          "/api/estimates",
          "/api/estimates.csv",
          "/api/download/persons.{format}",
          "/api/download/records.{format}");

  /** Pages that need the whole register. */
  static final List<String> PAGE_PATHS = List.of("/statistics", "/estimates", "/memorial");

  /** The person JSON's mark that its links wait for the load. */
  static final String LINKS_LOADING = "links_loading";

  private static final ObjectMapper JSON = org.sijil.server.SijilServer.mapper();

  private LoadingPages() {}

  /**
   * Puts the "loading" answer before the handlers of {@link #API_PATHS} and {@link #PAGE_PATHS}.
   */
  public static void add(Javalin app, RegisterService register, Requests requests) {
    for (String path : API_PATHS) {
      app.before(
          path,
          ctx -> {
            if (register.loading()) {
              throw new HttpError.Unavailable(MESSAGE, RETRY_SECONDS);
            }
          });
    }
    for (String path : PAGE_PATHS) {
      app.before(
          path,
          ctx -> {
            if (register.loading()) {
              page(ctx, requests);
            }
          });
    }
  }

  /** The page said instead of one that needs the whole register: 503, in the reader's language. */
  private static void page(Context ctx, Requests requests) {
    Lang lang = requests.lang(ctx);
    Session s = requests.session(ctx).orElse(null);
    ctx.status(503);
    ctx.header("Retry-After", Long.toString(RETRY_SECONDS));
    String again = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t("loading.title"),
            "",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("loading.title"));
              h.el("p", lang.t("loading.text"), "class", "note", "role", "status", "id", "loading");
              h.open("p").open("a", "href", again).text(lang.t("loading.again")).close("a");
              h.close("p");
            }));
    ctx.skipRemainingHandlers();
  }

  /**
   * The person as the API gives it; while loading, marked {@value #LINKS_LOADING} (its links are
   * explained once the whole register is read).
   */
  static Object person(Object p, RegisterService register) {
    if (!register.loading()) {
      return p;
    }
    ObjectNode node = JSON.valueToTree(p);
    node.put(LINKS_LOADING, true);
    return node;
  }

  /**
   * On a person page while loading, says that links and the timeline come after the load and
   * returns true (the caller then leaves them out); false otherwise.
   */
  static boolean personSections(Html h, Lang lang, RegisterService register) {
    if (!register.loading()) {
      return false;
    }
    h.el("p", lang.t("loading.person"), "class", "note", "id", "person-loading");
    return true;
  }

  /** The messages of this area. */
  static void addTo(Lang.MessageSink m) {
    m.m("loading.title", "The register is loading", "السجل قيد التحميل");
    m.m(
        "loading.text",
        "The server has just started and is still reading the register. Search and person pages"
            + " answer already; this page needs the whole register and will be ready in a few"
            + " seconds.",
        "بدأ الخادم للتو وما زال يقرأ السجل. البحث وصفحات الأشخاص متاحة الآن؛ أما هذه الصفحة فتحتاج"
            + " إلى السجل كاملًا وستكون جاهزة بعد ثوانٍ.");
    m.m("loading.again", "Try again", "حاول مرة أخرى");
    m.m(
        "loading.person",
        "The scored links between this person's records and their history across releases are"
            + " shown once the server has finished reading the register.",
        "تظهر الروابط المقدّرة بين سجلات هذا الشخص وتاريخه عبر الإصدارات بعد أن ينتهي الخادم من"
            + " قراءة السجل.");
  }
}
