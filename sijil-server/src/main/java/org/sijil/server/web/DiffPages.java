package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.Params;
import org.sijil.server.model.ReleaseDiff;

/**
 * The diff of a release for readers: a summary first (every kind with its count, systematic
 * revisions in one line each), then one kind at a time on its own paged tab, added and removed
 * first, each page saying which entries it shows of how many; the full diff as CSV or JSON.
 */
final class DiffPages {

  /** Entries per page of a tab. */
  static final int PAGE_SIZE = 100;

  private DiffPages() {}

  /** The kind the request asks for, or null for the overview (added and removed). */
  static String kind(Context ctx) {
    String k = Params.text(ctx, "kind");
    if (k == null) {
      return null;
    }
    if (!ReleaseDiff.KINDS.contains(k)) {
      throw new HttpError.BadParameter(
          "parameter 'kind' must be one of "
              + String.join(", ", ReleaseDiff.KINDS)
              + ", not '"
              + k
              + "'");
    }
    return k;
  }

  /** Renders the summary, the tabs and one page of the chosen kind. */
  static void render(Context ctx, Lang lang, Html h, ReleaseDiff d, String base) {
    String kind = kind(ctx);
    int page = pageNumber(ctx);
    String arrow = lang == Lang.AR ? " ← " : " → ";
    h.open("p", "id", "diff-range")
        .text(lang.t("diff.from") + " ")
        .el("bdi", d.from())
        .text(arrow + lang.t("diff.to") + " ")
        .el("bdi", d.to())
        .close("p");
    h.el("h3", lang.t("diff.summary"));
    h.open("ul", "class", "summary", "id", "diff-summary");
    for (String k : ReleaseDiff.KINDS) {
      h.open("li")
          .el("strong", Views.number(d.entries(k).size()))
          .text(" ")
          .el("a", lang.t("diff." + k), "href", base + "?kind=" + k + "#diff-tab")
          .close("li");
    }
    long dup = d.summary().getOrDefault("duplicate_keys", 0L);
    if (dup > 0) {
      h.open("li")
          .el("strong", Views.number(dup))
          .text(" " + lang.t("diff.duplicate_keys"))
          .close("li");
    }
    h.close("ul");
    if (!d.revisions().isEmpty()) {
      h.open("ul", "id", "diff-revisions");
      for (ReleaseDiff.Revision r : d.revisions()) {
        h.el("li", revisionLine(lang, r));
      }
      h.close("ul");
    }
    String api =
        "/api/releases/" + Requests.encode(d.source()) + "/" + Requests.encode(d.to()) + "/diff.";
    h.open("p", "id", "diff-download")
        .text(lang.t("diff.downloadAll") + ": ")
        .el("a", "CSV", "href", api + "csv?bom=1")
        .text(" · ")
        .el("a", "JSON", "href", api + "json")
        .close("p");
    tabs(lang, h, d, base, kind);
    if (kind != null) {
      entries(lang, h, d.entries(kind), kind, page, base);
      return;
    }
    for (String k : List.of("added", "removed")) {
      h.el("h3", lang.t("diff." + k), "id", "diff-" + k);
      entries(lang, h, d.entries(k), k, 1, base);
    }
  }

  /** "age +1 year(s) in 3,030 records: …" */
  static String revisionLine(Lang lang, ReleaseDiff.Revision r) {
    return lang.t("diff.revisionLine")
        .replace("{field}", lang.t("field." + r.field()))
        .replace("{shift}", (r.shift() > 0 ? "+" : "") + r.shift())
        .replace("{unit}", lang.t("diff.unit." + r.unit()))
        .replace("{n}", Views.number(r.records()));
  }

  private static int pageNumber(Context ctx) {
    Integer p = Params.integer(ctx, "page", 1, Integer.MAX_VALUE);
    return p == null ? 1 : p;
  }

  private static void tabs(Lang lang, Html h, ReleaseDiff d, String base, String kind) {
    h.open("nav", "class", "tabs", "id", "diff-tab");
    for (String k : ReleaseDiff.KINDS) {
      String label = lang.t("diff." + k) + " (" + Views.number(d.entries(k).size()) + ")";
      if (k.equals(kind) || (kind == null && (k.equals("added") || k.equals("removed")))) {
        h.el("strong", label, "aria-current", "page");
      } else {
        h.el("a", label, "href", base + "?kind=" + k + "#diff-tab");
      }
      h.text(" ");
    }
    h.close("nav");
  }

  private static void entries(
      Lang lang, Html h, List<ReleaseDiff.Entry> all, String kind, int page, String base) {
    int total = all.size();
    if (total == 0) {
      h.el("p", lang.t("diff.none"), "class", "diff-showing");
      return;
    }
    int from = Math.min((page - 1) * PAGE_SIZE, (total - 1) / PAGE_SIZE * PAGE_SIZE);
    int to = Math.min(from + PAGE_SIZE, total);
    h.el(
        "p",
        lang.t("diff.showing")
            + " "
            + Views.number(from + 1)
            + "–"
            + Views.number(to)
            + " "
            + lang.t("diff.of")
            + " "
            + Views.number(total),
        "class",
        "diff-showing");
    if (kind.equals("key_reused")) {
      h.el("p", lang.t("diff.keyReuseNote"));
    }
    h.open("table", "class", "list diff", "id", "diff-" + kind + "-entries");
    h.open("tr")
        .el("th", lang.t("diff.key"))
        .el("th", lang.t("search.q"))
        .el("th", lang.t("diff.field"))
        .el("th", lang.t("diff.before"))
        .el("th", lang.t("diff.after"))
        .close("tr");
    for (ReleaseDiff.Entry e : all.subList(from, to)) {
      if (e.changes().isEmpty()) {
        row(h, e, "", null, null);
      }
      for (ReleaseDiff.FieldChange c : e.changes()) {
        row(h, e, lang.t("field." + c.field()), c.before(), c.after());
      }
    }
    h.close("table");
    int current = from / PAGE_SIZE + 1;
    h.open("nav", "class", "pager");
    if (from > 0) {
      h.el(
          "a",
          lang.t("page.prev"),
          "href",
          base + "?kind=" + kind + "&page=" + (current - 1) + "#diff-tab",
          "rel",
          "prev");
      h.text(" ");
    }
    if (to < total) {
      h.el(
          "a",
          lang.t("page.next"),
          "href",
          base + "?kind=" + kind + "&page=" + (current + 1) + "#diff-tab",
          "rel",
          "next");
    }
    h.close("nav");
  }

  private static void row(Html h, ReleaseDiff.Entry e, String field, String before, String after) {
    h.open("tr")
        .el("td", e.key(), "class", "mono")
        .el("td", Views.orDash(e.name()), "dir", "auto")
        .el("td", field)
        .el("td", before == null ? "" : before, "dir", "auto")
        .el("td", after == null ? "" : after, "dir", "auto")
        .close("tr");
  }
}
