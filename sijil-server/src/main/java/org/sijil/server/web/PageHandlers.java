package org.sijil.server.web;

import io.javalin.http.Context;
import org.sijil.server.auth.Session;
import org.sijil.server.http.Params;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.SearchQuery;

/**
 * What the server's pages share: the frame every page is rendered in (language, signed-in user,
 * navigation), form parts and a link's waterfall. The public pages themselves: {@link SearchPage},
 * {@link PersonPage}, {@link MemorialPage}, {@link ReleasePages}, {@link FigurePages}.
 */
public final class PageHandlers {

  private final Requests requests;

  public PageHandlers(Requests requests) {
    this.requests = requests;
  }

  /** Renders a page in the request's language with the signed-in user, if any. */
  void render(
      Context ctx, String titleKey, String active, java.util.function.BiConsumer<Lang, Html> body) {
    Lang lang = requests.lang(ctx);
    Session s = requests.session(ctx).orElse(null);
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t(titleKey),
            active,
            Requests.switchHref(ctx, lang),
            h -> body.accept(lang, h)));
  }

  /**
   * A filter range given the wrong way round (a search or memorial page's ages or dates of death):
   * the page answers 400 with its form as typed and this said beside it, in the reader's language,
   * instead of an error page in the server's words. False, writing nothing, when the ranges hold.
   */
  static boolean reversedRange(Context ctx, SearchQuery q) {
    if (!Params.agesReversed(q) && !Params.datesReversed(q)) {
      return false;
    }
    ctx.status(400);
    return true;
  }

  /** The reader's words for the range {@link #reversedRange} found reversed. */
  static void sayReversed(Html h, Lang lang, SearchQuery q) {
    String key = Params.agesReversed(q) ? "filter.agesReversed" : "filter.datesReversed";
    h.el("p", lang.t(key), "class", "error", "role", "alert", "id", "filter-error");
  }

  static void option(Html h, String value, String label, boolean selected) {
    h.open("option", "value", value, "selected", selected ? "selected" : null)
        .text(label)
        .close("option");
  }

  static void numberInput(Html h, String label, String name, Integer value) {
    h.open("label").text(label);
    h.open(
        "input",
        "type",
        "number",
        "name",
        name,
        "min",
        "0",
        "max",
        "150",
        "value",
        value == null ? null : value.toString());
    h.close("label");
  }

  /** A link's probability and its waterfall. */
  static void explanation(Html h, Lang lang, Link l) {
    h.open("div", "class", "link card");
    h.open("p")
        .el("bdi", l.left(), "dir", "ltr")
        .text(" ↔ ")
        .el("bdi", l.right(), "dir", "ltr")
        .text(" — " + lang.t("link.probability") + ": ");
    h.open("strong").el("bdi", Views.percent(l.probability()), "dir", "ltr").close("strong");
    if (l.decision() != null) {
      h.text(" · " + lang.t("link.decision") + ": " + ReviewWords.label(lang, l.decision()));
    }
    h.close("p");
    if (!l.explanation().isEmpty()) {
      h.open("table", "class", "waterfall");
      h.open("tr")
          .el("th", lang.t("link.comparison"))
          .el("th", lang.t("link.level"))
          .el("th", lang.t("link.weight"))
          .close("tr");
      for (ExplanationTerm t : l.explanation()) {
        h.open("tr")
            .el("td", t.comparison())
            .el("td", t.level())
            .open("td", "class", t.weight() >= 0 ? "pos" : "neg")
            .el("bdi", String.format(java.util.Locale.ROOT, "%+.2f", t.weight()), "dir", "ltr")
            .close("td")
            .close("tr");
      }
      h.close("table");
    }
    h.close("div");
  }
}
