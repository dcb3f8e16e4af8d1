package org.sijil.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.intake.ContactSeal;
import org.sijil.store.Intake;

/** The intake endpoint and pages against a real server over a register file (issue 17). */
class IntakeServerTest {

  @TempDir static Path dir;
  static IntakeTestSite site;

  @BeforeAll
  static void start() throws Exception {
    site = new IntakeTestSite(dir);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  static String report(String key, String name) {
    return "{\"key\":\""
        + key
        + "\",\"fields\":{\"name_ar\":\""
        + name
        + "\",\"sex\":\"f\",\"age\":\"40\",\"dod\":\"2024-01-05\",\"relation\":\"test\","
        + "\"consent\":\"yes\"},\"contact\":\"test-contact-0000\"}";
  }

  private static Intake.Stored stored(String submission) {
    return site.stored().stream().filter(s -> s.id().equals(submission)).findFirst().orElseThrow();
  }

  @Test
  void theSameKeyTwiceIsOneRecordAndTheFirstAnswer() throws Exception {
    HttpClient c = IntakeTestSite.client();
    String csrf = site.login(c, IntakeTestSite.FIELD);
    String key = UUID.randomUUID().toString();
    int before = site.stored().size();
    HttpResponse<String> first =
        site.postJson(c, "/api/intake/submissions", report(key, "سارة اسم تجريبي"), csrf);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> again =
        site.postJson(c, "/api/intake/submissions", report(key, "سارة اسم تجريبي"), csrf);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(first.body(), again.body(), "a repeat answers with the first result");
    assertEquals("true", again.headers().firstValue(IntakeApi.REPLAYED).orElse(""));
    // even a different body under the same key is not a second record
    HttpResponse<String> changed =
        site.postJson(c, "/api/intake/submissions", report(key, "اسم آخر تجريبي"), csrf);
    assertEquals(first.body(), changed.body());
    assertEquals(before + 1, site.stored().size(), "stored exactly once");
    JsonNode answer = IntakeTestSite.JSON.readTree(first.body());
    assertEquals(key, answer.get("key").asText());
    assertEquals(Intake.PENDING, answer.get("status").asText());
    Intake.Stored s = stored(answer.get("submission").asText());
    assertEquals("form", s.channel());
    assertEquals(IntakeTestSite.FIELD, s.receivedBy());
    assertTrue(ContactSeal.isSealed(s.contactSealed()), "the contact is sealed at rest");
    assertFalse(s.fieldsJson().contains("test-contact"));
  }

  @Test
  void aReportBreakingARuleIsRejectedWithTheReasonAndNothingStored() throws Exception {
    HttpClient c = IntakeTestSite.client();
    String csrf = site.login(c, IntakeTestSite.FIELD);
    int before = site.stored().size();
    String noName = "{\"key\":\"" + UUID.randomUUID() + "\",\"fields\":{\"sex\":\"m\"}}";
    HttpResponse<String> r = site.postJson(c, "/api/intake/submissions", noName, csrf);
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(r.body().contains("no name"), r.body());
    HttpResponse<String> badKey =
        site.postJson(c, "/api/intake/submissions", report("x", "اسم تجريبي"), csrf);
    assertEquals(422, badKey.statusCode());
    assertTrue(badKey.body().contains("key must be"), badKey.body());
    String unknown =
        "{\"key\":\"" + UUID.randomUUID() + "\",\"fields\":{\"name_en\":\"Test\",\"color\":\"x\"}}";
    HttpResponse<String> field = site.postJson(c, "/api/intake/submissions", unknown, csrf);
    assertEquals(422, field.statusCode());
    assertTrue(field.body().contains("color"), field.body());
    assertEquals(before, site.stored().size());
  }

  @Test
  void sendingNeedsASignedInUserAndTheCsrfToken() throws Exception {
    String body = report(UUID.randomUUID().toString(), "اسم تجريبي");
    HttpClient anon = IntakeTestSite.client();
    assertEquals(401, site.postJson(anon, "/api/intake/submissions", body, null).statusCode());
    assertEquals(401, site.get(anon, "/api/intake/session").statusCode());
    HttpClient c = IntakeTestSite.client();
    String csrf = site.login(c, IntakeTestSite.FIELD);
    assertEquals(403, site.postJson(c, "/api/intake/submissions", body, "wrong").statusCode());
    HttpResponse<String> session = site.get(c, "/api/intake/session");
    assertEquals(200, session.statusCode());
    assertEquals(csrf, IntakeTestSite.JSON.readTree(session.body()).get("csrf").asText());
  }

  @Test
  void theQueuePageIsForAnalystsWhoConfirm() throws Exception {
    HttpClient field = IntakeTestSite.client();
    String fieldCsrf = site.login(field, IntakeTestSite.FIELD);
    HttpResponse<String> sent =
        site.postJson(
            field,
            "/api/intake/submissions",
            report(UUID.randomUUID().toString(), "ليلى اسم تجريبي"),
            fieldCsrf);
    String id = IntakeTestSite.JSON.readTree(sent.body()).get("submission").asText();
    assertEquals(403, site.get(field, IntakeRoutes.QUEUE).statusCode(), "not for field users");
    HttpClient analyst = IntakeTestSite.client();
    String csrf = site.login(analyst, IntakeTestSite.ANALYST);
    for (String lang : List.of("en", "ar")) {
      HttpResponse<String> page = site.get(analyst, IntakeRoutes.QUEUE + "?lang=" + lang);
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains(id), page.body());
      assertTrue(page.body().contains("ليلى اسم تجريبي"));
      assertFalse(page.body().contains("test-contact"), "never a reporter's contact");
      assertTrue(page.body().contains(lang.equals("ar") ? "dir=\"rtl\"" : "dir=\"ltr\""));
    }
    HttpResponse<String> confirm =
        analyst.send(
            HttpRequest.newBuilder(URI.create(site.base + IntakeRoutes.QUEUE + "/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=confirmed&_csrf=" + csrf))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, confirm.statusCode(), confirm.body());
    Intake.Stored s = stored(id);
    assertEquals("confirmed", s.status());
    assertEquals(IntakeTestSite.ANALYST, s.statusBy());
    assertFalse(site.get(analyst, IntakeRoutes.QUEUE).body().contains(id), "no longer pending");
  }

