package org.sijil.server;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.head;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sijil.server.auth.LoginThrottle;
import org.sijil.server.auth.Sessions;
import org.sijil.server.auth.UserStore;
import org.sijil.server.http.ClientGone;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.SearchGate;
import org.sijil.server.service.Importer;
import org.sijil.server.service.RegisterService;
import org.sijil.server.service.SuggestionBox;
import org.sijil.server.web.ApiHandlers;
import org.sijil.server.web.AuthHandlers;
import org.sijil.server.web.Downloads;
import org.sijil.server.web.ErrorPage;
import org.sijil.server.web.EstimateDownloads;
import org.sijil.server.web.FigurePages;
import org.sijil.server.web.ImportPages;
import org.sijil.server.web.IntegrityPages;
import org.sijil.server.web.JobPages;
import org.sijil.server.web.Lang;
import org.sijil.server.web.MemorialPage;
import org.sijil.server.web.PageHandlers;
import org.sijil.server.web.PersonPage;
import org.sijil.server.web.ReleasePages;
import org.sijil.server.web.Requests;
import org.sijil.server.web.ReviewPages;
import org.sijil.server.web.SearchPage;
import org.sijil.server.web.SuggestionPages;
import org.sijil.store.RegisterBusy;

/** Builds the Javalin app: the API under {@code /api}, the pages, static assets from the jar. */
public final class SijilServer {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SijilServer.class);

  /** Said when another process holds the register (its path is not shown to clients). */
  public static final String BUSY_MESSAGE =
      "the register is busy with an import or linkage run; nothing was changed, try again in a few seconds";

  /** Retry-After for a busy register. */
  public static final long BUSY_RETRY_SECONDS = 5;

  /** How long browsers remember to use HTTPS only: one year. */
  static final long HSTS_SECONDS = 365L * 24 * 3600;

  private SijilServer() {}

  /** The JSON mapper of the API: snake_case names, ISO dates. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  /** Creates (does not start) the app, without imports through the pages. */
  public static Javalin create(RegisterService register, UserStore users, ServerConfig config) {
    return create(register, users, config, null, () -> {});
  }

  /**
   * Creates (does not start) the app.
   *
   * @param importer imports uploaded lists; null when the pages offer no import
   * @param reload re-reads the register after an import
   */
  public static Javalin create(
      RegisterService register,
      UserStore users,
      ServerConfig config,
      Importer importer,
      Runnable reload) {
    return create(
        register, users, config, importer, reload, SuggestionBox.inMemory(config.clock()));
  }

  /**
   * Creates (does not start) the app.
   *
   * @param suggestions where readers' suggested corrections are kept for analysts
   */
  public static Javalin create(
      RegisterService register,
      UserStore users,
      ServerConfig config,
      Importer importer,
      Runnable reload,
      SuggestionBox suggestions) {
    ObjectMapper mapper = mapper();
    Sessions sessions = new Sessions(config.clock(), config.sessionIdle(), users.sessionStore());
    Requests requests = new Requests(sessions, config.secureCookies(), config.behindProxy());
    LoginThrottle throttle =
        new LoginThrottle(config.clock(), config.loginFailures(), config.loginWindow());
    SearchGate gate = new SearchGate(config.searchPermits());
    ApiHandlers api = new ApiHandlers(register, requests, mapper, gate);
    Downloads downloads = new Downloads(register, mapper, gate);
    org.sijil.server.web.DiffDownloads diffDownloads =
        new org.sijil.server.web.DiffDownloads(register, mapper);
    AuthHandlers auth = new AuthHandlers(users, sessions, throttle, requests);
    PageHandlers pages = new PageHandlers(requests);
    SearchPage searchPage = new SearchPage(register, pages, gate);
    PersonPage personPage = new PersonPage(register, requests, pages);
    MemorialPage memorial = new MemorialPage(register, pages, gate);
    FigurePages figures = new FigurePages(register, pages);
    ReleasePages releasePages = new ReleasePages(register, pages);
    org.sijil.server.web.CorrectionsPages corrections =
        new org.sijil.server.web.CorrectionsPages(register, pages);
    ReviewPages review = new ReviewPages(register, requests, api);
    byte[] openapi = resource("/sijil-openapi.json");
    ImportPages imports = new ImportPages(importer, requests, reload);
    JobPages jobPages = new JobPages(imports.jobs(), requests);
    org.sijil.server.web.LinkJobs links =
        new org.sijil.server.web.LinkJobs(importer, requests, reload, imports.jobs());
    IntegrityPages integrity = new IntegrityPages(pages);
    EstimateDownloads estimateDownloads = new EstimateDownloads(register);
    SuggestionPages suggest = new SuggestionPages(register, suggestions, sessions, requests);

    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.events.serverStopped(imports.jobs()::stop);
              cfg.jsonMapper(new JavalinJackson(mapper, false));
              cfg.http.gzipOnlyCompression();
              // Bodies beyond the limit are refused (413) before they are read or spooled to disk.
              cfg.http.maxRequestSize = config.maxRequestBytes();
              cfg.jetty.multipartConfig.maxFileSize(config.maxRequestBytes(), SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxTotalRequestSize(
                  config.maxRequestBytes(), SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/sijil-static";
                    sf.location = Location.CLASSPATH;
                  });
              cfg.router.apiBuilder(
                  () -> {
                    path(
                        "api",
                        () -> {
                          get(
                              "openapi.json",
                              ctx -> ctx.contentType("application/json").result(openapi));
                          get("persons", api::search);
                          get("persons/{id}", api::person);
                          get("releases", api::releases);
                          get("releases/{source}/{label}/diff", api::diff);
                          get("releases/{source}/{label}/diff.{format}", diffDownloads::diff);
                          head("releases/{source}/{label}/diff.{format}", diffDownloads::diff);
                          get("statistics", api::statistics);
                          get("corrections/{source}", corrections::api);
                          get("estimates", api::estimates);
                          get("estimates.csv", estimateDownloads::csv);
                          get("review", api::reviewQueue);
                          post("review/{pair}", api::decide);
                          post("session", auth::apiLogin);
                          post("session/end", auth::apiLogout);
                          get("jobs", jobPages::recent);
                          get("jobs/{id}", jobPages::job);
                          post("jobs/link", links::api);
                          get("download/persons.{format}", downloads::persons);
                          get("download/records.{format}", downloads::records);
                          head("download/persons.{format}", downloads::persons);
                          head("download/records.{format}", downloads::records);
                          get("download/dictionary.{format}", downloads::dictionary);
                          head("download/dictionary.{format}", downloads::dictionary);
                        });
                    get("/", searchPage::search);
                    get("/person/{id}", personPage::person);
                    get("/person/{id}/suggest", suggest::form);
                    post("/person/{id}/suggest", suggest::submit);
                    get("/suggestions", suggest::list);
                    get("/estimates/methods", figures::methods);
                    get("/releases", releasePages::releases);
                    get("/releases/{source}/{label}", releasePages::release);
                    get("/corrections/{source}", corrections::page);
                    get("/statistics", figures::statistics);
                    get("/estimates", figures::estimates);
                    get("/memorial", memorial::memorial);
                    get("/review", review::queue);
                    get("/review/{pair}", review::pair);
                    post("/review/{pair}", review::decide);
                    get("/import", imports::form);
                    post("/import", imports::submit);
                    get("/login", auth::loginPage);
                    post("/login", auth::loginSubmit);
                    post("/logout", auth::logout);
                    post("/link", links::page);
                    get(IntegrityPages.VERIFY_PATH, integrity::verify);
                  });
            });

    app.before(ctx -> ctx.attribute(org.sijil.server.incidents.IncidentRoutes.REQUESTS, requests));
    app.before(
        ctx -> {
          long length = ctx.req().getContentLengthLong();
          if (length > config.maxRequestBytes()) {
            throw new HttpError(
                413,
                "request body of "
                    + length
                    + " bytes is over this server's limit of "
                    + config.maxRequestBytes()
                    + " bytes");
          }
          if (requests.isHttps(ctx)) {
            // Only said over HTTPS (directly, or by a trusted proxy): browsers then refuse plain
            // HTTP here.
            ctx.header("Strict-Transport-Security", "max-age=" + HSTS_SECONDS);
          }
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "same-origin");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header(
              "Content-Security-Policy",
              "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'");
        });
    // After the headers above: a request answered "loading" still carries them.
    org.sijil.server.web.LoadingPages.add(app, register, requests);
    app.exception(HttpError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), requests, e));
    app.exception(
        com.fasterxml.jackson.core.JacksonException.class,
        (e, ctx) ->
            error(ctx, 400, "the body is not the JSON this endpoint takes", requests, null));
    app.exception(
        RegisterBusy.class,
        (e, ctx) -> {
          LOG.warn("register busy on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
          error(
              ctx,
              503,
              BUSY_MESSAGE,
              requests,
              new HttpError.Unavailable(BUSY_MESSAGE, BUSY_RETRY_SECONDS));
        });
    // Javalin's words for a path no route takes name its own term, "Endpoint": say it as a page.
    app.exception(
        EndpointNotFound.class,
        (e, ctx) -> error(ctx, 404, "no such page: " + ctx.path(), requests, null));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), requests, null));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          if (ClientGone.causedBy(e)) {
            // Nobody is left to answer, and nothing went wrong here: one line, no stack.
            LOG.info(ClientGone.line(ctx.method().name(), ctx.path()));
            return;
          }
          LOG.error("internal error on " + ctx.method() + " " + ctx.path(), e);
          error(ctx, 500, "internal error; the server log has the details", requests, null);
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            error(ctx, 404, "no such page: " + ctx.path(), requests, null);
          }
        });
    return app;
  }

  private static void error(
      Context ctx, int status, String message, Requests requests, HttpError e) {
    ctx.status(status);
    if (e instanceof HttpError.TooManyRequests t) {
      ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
    }
    if (e instanceof HttpError.Unavailable u) {
      ctx.header("Retry-After", Long.toString(u.retryAfterSeconds()));
    }
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("message", message);
      ctx.json(body);
      return;
    }
    if (status == 401 && ctx.method().name().equals("GET")) {
      ctx.redirect(
          "/login?next=" + Requests.encode(ctx.path()), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    Lang lang = requests.lang(ctx);
    ctx.html(ErrorPage.html(lang, status, message, Requests.switchHref(ctx, lang)));
  }

  private static byte[] resource(String name) {
    try (InputStream in = SijilServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
