package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.Map;
import org.sijil.app.users.Role;
import org.sijil.server.http.HttpError;
import org.sijil.server.jobs.JobRunner;
import org.sijil.store.StoredJob;

/**
 * Background jobs in the API ({@code GET /api/jobs}, {@code GET /api/jobs/{id}}: any signed-in
 * role) and the progress panel the import page shows while one runs.
 */
public final class JobPages {

  /** How many jobs {@code GET /api/jobs} lists, newest first. */
  static final int RECENT = 20;

  private final JobRunner jobs;
  private final Requests requests;

  public JobPages(JobRunner jobs, Requests requests) {
    this.jobs = jobs;
    this.requests = requests;
  }

  /** {@code GET /api/jobs/{id}}: state, progress, result or error, who started it. */
  public void job(Context ctx) {
    requests.requireRole(ctx, Role.VIEWER);
    ctx.json(find(ctx.pathParam("id")));
  }

  /** {@code GET /api/jobs}: the newest jobs. */
  public void recent(Context ctx) {
    requests.requireRole(ctx, Role.VIEWER);
    ctx.json(Map.of("jobs", jobs.recent(RECENT)));
  }

  StoredJob find(String id) {
    return jobs.find(id).orElseThrow(() -> new HttpError.NotFound("no job '" + id + "'"));
  }

  /** The panel of a job still queued or running; {@code jobs.js} keeps it current. */
  static void progress(Html h, Lang lang, StoredJob job) {
    h.open("section", "id", "job", "class", "card", "data-job", job.id(), "aria-live", "polite");
    h.el("h2", lang.t("job.running") + ": " + job.description(), "dir", "auto");
    String counts =
        job.total() > 0 ? job.done() + " / " + job.total() : job.done() > 0 ? "" + job.done() : "";
    h.el(
        "p",
        (job.phase() == null ? lang.t("job." + job.state()) : job.phase())
            + (counts.isEmpty() ? "" : ": " + counts),
        "id",
        "job-state");
    if (job.total() > 0) {
      h.open(
              "progress",
              "id",
              "job-progress",
              "max",
              Long.toString(job.total()),
              "value",
              Long.toString(job.done()))
          .close("progress");
    } else {
      h.open("progress", "id", "job-progress").close("progress");
    }
    h.el("p", lang.t("job.startedBy") + ": " + job.startedBy(), "class", "note");
    h.open("p", "class", "note")
        .open("a", "href", "/import?job=" + Requests.encode(job.id()), "id", "job-link")
        .text(lang.t("job.reload"))
        .close("a")
        .close("p");
    h.close("section");
    h.raw("<script src=\"/static/jobs.js\"></script>");
  }
}
