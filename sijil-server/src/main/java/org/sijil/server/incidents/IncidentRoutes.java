package org.sijil.server.incidents;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Path;
import org.sijil.server.service.RegisterService;
import org.sijil.server.web.Requests;

/**
 * Adds the incident routes to a server over a register file: pages under {@code /incidents}, the
 * API under {@code /api/incidents}, {@code /api/statuses} and {@code /api/persons/{id}/status}.
 */
public final class IncidentRoutes {

  /** Request attribute holding the server's {@link Requests} (set by {@code SijilServer}). */
  public static final String REQUESTS = "sijil.requests";

  /** Request attribute holding the {@link IncidentSite} (for the person page's status section). */
  static final String SITE = "sijil.incidents";

  /** Request attribute holding the served register (sources' names on the status section). */
  static final String REGISTER = "sijil.incidents.register";

  private IncidentRoutes() {}

  /** The server's request helpers, as {@code SijilServer} put them on the request. */
  static Requests requests(Context ctx) {
    Requests r = ctx.attribute(REQUESTS);
    if (r == null) {
      throw new IllegalStateException("SijilServer did not set the " + REQUESTS + " attribute");
    }
    return r;
  }

  /** Adds the routes; {@code register} is the served register (names of victims). */
  public static void add(Javalin app, Path db, RegisterService register) {
    IncidentSite site = new IncidentSite(db);
    app.events(e -> e.serverStopped(site::close));
    IncidentApi api = new IncidentApi(site, register);
    IncidentPages pages = new IncidentPages(site, register);
    IncidentForms forms = new IncidentForms(site);
    IncidentMap map = new IncidentMap(site);
    TypePages types = new TypePages(site);
    app.before(ctx -> ctx.attribute(SITE, site));
    app.before(ctx -> ctx.attribute(REGISTER, register));
    app.get("/api/incidents", api::list);
    app.post("/api/incidents", api::save);
    app.get("/api/incidents/figures", api::figures);
    app.get("/api/incidents/{id}", api::show);
    app.post("/api/incidents/{id}/victims", api::victim);
    app.get("/api/incidents/{id}/dossier", api::dossier);
    app.get("/api/incident-types", api::types);
    app.post("/api/incident-types", types::addJson);
    app.get("/api/statuses", api::statuses);
    app.get("/api/persons/{id}/status", api::status);
    app.post("/api/persons/{id}/status", api::grade);
    app.get("/incidents", pages::list);
    app.get("/incidents/map", map::map);
    app.get("/incidents/timeline", map::timeline);
    app.get("/incidents/types", types::page);
    app.post("/incidents/types", types::add);
    app.get("/incidents/new", forms::newForm);
    app.post("/incidents/new", forms::create);
    app.get("/incidents/{id}", pages::show);
    app.get("/incidents/{id}/edit", forms::editForm);
    app.post("/incidents/{id}/edit", forms::edit);
    app.post("/incidents/{id}/victims", forms::victim);
    app.post("/person/{id}/status", forms::grade);
  }
}
