package org.sijil.server.web;

/**
 * The page a reader gets when a request fails. A page that does not exist (a mistyped or old link,
 * a person's number that is not in the register) is said in the reader's language with the way to
 * the search, since every person can be found there by name; the server's own words follow, in
 * English, for whoever reports the problem.
 */
public final class ErrorPage {

  private ErrorPage() {}

  /**
   * The whole page.
   *
   * @param message what went wrong, in the server's words (English)
   * @param switchHref the same address with the other language chosen
   */
  public static String html(Lang lang, int status, String message, String switchHref) {
    boolean missing = status == 404;
    String title = lang.t(missing ? "error.notFound.title" : "error.title");
    return Layout.page(
        lang,
        null,
        null,
        title,
        "",
        switchHref,
        h -> {
          h.el("h1", title);
          if (missing) {
            h.open("p").text(lang.t("error.notFound.text") + " ");
            h.el("a", lang.t("error.notFound.search"), "href", "/").close("p");
          }
          h.el(
              "p",
              status + " — " + message,
              "class",
              missing ? "error-detail" : "error",
              "role",
              missing ? "note" : "alert",
              "lang",
              "en",
              "dir",
              "ltr");
        });
  }
}