  @Test
  void theFormIsServedInBothLanguagesWithItsWorker() throws Exception {
    HttpClient anon = IntakeTestSite.client();
    // Signed out, the form is the public one (issue 17: families with no account), not a redirect.
    HttpResponse<String> open = site.get(anon, IntakeRoutes.FORM);
    assertEquals(200, open.statusCode());
    assertTrue(open.body().contains("data-public=\"1\""));
    HttpClient c = IntakeTestSite.client();
    site.login(c, IntakeTestSite.FIELD);
    HttpResponse<String> ar = site.get(c, IntakeRoutes.FORM + "?lang=ar");
    assertEquals(200, ar.statusCode());
    assertTrue(ar.body().contains("dir=\"rtl\""));
    assertTrue(ar.body().contains("الإبلاغ عن وفاة"));
    assertTrue(ar.body().contains("id=\"intake-form\""));
    assertTrue(ar.body().contains("/static/intake.js"));
    HttpResponse<String> en = site.get(c, IntakeRoutes.FORM + "?lang=en");
    assertTrue(en.body().contains("Report a death"));
    HttpResponse<String> worker = site.get(anon, IntakeRoutes.WORKER);
    assertEquals(200, worker.statusCode());
    assertTrue(
        worker.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(worker.body().contains("caches.open"));
    assertEquals(200, site.get(anon, "/static/intake.js").statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesTheIntakeEndpoints() throws Exception {
    JsonNode doc =
        IntakeTestSite.JSON.readTree(site.get(IntakeTestSite.client(), "/api/openapi.json").body());
    assertTrue(doc.get("paths").has("/api/intake/submissions"));
    assertTrue(doc.get("paths").has("/api/intake/session"));
  }
}
