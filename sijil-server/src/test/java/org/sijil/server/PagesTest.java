package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Person;

class PagesTest {

  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(300);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void arabicPagesAreRightToLeftAndTheChoiceIsRemembered() throws Exception {
    HttpResponse<String> ar = server.get("/?lang=ar");
    assertTrue(ar.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
    String cookie = ar.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertEquals("sijil_lang=ar", cookie);
    assertTrue(server.get("/statistics", "Cookie", cookie).body().contains("dir=\"rtl\""));
    assertTrue(server.get("/statistics").body().contains("<html lang=\"en\" dir=\"ltr\">"));
    assertTrue(server.get("/", "Accept-Language", "ar-PS,ar;q=0.9").body().contains("dir=\"rtl\""));
  }

  @Test
  void everyPublicPageRenders() throws Exception {
    for (String path :
        new String[] {
          "/",
          "/?q=x",
          "/statistics",
          "/estimates",
          "/releases",
          "/releases/moh/2024-03",
          "/releases/moh/2024-01",
          "/memorial",
          "/memorial?place="
              + URLEncoder.encode("رفح", StandardCharsets.UTF_8)
              + "&min_age=0&max_age=17",
          "/login"
        }) {
      for (String lang : new String[] {"ar", "en"}) {
        HttpResponse<String> r =
            server.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.body().contains("</html>"), path);
      }
    }
  }

  @Test
  void personPageShowsBothScriptsEverySourceAndStaysSmall() throws Exception {
    Person p =
        server
            .register
            .matching(
                new org.sijil.server.model.SearchQuery(
                    "", null, null, null, "family", null, null, null, null, 0, 1))
            .get(0);
    HttpResponse<String> r = server.get("/person/" + p.personId());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains(p.nameAr()));
    assertTrue(r.body().contains(p.nameEn()));
    for (var rec : p.records()) {
      assertTrue(r.body().contains(rec.source() + " · " + rec.release()), rec.recordId());
    }
    assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length < 100_000);
  }

  @Test
  void userTextIsEscaped() throws Exception {
    String evil = "<script>alert(1)</script>\"'";
    String body = server.get("/?q=" + URLEncoder.encode(evil, StandardCharsets.UTF_8)).body();
    assertFalse(body.contains("<script>alert"));
    assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"));
  }

  @Test
  void reviewPagesNeedSignInAndFormsCarryCsrf() throws Exception {
    HttpResponse<String> r = server.get("/review");
    assertEquals(303, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login?next="));
    HttpResponse<String> post =
        server.client.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/review/R1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("decision=match"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, post.statusCode());
    HttpResponse<String> login = server.get("/login");
    assertTrue(login.body().contains("name=\"_csrf\""));
  }

  @Test
  void securityHeadersAreSet() throws Exception {
    HttpResponse<String> r = server.get("/");
    assertTrue(
        r.headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .contains("default-src 'self'"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  @Test
  void aPageThatIsNotThereSaysSoInTheReadersLanguageAndLeadsToTheSearch() throws Exception {
    HttpResponse<String> ar = server.get("/no-such-page?lang=ar");
    assertEquals(404, ar.statusCode());
    assertTrue(ar.body().contains("<h1>لا توجد صفحة بهذا العنوان</h1>"), ar.body());
    assertTrue(ar.body().contains("<a href=\"/\">ابحث في السجل</a>"), ar.body());
    assertTrue(ar.body().contains("404 — no such page: /no-such-page"), ar.body());
    assertFalse(ar.body().contains("Endpoint"), "Javalin's own words: " + ar.body());

    HttpResponse<String> person = server.get("/person/P0000000?lang=en");
    assertEquals(404, person.statusCode());
    assertTrue(person.body().contains("<h1>No page at this address</h1>"), person.body());
    assertTrue(person.body().contains("no person with id &#39;P0000000&#39;"), person.body());

    HttpResponse<String> api = server.get("/api/no-such-thing");
    assertEquals(404, api.statusCode());
    assertEquals("{\"status\":404,\"message\":\"no such page: /api/no-such-thing\"}", api.body());
  }

  @Test
  void aRangeGivenTheWrongWayRoundIsSaidBesideTheFormInTheReadersLanguage() throws Exception {
    HttpResponse<String> search = server.get("/?q=x&min_age=50&max_age=10&lang=ar");
    assertEquals(400, search.statusCode());
    assertTrue(search.body().contains("العمر الأول أكبر من الثاني"), search.body());
    assertTrue(search.body().contains("value=\"50\""), "the form as typed: " + search.body());
    assertTrue(search.body().contains("value=\"10\""), search.body());
    assertFalse(search.body().contains("result-count"), "no search: " + search.body());

    HttpResponse<String> memorial =
        server.get("/memorial?dod_from=2024-03-01&dod_to=2024-01-01&lang=en");
    assertEquals(400, memorial.statusCode());
    assertTrue(
        memorial.body().contains("The first date of death is after the second"), memorial.body());
    assertTrue(memorial.body().contains("value=\"2024-03-01\""), memorial.body());
    assertFalse(memorial.body().contains("memorial-list"), memorial.body());

    HttpResponse<String> api = server.get("/api/persons?min_age=50&max_age=10");
    assertEquals(400, api.statusCode());
    assertTrue(
        api.body().contains("parameter 'min_age' (50) must not exceed 'max_age' (10)"), api.body());
  }
}
