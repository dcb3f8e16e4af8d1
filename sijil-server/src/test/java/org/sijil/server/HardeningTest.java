package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The attacks of issue 11 against a real server behind a (simulated) proxy: open redirects after
 * sign-in, cross-site and non-JSON sign-ins, locking an analyst out, bad JSON, oversized bodies,
 * HTTPS headers.
 */
class HardeningTest {

  static Javalin app;
  static String base;
  static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  static final String LOGIN =
      "{\"name\":\"" + TestServer.ANALYST + "\",\"password\":\"" + TestServer.PASSWORD + "\"}";

  @BeforeAll
  static void start() {
    InMemoryUserStore users = new InMemoryUserStore();
    users.save(
        new User(
            TestServer.ANALYST,
            Role.ANALYST,
            Passwords.hash(TestServer.PASSWORD.toCharArray(), 4)));
    ServerConfig config =
        ServerConfig.defaults().withBehindProxy(true).withMaxRequestBytes(64 * 1024);
    app =
        SijilServer.create(new InMemoryRegister(SyntheticRegister.generate(50, 7)), users, config)
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static HttpResponse<String> send(
      String method, String path, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Signs in through the login form with {@code next}; returns the redirect target. */
  static String formLoginRedirect(String next) throws Exception {
    HttpResponse<String> page = send("GET", "/login", null, null);
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("sijil_login_csrf="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];
    String token = cookie.substring(cookie.indexOf('=') + 1);
    String form =
        "_csrf="
            + token
            + "&name="
            + TestServer.ANALYST
            + "&password="
            + URLEncoder.encode(TestServer.PASSWORD, StandardCharsets.UTF_8)
            + "&next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        send(
            "POST",
            "/login",
            "application/x-www-form-urlencoded",
            form,
            "Cookie",
            cookie,
            "X-Forwarded-For",
            "10.1.0.1",
            "Origin",
            base);
    assertEquals(303, r.statusCode(), r.body());
    return r.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void signInRedirectsOnlyToPathsOnThisSite() throws Exception {
    for (String evil :
        List.of(
            "/\t/evil.example",
            "/%09/evil.example",
            "//evil.example",
            "/\\evil.example",
            "/%5Cevil.example",
            "/%2F/evil.example",
            "/%252F%252Fevil.example",
            "https://evil.example/",
            "/\n/evil.example",
            "/\u0000x",
            "javascript:alert(1)",
            "/ /evil.example")) {
      assertEquals("/review", formLoginRedirect(evil), evil);
    }
    assertEquals("/person/P000001?lang=ar", formLoginRedirect("/person/P000001?lang=ar"));
  }

  @Test
  void signInTakesOnlyJsonFromThisSite() throws Exception {
    assertEquals(
        415,
        send("POST", "/api/session", "text/plain", LOGIN, "X-Forwarded-For", "10.2.0.1")
            .statusCode());
    assertEquals(
        403,
        send(
                "POST",
                "/api/session",
                "application/json",
                LOGIN,
                "X-Forwarded-For",
                "10.2.0.1",
                "Origin",
                "https://evil.example")
            .statusCode());
    assertEquals(
        403,
        send(
                "POST",
                "/api/session",
                "application/json",
                LOGIN,
                "X-Forwarded-For",
                "10.2.0.1",
                "Sec-Fetch-Site",
                "cross-site")
            .statusCode());
    assertEquals(
        403,
        send(
                "POST",
                "/login",
                "application/x-www-form-urlencoded",
                "name=a&password=b",
                "X-Forwarded-For",
                "10.2.0.1",
                "Origin",
                "https://evil.example")
            .statusCode());
    assertEquals(
        200,
        send(
                "POST",
                "/api/session",
                "application/json",
                LOGIN,
                "X-Forwarded-For",
                "10.2.0.1",
                "Origin",
                base,
                "Sec-Fetch-Site",
                "same-origin")
            .statusCode());
  }

  @Test
  void failuresFromElsewhereNeverLockTheAnalystOut() throws Exception {
    String wrong = "{\"name\":\"" + TestServer.ANALYST + "\",\"password\":\"not the password\"}";
    int throttled = 0;
    for (int i = 0; i < 12; i++) {
      int status =
          send("POST", "/api/session", "application/json", wrong, "X-Forwarded-For", "10.3.0.66")
              .statusCode();
      assertTrue(status == 401 || status == 429, "status " + status);
      throttled += status == 429 ? 1 : 0;
    }
    assertTrue(throttled > 0, "the guessing address is slowed");
    HttpResponse<String> real =
        send("POST", "/api/session", "application/json", LOGIN, "X-Forwarded-For", "10.3.0.1");
    assertEquals(200, real.statusCode(), real.body());
  }

  @Test
  void malformedJsonIs400() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/session",
            "application/json",
            "{\"name\": [",
            "X-Forwarded-For",
            "10.4.0.1");
    assertEquals(400, r.statusCode(), r.body());
    HttpResponse<String> login =
        send("POST", "/api/session", "application/json", LOGIN, "X-Forwarded-For", "10.4.0.2");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String csrf = login.body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
    for (String bad :
        List.of("{\"decision\": [", "not json", "[1,2]", "{\"decision\": {\"a\": 1}}")) {
      HttpResponse<String> d =
          send(
              "POST",
              "/api/review/R1",
              "application/json",
              bad,
              "Cookie",
              cookie,
              "X-CSRF-Token",
              csrf);
      assertEquals(400, d.statusCode(), bad + ": " + d.body());
    }
  }

  @Test
  void oversizedBodiesAre413WithoutServerPaths() throws Exception {
    String big = "x".repeat(200 * 1024);
    HttpResponse<String> r =
        send("POST", "/api/session", "application/json", big, "X-Forwarded-For", "10.5.0.1");
    assertEquals(413, r.statusCode(), r.body());
    assertFalse(r.body().contains("/tmp"), r.body());
    String boundary = "b0undary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\n\r\n"
            + big
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> up =
        send(
            "POST",
            "/import",
            "multipart/form-data; boundary=" + boundary,
            multipart,
            "X-Forwarded-For",
            "10.5.0.1");
    assertEquals(413, up.statusCode(), up.body());
    assertFalse(up.body().contains("/tmp") || up.body().contains("MultiPart"), up.body());
  }

  @Test
  void httpsThroughTheProxyGetsHstsAndSecureCookies() throws Exception {
    HttpResponse<String> tls = send("GET", "/login", null, null, "X-Forwarded-Proto", "https");
    assertTrue(
        tls.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
    assertTrue(tls.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("Secure")));
    HttpResponse<String> plain = send("GET", "/login", null, null);
    assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
  }

  @Test
  void withoutBehindProxyForwardedHeadersAreNotBelieved() throws Exception {
    try (TestServer direct = new TestServer(20)) {
      HttpResponse<String> r = direct.get("/login", "X-Forwarded-Proto", "https");
      assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty());
      assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")));
    }
  }
}
