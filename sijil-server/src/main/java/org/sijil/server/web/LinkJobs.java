package org.sijil.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.jobs.JobFailed;
import org.sijil.server.jobs.JobRunner;
import org.sijil.server.service.Importer;

/**
 * Link runs started from the web (analysts and admins) as background jobs, queued with the imports
 * on the same runner (one at a time per server): {@code POST /api/jobs/link} answers 202 with the
 * job to follow at {@code /api/jobs/{id}}; {@code POST /link} (a page form) goes to the import
 * page's panel for the job, which follows its progress and survives a reload. The result (records,
 * persons, pairs queued) is kept with the job; a failed run keeps its error and, being one
 * transaction, changes nothing.
 */
public final class LinkJobs {

  /** The job's kind and description, as listed by {@code /api/jobs}. */
  static final String KIND = "link";

  static final String DESCRIPTION = "every release in the register";

  private final Importer importer;
  private final Requests requests;
  private final Runnable reload;
  private final JobRunner jobs;

  public LinkJobs(Importer importer, Requests requests, Runnable reload, JobRunner jobs) {
    this.importer = importer;
    this.requests = requests;
    this.reload = reload;
    this.jobs = jobs;
  }

  /** {@code POST /api/jobs/link}: 202 with {@code id} and {@code url} of the new job. */
  public void api(Context ctx) {
    String id = start(ctx);
    ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", id, "url", "/api/jobs/" + id));
  }

  /** {@code POST /link}: to the page following the new job. */
  public void page(Context ctx) {
    String id = start(ctx);
    ctx.redirect("/import?job=" + Requests.encode(id), HttpStatus.SEE_OTHER);
  }

  private String start(Context ctx) {
    Session s = requests.requireRole(ctx, Role.ANALYST);
    requests.checkCsrf(ctx, s);
    if (importer == null) {
      throw new HttpError.NotFound("this server has no register file to link");
    }
    String by = s.user();
    return jobs.submit(
        KIND,
        DESCRIPTION,
        by,
        progress -> {
          try {
            String result = importer.link(by, progress);
            reload.run();
            return result;
          } catch (UserError e) {
            throw new JobFailed(e.getMessage());
          }
        });
  }
}
