package org.sijil.server.web;

import io.javalin.http.Context;
import org.sijil.app.corrections.Corrections;
import org.sijil.app.corrections.Removal;
import org.sijil.server.http.HttpError;
import org.sijil.server.service.RegisterService;

/**
 * The corrections report: keys of a source removed between releases and whether they came back,
 * with figures per release of that source; as a page ({@code /corrections/{source}}) and as JSON
 * ({@code /api/corrections/{source}}, the CLI's {@code corrections --format json} shape).
 */
public final class CorrectionsPages {

  private final RegisterService register;
  private final PageHandlers pages;

  public CorrectionsPages(RegisterService register, PageHandlers pages) {
    this.register = register;
    this.pages = pages;
  }

  private Corrections report(Context ctx) {
    String source = ctx.pathParam("source");
    return register
        .corrections(source)
        .orElseThrow(
            () ->
                new HttpError.NotFound(
                    "no corrections report for source '"
                        + source
                        + "' (unknown source, or a register served without its file)"));
  }

  public void api(Context ctx) {
    Corrections c = report(ctx);
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("source", c.source());
    m.put("releases", c.releases());
    m.put(
        "removed",
        c.removed().stream()
            .map(
                r ->
                    java.util.Map.of(
                        "key", r.key(),
                        "name", r.name() == null ? "" : r.name(),
                        "removed_in", r.removedIn(),
                        "last_in", r.lastIn()))
            .toList());
    m.put(
        "returned",
        c.returned().stream()
            .map(
                r ->
                    java.util.Map.of(
                        "key", r.key(),
                        "name", r.name() == null ? "" : r.name(),
                        "removed_in", r.removedIn(),
                        "returned_in", r.returnedIn()))
            .toList());
    ctx.json(m);
  }

  public void page(Context ctx) {
    Corrections c = report(ctx);
    pages.render(
        ctx,
        "corrections.title",
        "/releases",
        (lang, h) -> {
          h.el(
              "h1",
              lang.t("corrections.title")
                  + " · "
                  + SourceLabels.of(register).text(lang, c.source()));
          h.el("p", lang.t("corrections.intro"));
          h.el("h2", lang.t("corrections.perRelease"));
          h.open("table", "class", "list", "id", "corrections-releases");
          h.open("tr")
              .el("th", lang.t("field.release"))
              .el("th", lang.t("releases.records"))
              .el("th", lang.t("corrections.added"))
              .el("th", lang.t("corrections.removed"))
              .el("th", lang.t("corrections.returned"))
              .close("tr");
          for (Corrections.ReleaseFigures f : c.releases()) {
            h.open("tr")
                .el("td", f.label())
                .el("td", Views.number(f.records()), "class", "num")
                .el("td", Views.number(f.added()), "class", "num")
                .el("td", Views.number(f.removed()), "class", "num")
                .el("td", Views.number(f.returned()), "class", "num")
                .close("tr");
          }
          h.close("table");
          h.el("h2", lang.t("corrections.removed") + " (" + Views.number(c.removed().size()) + ")");
          table(lang, h, c.removed(), "corrections-removed");
          h.el(
              "h2",
              lang.t("corrections.returned") + " (" + Views.number(c.returned().size()) + ")");
          table(lang, h, c.returned(), "corrections-returned");
        });
  }

  private static void table(Lang lang, Html h, java.util.List<Removal> rows, String id) {
    if (rows.isEmpty()) {
      h.el("p", lang.t("diff.none"), "id", id);
      return;
    }
    h.open("table", "class", "list", "id", id);
    h.open("tr")
        .el("th", lang.t("field.key"))
        .el("th", lang.t("search.q"))
        .el("th", lang.t("corrections.removedIn"))
        .el("th", lang.t("corrections.returnedIn"))
        .close("tr");
    for (Removal r : rows) {
      h.open("tr")
          .el("td", r.key(), "class", "mono")
          .el("td", Views.orDash(r.name()), "dir", "auto")
          .el("td", r.removedIn())
          .el("td", Views.orDash(r.returnedIn()))
          .close("tr");
    }
    h.close("table");
  }
}
