package org.sijil.server.web;

import io.javalin.http.Context;
import org.sijil.server.http.HttpError;
import org.sijil.server.model.Release;
import org.sijil.server.service.RegisterService;

/** The pages of releases: every source's releases, and one release with what changed in it. */
public final class ReleasePages {

  private final RegisterService register;
  private final PageHandlers pages;

  public ReleasePages(RegisterService register, PageHandlers pages) {
    this.register = register;
    this.pages = pages;
  }

  public void releases(Context ctx) {
    pages.render(
        ctx,
        "releases.title",
        "/releases",
        (lang, h) -> {
          h.el("h1", lang.t("releases.title"));
          h.open("table", "class", "list", "id", "releases");
          h.open("tr")
              .el("th", lang.t("field.source"))
              .el("th", lang.t("field.release"))
              .el("th", lang.t("releases.asOf"))
              .el("th", lang.t("releases.imported"))
              .el("th", lang.t("releases.records"))
              .el("th", lang.t("releases.rejected"))
              .close("tr");
          for (Release r : register.releases()) {
            h.open("tr").open("td");
            SourceLabels.of(register).html(h, lang, r.source());
            h.close("td");
            h.open("td")
                .open(
                    "a",
                    "href",
                    "/releases/" + Requests.encode(r.source()) + "/" + Requests.encode(r.label()))
                .text(r.label())
                .close("a")
                .close("td");
            h.el("td", Views.date(r.asOf()))
                .el(
                    "td",
                    r.importedAt() == null
                        ? "—"
                        : r.importedAt().toString().substring(0, 16).replace('T', ' '))
                .el("td", Views.number(r.records()), "class", "num")
                .el("td", Views.number(r.rejected()), "class", "num")
                .close("tr");
          }
          h.close("table");
          h.open("ul", "id", "corrections-links");
          for (String source : register.sources()) {
            h.open("li")
                .el(
                    "a",
                    lang.t("corrections.link")
                        + " · "
                        + SourceLabels.of(register).text(lang, source),
                    "href",
                    "/corrections/" + Requests.encode(source))
                .close("li");
          }
          h.close("ul");
          DataStamp.of(register).line(h, lang);
        });
  }

  public void release(Context ctx) {
    String source = ctx.pathParam("source");
    String label = ctx.pathParam("label");
    Release rel =
        register.releases().stream()
            .filter(r -> r.source().equals(source) && r.label().equals(label))
            .findFirst()
            .orElseThrow(
                () ->
                    new HttpError.NotFound(
                        "no release '" + label + "' of source '" + source + "'"));
    var diff = register.diff(source, null, label);
    pages.render(
        ctx,
        "releases.title",
        "/releases",
        (lang, h) -> {
          h.el("h1", SourceLabels.of(register).text(lang, rel.source()) + " · " + rel.label());
          h.open("dl", "class", "record-meta");
          h.el("dt", lang.t("releases.asOf")).el("dd", Views.date(rel.asOf()));
          h.el("dt", lang.t("releases.records")).el("dd", Views.number(rel.records()));
          h.el("dt", lang.t("releases.rejected")).el("dd", Views.number(rel.rejected()));
          h.el("dt", "SHA-256").el("dd", Views.orDash(rel.sha256()), "class", "mono");
          h.el("dt", lang.t("releases.imported"))
              .el(
                  "dd",
                  rel.importedAt() == null
                      ? "—"
                      : rel.importedAt().toString().substring(0, 16).replace('T', ' '));
          h.el("dt", lang.t("releases.importedBy"))
              .el("dd", Views.orDash(rel.importedBy()), "id", "imported-by", "dir", "auto");
          h.close("dl");
          IntegrityPages.releaseSection(h, lang, rel.source(), rel.label());
          ColumnMessages.releaseSection(h, lang, rel.unmappedColumns());
          h.el("h2", lang.t("releases.diff"));
          if (diff.isEmpty()) {
            h.el("p", lang.t("releases.first"));
            return;
          }
          DiffPages.render(
              ctx,
              lang,
              h,
              diff.get(),
              "/releases/" + Requests.encode(source) + "/" + Requests.encode(label));
        });
  }
}
