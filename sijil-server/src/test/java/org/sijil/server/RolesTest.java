package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.app.users.Passwords;
import org.sijil.app.users.Role;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.auth.User;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.service.InMemoryRegister;

/**
 * Which role may use which endpoint, against a real server: for each class of endpoint (public
 * reads, analysts' reads, review decisions by page and API, the import page, signing out), the
 * anonymous public, a viewer, an analyst and an admin get exactly the status listed.
 */
class RolesTest {

  private static final String PASSWORD = "correct horse battery";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Javalin app;
  private static String base;
  private static String pair;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Map<Role, String[]> SIGNED_IN = new EnumMap<>(Role.class);

  /** The roles that read the analysts' pages: every role but field. */
  private static final Role[] READERS = {Role.VIEWER, Role.ANALYST, Role.ADMIN};

  @BeforeAll
  static void start() throws Exception {
    InMemoryRegister register = new InMemoryRegister(SyntheticRegister.generate(300, 7));
    InMemoryUserStore users = new InMemoryUserStore();
    for (Role r : Role.values()) {
      users.save(new User(r.code() + "1", r, Passwords.hash(PASSWORD.toCharArray(), 4)));
    }
    app = SijilServer.create(register, users, ServerConfig.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    pair = register.reviewQueue().get(0).pairId();
    for (Role r : Role.values()) {
      SIGNED_IN.put(r, signIn(r.code() + "1"));
    }
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void theNewRoleIsTheLowest() {
    assertTrue(Role.VIEWER.allows(Role.FIELD));
    assertFalse(Role.FIELD.allows(Role.VIEWER));
    assertEquals(Role.FIELD, Role.parse("field"));
    assertTrue(Role.ADMIN.allows(Role.ANALYST));
    assertTrue(Role.ANALYST.allows(Role.VIEWER));
    assertFalse(Role.VIEWER.allows(Role.ANALYST));
    assertFalse(Role.ANALYST.allows(Role.ADMIN));
    assertEquals(Role.VIEWER, Role.parse("Viewer"));
  }

  @Test
  void publicReadsAreOpenToEveryone() throws Exception {
    for (String path : new String[] {"/", "/releases", "/api/persons?q=a", "/api/releases"}) {
      assertEquals(200, send(null, "GET", path, null, null).statusCode(), path);
      for (Role r : Role.values()) {
        assertEquals(200, send(r, "GET", path, null, null).statusCode(), r + " " + path);
      }
    }
  }

  @Test
  void analystsPagesCanBeReadByEveryRoleButNotAnonymously() throws Exception {
    for (String path : new String[] {"/review", "/review/" + pair}) {
      HttpResponse<String> anon = send(null, "GET", path, null, null);
      assertEquals(303, anon.statusCode(), path);
      assertTrue(anon.headers().firstValue("Location").orElse("").startsWith("/login?next="));
      for (Role r : READERS) {
        assertEquals(200, send(r, "GET", path, null, null).statusCode(), r + " " + path);
      }
    }
    assertEquals(401, send(null, "GET", "/api/review", null, null).statusCode());
    for (Role r : READERS) {
      assertEquals(200, send(r, "GET", "/api/review", null, null).statusCode(), r.code());
    }
    // a field reporter only sends intake reports (FieldRoleTest has every endpoint group)
    for (String path : new String[] {"/review", "/review/" + pair, "/api/review"}) {
      assertEquals(403, send(Role.FIELD, "GET", path, null, null).statusCode(), path);
    }
    String viewerPage = send(Role.VIEWER, "GET", "/review/" + pair, null, null).body();
    assertTrue(viewerPage.contains("id=\"read-only\""), "a viewer is told the page is read-only");
    assertFalse(viewerPage.contains("decide-match"), "and gets no decision buttons");
    assertTrue(
        send(Role.ANALYST, "GET", "/review/" + pair, null, null).body().contains("decide-match"));
  }

  @Test
  void reviewDecisionsNeedAnAnalystOrAdmin() throws Exception {
    String api = "/api/review/" + pair;
    String json = "{\"decision\":\"match\"}";
    assertEquals(401, send(null, "POST", api, json, "application/json").statusCode());
    assertEquals(403, send(Role.VIEWER, "POST", api, json, "application/json").statusCode());
    assertEquals(403, send(Role.FIELD, "POST", api, json, "application/json").statusCode());
    assertEquals(200, send(Role.ANALYST, "POST", api, json, "application/json").statusCode());
    assertEquals(200, send(Role.ADMIN, "POST", api, json, "application/json").statusCode());

    String page = "/review/" + pair;
    String form = "decision=non-match";
    String type = "application/x-www-form-urlencoded";
    assertEquals(401, send(null, "POST", page, form, type).statusCode());
    HttpResponse<String> viewer = send(Role.VIEWER, "POST", page, form, type);
    assertEquals(403, viewer.statusCode());
    assertTrue(viewer.body().contains("viewer"), viewer.body());
    assertEquals(303, send(Role.ANALYST, "POST", page, form, type).statusCode());
    assertEquals(303, send(Role.ADMIN, "POST", page, form, type).statusCode());
  }

  @Test
  void importingNeedsAnAnalystOrAdmin() throws Exception {
    assertEquals(303, send(null, "GET", "/import", null, null).statusCode());
    assertEquals(403, send(Role.VIEWER, "GET", "/import", null, null).statusCode());
    assertEquals(403, send(Role.FIELD, "GET", "/import", null, null).statusCode());
    assertEquals(200, send(Role.ANALYST, "GET", "/import", null, null).statusCode());
    assertEquals(200, send(Role.ADMIN, "GET", "/import", null, null).statusCode());
    String type = "application/x-www-form-urlencoded";
    assertEquals(401, send(null, "POST", "/import", "source=a", type).statusCode());
    assertEquals(403, send(Role.VIEWER, "POST", "/import", "source=a", type).statusCode());
    // Allowed past the role check; this server has no register file to import into.
    assertEquals(404, send(Role.ANALYST, "POST", "/import", "source=a", type).statusCode());
    assertFalse(
        send(Role.VIEWER, "GET", "/", null, null).body().contains("href=\"/import\""),
        "viewers are not offered the import page");
  }

  @Test
  void linkRunsNeedAnAnalystOrAdmin() throws Exception {
    for (String path : new String[] {"/api/jobs/link", "/link"}) {
      assertEquals(401, send(null, "POST", path, "", null).statusCode(), path);
      assertEquals(403, send(Role.VIEWER, "POST", path, "", null).statusCode(), path);
      assertEquals(403, send(Role.FIELD, "POST", path, "", null).statusCode(), path);
      // Allowed past the role check; this server has no register file to link.
      assertEquals(404, send(Role.ANALYST, "POST", path, "", null).statusCode(), path);
      assertEquals(404, send(Role.ADMIN, "POST", path, "", null).statusCode(), path);
    }
  }

  @Test
  void everyRoleMaySignOut() throws Exception {
    assertEquals(401, send(null, "POST", "/api/session/end", "", "application/json").statusCode());
    for (Role r : Role.values()) {
      String[] session = signIn(r.code() + "1");
      HttpResponse<String> end =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/api/session/end"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .header("Cookie", session[0])
                  .header("X-CSRF-Token", session[1])
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(204, end.statusCode(), r.code());
    }
  }

  private static HttpResponse<String> send(
      Role role, String method, String path, String body, String type) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (role != null) {
      String[] session = SIGNED_IN.get(role);
      b.header("Cookie", session[0]).header("X-CSRF-Token", session[1]);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Signs in through the API: the session cookie and its CSRF token. */
  static String[] signIn(String name) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    return new String[] {
      r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
      body.get("csrf_token").asText()
    };
  }
}
