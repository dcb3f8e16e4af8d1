package org.sijil.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.service.Importer;

/**
 * Importing a list through the pages (signed-in analysts and admins); then the register is re-read.
 */
public final class ImportPages {

  private final Importer importer;
  private final Requests requests;
  private final Runnable reload;

  public ImportPages(Importer importer, Requests requests, Runnable reload) {
    this.importer = importer;
    this.requests = requests;
    this.reload = reload;
  }

  public void form(Context ctx) {
    Session s = requests.requireRole(ctx, Role.ANALYST);
    render(ctx, s, null, null);
  }

  public void submit(Context ctx) {
    Session s = requests.requireRole(ctx, Role.ANALYST);
    requests.checkCsrf(ctx, s);
    if (importer == null) {
      throw new HttpError.NotFound("this server has no register file to import into");
    }
    UploadedFile upload;
    try {
      upload = ctx.uploadedFile("file");
    } catch (RuntimeException e) {
      // Jetty's multipart errors (over the size limit, cut-off bodies) name its temporary files:
      // not shown.
      throw new HttpError(
          413, "the upload is too large or incomplete for this server; nothing was imported");
    }
    String source = ctx.formParam("source");
    String release = ctx.formParam("release");
    if (upload == null || upload.size() == 0) {
      throw new HttpError.BadParameter("choose a list file to import");
    }
    if (source == null || !source.strip().matches("[\\p{L}\\p{N}._-]{1,64}")) {
      throw new HttpError.BadParameter(
          "source must be 1-64 letters, digits or . _ -, not '" + source + "'");
    }
    if (release == null || !release.strip().matches("[\\p{L}\\p{N}._-]{1,64}")) {
      throw new HttpError.BadParameter(
          "release must be 1-64 letters, digits or . _ -, not '" + release + "'");
    }
    LocalDate asOf = null;
    String asOfText = ctx.formParam("as_of");
    if (asOfText != null && !asOfText.isBlank()) {
      try {
        asOf = LocalDate.parse(asOfText.strip());
      } catch (DateTimeParseException e) {
        throw new HttpError.BadParameter("as-of date must be YYYY-MM-DD, not '" + asOfText + "'");
      }
    }
    String name =
        Path.of(upload.filename()).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    String result;
    String error = null;
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sijil-upload");
      Path file = dir.resolve(name.isBlank() ? "upload.csv" : name);
      try (InputStream in = upload.content()) {
        Files.copy(in, file);
      }
      try {
        result = importer.importList(file, source.strip(), release.strip(), asOf, s.user());
        reload.run();
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (UserError e) {
      result = null;
      // Messages name the file read; the analyst knows it by its own name, not the server's temp
      // path.
      String worded = ErrorText.word(requests.lang(ctx), e);
      error = dir == null ? worded : worded.replace(dir.toString() + java.io.File.separator, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (error != null) {
      ctx.status(400);
    }
    render(ctx, s, result, error);
  }

  private void render(Context ctx, Session s, String result, String error) {
    Lang lang = requests.lang(ctx);
    ctx.html(
        Layout.page(
            lang,
            s,
            s.csrf(),
            lang.t("import.title"),
            "/import",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("import.title"));
              h.el("p", lang.t("import.intro"), "class", "intro");
              if (result != null) {
                h.el(
                    "pre",
                    result,
                    "class",
                    "ok",
                    "role",
                    "status",
                    "id",
                    "import-result",
                    "dir",
                    "ltr");
              }
              if (error != null) {
                h.el(
                    "p",
                    error,
                    "class",
                    "error",
                    "role",
                    "alert",
                    "id",
                    "import-error",
                    "dir",
                    "auto");
              }
              if (importer == null) {
                h.el("p", lang.t("import.unavailable"), "class", "note");
                return;
              }
              h.open(
                  "form",
                  "method",
                  "post",
                  "action",
                  "/import",
                  "enctype",
                  "multipart/form-data",
                  "class",
                  "card login");
              h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", s.csrf());
              h.open("label").text(lang.t("import.file"));
              h.open(
                  "input",
                  "type",
                  "file",
                  "name",
                  "file",
                  "id",
                  "import-file",
                  "required",
                  "required",
                  "accept",
                  ".csv,.tsv,.txt,.xlsx,.json");
              h.close("label");
              h.open("label").text(lang.t("field.source"));
              h.open(
                  "input",
                  "name",
                  "source",
                  "id",
                  "import-source",
                  "required",
                  "required",
                  "dir",
                  "ltr");
              h.close("label");
              h.open("label").text(lang.t("field.release"));
              h.open(
                  "input",
                  "name",
                  "release",
                  "id",
                  "import-release",
                  "required",
                  "required",
                  "dir",
                  "ltr");
              h.close("label");
              h.open("label").text(lang.t("releases.asOf"));
              h.open("input", "type", "date", "name", "as_of");
              h.close("label");
              h.open("button", "type", "submit", "id", "import-submit")
                  .text(lang.t("import.submit"))
                  .close("button");
              h.close("form");
            }));
  }
}
