package org.sijil.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.users.ManageUsers;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.ServerConfig;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * A real server on a random port over a register file with a small list of clearly artificial
 * records ("اسم تجريبي"), a field reporter ({@value #FIELD}, role field), a viewer ({@value
 * #VIEWER}) and an analyst ({@value #ANALYST}).
 */
public final class IntakeTestSite implements AutoCloseable {

  public static final String FIELD = "field1";
  public static final String VIEWER = "viewer1";
  public static final String ANALYST = "amal";
  public static final String PASSWORD = "a long enough password";
  static final ObjectMapper JSON = new ObjectMapper();

  public final Path db;
  final Javalin app;
  public final String base;

  public IntakeTestSite(Path dir) throws Exception {
    this(dir, reg -> {});
  }

  /**
   * As {@link #IntakeTestSite(Path)}; {@code beforeLink} runs on the register before the link run.
   */
  public IntakeTestSite(Path dir, java.util.function.Consumer<Register> beforeLink)
      throws Exception {
    db = dir.resolve("r.db");
    Actor tester = new Actor("tester");
    Path csv = dir.resolve("list.csv");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 10; i++) {
      s.append("T-").append(i).append(",سامي اسم").append(i).append(" تجريبي,").append(20 + i);
      s.append('\n');
    }
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    try (Register reg = Register.open(db)) {
      new ManageUsers(reg).save(FIELD, "field", PASSWORD.toCharArray(), 4, tester);
      new ManageUsers(reg).save(VIEWER, "viewer", PASSWORD.toCharArray(), 4, tester);
      new ManageUsers(reg).save(ANALYST, "analyst", PASSWORD.toCharArray(), 4, tester);
      new ImportRelease(reg)
          .run(
              new ImportRelease.Request(csv, "test", "r1", null, ReadOptions.defaults(), false),
              tester,
              ProgressListener.NONE);
      beforeLink.accept(reg);
      new LinkRegister(reg)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              tester,
              ProgressListener.NONE);
    }
    app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  /** Every stored submission of the form's source. */
  public List<Intake.Stored> stored() {
    try (Register reg = Register.open(db)) {
      return reg.intake().all("family-report");
    }
  }

  public static HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Signs {@code user} in on {@code c}; the session's CSRF token. */
  public String login(HttpClient c, String user) throws Exception {
    HttpResponse<String> r =
        postJson(
            c,
            "/api/session",
            "{\"name\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}",
            null);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body()).get("csrf_token").asText();
  }

  public HttpResponse<String> postJson(HttpClient c, String path, String body, String csrf)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(HttpClient c, String path) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    app.stop();
  }
}
