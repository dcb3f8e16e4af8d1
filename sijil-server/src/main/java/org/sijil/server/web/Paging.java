package org.sijil.server.web;

import java.util.Locale;

/**
 * "Showing 51–100 of 263" and the previous/next links of a long list, so a page never shows part of
 * a list without saying so.
 */
final class Paging {

  private Paging() {}

  /** "Showing 1–50 of 263"; "Showing all 12" when the page holds the whole list. */
  static String showing(Lang lang, int offset, int shown, long total) {
    if (offset == 0 && shown >= total) {
      return lang.t("paging.all").replace("{total}", num(total));
    }
    return lang.t("paging.showing")
        .replace("{from}", num(shown == 0 ? offset : offset + 1L))
        .replace("{to}", num(offset + (long) shown))
        .replace("{total}", num(total));
  }

  /** Previous and next links of {@code base}, which takes {@code ?offset=}. */
  static void links(Html h, Lang lang, String base, int offset, int size, long total) {
    h.open("nav", "class", "pager");
    if (offset > 0) {
      h.el(
          "a",
          lang.t("page.prev"),
          "href",
          base + "?offset=" + Math.max(0, offset - size),
          "rel",
          "prev");
    }
    if (offset + size < total) {
      h.el("a", lang.t("page.next"), "href", base + "?offset=" + (offset + size), "rel", "next");
    }
    h.close("nav");
  }

  private static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static void addTo(Lang.MessageSink m) {
    m.m("paging.showing", "Showing {from}–{to} of {total}", "عرض {from}–{to} من {total}");
    m.m("paging.all", "Showing all {total}", "عرض الكل ({total})");
  }
}
