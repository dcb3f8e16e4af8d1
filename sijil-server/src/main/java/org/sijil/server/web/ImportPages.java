package org.sijil.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.jobs.InMemoryJobs;
import org.sijil.server.jobs.JobFailed;
import org.sijil.server.jobs.JobRunner;
import org.sijil.server.service.Importer;
import org.sijil.store.StoredJob;

/**
 * Importing a list through the pages (signed-in analysts and admins); then the register is re-read.
 * The import (and its link run) is a background job: the request waits a little for it, so a short
 * import answers with its result at once, and otherwise (or with {@code background=1}) answers 202
 * with a panel that follows the job ({@code /import?job=ID}, which also survives a reload).
 */
public final class ImportPages {

  /** How long a request waits for its import before answering with the job's progress instead. */
  static final Duration SYNC_WAIT = Duration.ofSeconds(20);

  private final Importer importer;
  private final Requests requests;
  private final Runnable reload;
  private final JobRunner jobs;

  public ImportPages(Importer importer, Requests requests, Runnable reload) {
    this(
        importer,
        requests,
        reload,
        new JobRunner(
            importer == null ? new InMemoryJobs() : importer.jobs(), java.time.Clock.systemUTC()));
  }

  public ImportPages(Importer importer, Requests requests, Runnable reload, JobRunner jobs) {
    this.importer = importer;
    this.requests = requests;
    this.reload = reload;
    this.jobs = jobs;
  }

  /** The job runner of this server's imports. */
  public JobRunner jobs() {
    return jobs;
  }

  public void form(Context ctx) {
    Session s = requests.requireRole(ctx, Role.ANALYST);
    String jobId = ctx.queryParam("job");
    if (jobId == null) {
      render(ctx, s, null, null, null);
      return;
    }
    StoredJob job =
        jobs.find(jobId).orElseThrow(() -> new HttpError.NotFound("no job '" + jobId + "'"));
    show(ctx, s, job);
  }

  /** A job's page: its result, its error (400), or its progress while it runs (202). */
  private void show(Context ctx, Session s, StoredJob job) {
    if (!job.finished()) {
      ctx.status(202);
      render(ctx, s, null, null, job);
    } else if (StoredJob.FAILED.equals(job.state())) {
      ctx.status(400);
      render(ctx, s, null, job.error(), null);
    } else {
      render(ctx, s, job.result(), null, null);
    }
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
    Lang lang = requests.lang(ctx);
    Path dir;
    Path file;
    try {
      dir = Files.createTempDirectory("sijil-upload");
      file = dir.resolve(name.isBlank() ? "upload.csv" : name);
      try (InputStream in = upload.content()) {
        Files.copy(in, file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String src = source.strip();
    String rel = release.strip();
    LocalDate date = asOf;
    String id =
        jobs.submit(
            "import",
            src + " / " + rel,
            s.user(),
            progress -> importJob(file, dir, src, rel, date, s.user(), lang, progress));
    boolean background = "1".equals(ctx.formParam("background"));
    show(ctx, s, jobs.await(id, background ? Duration.ZERO : SYNC_WAIT).orElseThrow());
  }

  /** The job: import and link, re-read the register; the upload is deleted whatever happens. */
  private String importJob(
      Path file,
      Path dir,
      String source,
      String release,
      LocalDate asOf,
      String by,
      Lang lang,
      org.sijil.app.ProgressListener progress) {
    try {
      String result = importer.importList(file, source, release, asOf, by, progress);
      reload.run();
      return result;
    } catch (UserError e) {
      // Messages name the file read; the analyst knows it by its own name, not the server's temp
      // path.
      throw new JobFailed(
          ErrorText.word(lang, e).replace(dir.toString() + java.io.File.separator, ""));
    } finally {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // a temporary file left behind is not worth failing the import for
      }
    }
  }

  private void render(Context ctx, Session s, String result, String error, StoredJob running) {
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
              if (running != null) {
                JobPages.progress(h, lang, running);
                return;
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
              // From the page, answer at once with the job's progress (the page follows it).
              h.open("input", "type", "hidden", "name", "background", "value", "1");
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
