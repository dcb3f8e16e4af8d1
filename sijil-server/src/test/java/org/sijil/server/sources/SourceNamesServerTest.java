package org.sijil.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.users.ManageUsers;
import org.sijil.server.ServerConfig;
import org.sijil.server.incidents.IncidentServerTest;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * Source names on a real server over a register of two artificial lists ({@code hospital}, {@code
 * family}): the analysts' form, the names on pages in both languages, the code where no name is
 * set, and names isolated so a mixed-script name does not reorder the text around it.
 */
class SourceNamesServerTest {

  static final String PASSWORD = "a long enough password";
  static final String ENGLISH = "Test hospital list (مستشفى)";
  static final String ARABIC = "قائمة المستشفى التجريبية";

  @TempDir static Path dir;
  static Javalin app;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      IncidentServerTest.lists(reg, dir);
      new ManageUsers(reg).save("amal", "analyst", PASSWORD.toCharArray(), 4, new Actor("tester"));
    }
    app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void analystsNamePagesShowTheNameInTheirLanguageOrTheCode() throws Exception {
    HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String before = get(c, "/releases?lang=en").body();
    assertTrue(before.contains(">hospital</bdi>"), "the code while no name is set");

    assertEquals(401, post(c, "hospital", "X", "Y", null).statusCode(), "not signed in");
    String csrf = login(c);
    HttpResponse<String> saved = post(c, "hospital", ENGLISH, ARABIC, csrf);
    assertEquals(303, saved.statusCode(), saved.body());
    HttpResponse<String> empty = post(c, "family", " ", "", csrf);
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("id=\"source-error\""), empty.body());

    String en = get(c, "/releases?lang=en").body();
    assertTrue(en.contains("title=\"hospital\">" + esc(ENGLISH) + "</bdi>"), en);
    assertTrue(en.contains("title=\"family\">family</bdi>"), "no name set: the code");
    assertFalse(en.contains(ARABIC), "an English page never shows the Arabic name");
    String ar = get(c, "/releases?lang=ar").body();
    assertTrue(ar.contains(">" + ARABIC + "</bdi>"), ar);
    assertFalse(ar.contains(esc(ENGLISH)));

    // Running text: the mixed-script name is isolated (FSI … PDI) so " · r1" keeps its place.
    String release = get(c, "/releases/hospital/r1?lang=en").body();
    assertTrue(release.contains("\u2068" + esc(ENGLISH) + "\u2069 · r1"), release);
    String person = get(c, "/person/P1?lang=en").body();
    assertTrue(person.contains("\u2068" + esc(ENGLISH) + "\u2069"), "status and citation");
    assertTrue(person.contains("of family (r1)"), "the code as before when no name is set");
    assertTrue(get(c, "/person/P1?lang=ar").body().contains("\u2068" + ARABIC + "\u2069"));
    assertTrue(get(c, "/statistics?lang=ar").body().contains(ARABIC), "the chart's bars");
    assertTrue(get(c, "/?q=%D8%B3%D8%A7%D9%85%D9%8A&lang=ar").body().contains(ARABIC), "search");

    // The data stamp of a register with a log is the log's, reloaded with the new name's entry.
    HttpResponse<String> csv = get(c, "/api/download/persons.csv");
    String stamp = csv.headers().firstValue("X-Sijil-Snapshot").orElseThrow();
    assertEquals("log", csv.headers().firstValue("X-Sijil-Snapshot-Kind").orElseThrow());
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      assertEquals(org.sijil.app.integrity.LogStamp.of(reg).orElseThrow(), stamp);
    }
    assertTrue(en.contains("class=\"note data-stamp log\""), "the page says where it comes from");
    assertTrue(get(c, "/statistics?lang=en").body().contains(">" + stamp + "</bdi>"));

    String list = get(c, "/sources?lang=en").body();
    assertTrue(list.contains("amal"), "who named it");
    assertTrue(list.contains("value=\"" + esc(ENGLISH) + "\""), list);
  }

  private static String esc(String s) {
    return org.sijil.server.web.Html.escape(s);
  }

  private static HttpResponse<String> get(HttpClient c, String path) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      HttpClient c, String source, String english, String arabic, String csrf) throws Exception {
    String body =
        "source="
            + enc(source)
            + "&english="
            + enc(english)
            + "&arabic="
            + enc(arabic)
            + (csrf == null ? "" : "&_csrf=" + enc(csrf));
    return c.send(
        HttpRequest.newBuilder(URI.create(base + "/sources"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String login(HttpClient c) throws Exception {
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"amal\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return new ObjectMapper().readTree(r.body()).get("csrf_token").asText();
  }
}
