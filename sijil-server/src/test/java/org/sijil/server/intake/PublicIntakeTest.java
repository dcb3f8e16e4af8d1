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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Intake;

/**
 * A family with no account (issue 17): the form is open to the public, its reports go to {@code
 * /api/intake/public}, stored once per key, pending, taken in by {@code public}; a filled trap
 * field or another site's page is refused and nothing is stored.
 */
class PublicIntakeTest {

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

  @Test
  void theFormIsOpenSignedOutInBothLanguagesWithItsTrap() throws Exception {
    HttpClient c = IntakeTestSite.client();
    HttpResponse<String> en = site.get(c, "/intake/report?lang=en");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("data-public=\"1\""), en.body());
    assertTrue(en.body().contains("No account is needed"));
    assertTrue(en.body().contains("name=\"website\""));
    assertTrue(en.body().contains("class=\"intake-trap\""));
    String ar = site.get(c, "/intake/report?lang=ar").body();
    assertTrue(ar.contains("لا حاجة إلى حساب"), ar);
    HttpClient field = IntakeTestSite.client();
    site.login(field, IntakeTestSite.FIELD);
    String signedIn = site.get(field, "/intake/report").body();
    assertFalse(signedIn.contains("data-public"), "a signed-in reporter uses their account");
    assertFalse(signedIn.contains("name=\"website\""));
    JsonNode doc = IntakeTestSite.JSON.readTree(site.get(c, "/api/openapi.json").body());
    assertTrue(doc.get("paths").has("/api/intake/public"));
    assertTrue(doc.at("/components/schemas/Person/properties").has("reported_by_family"));
  }

  @Test
  void aReportWithNoAccountIsStoredOnceAndPendingInTheQueue() throws Exception {
    HttpClient c = IntakeTestSite.client();
    String key = UUID.randomUUID().toString();
    String body = IntakeServerTest.report(key, "ندى اسم تجريبي عام");
    int before = site.stored().size();
    HttpResponse<String> first = site.postJson(c, "/api/intake/public", body, null);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> again = site.postJson(c, "/api/intake/public", body, null);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(first.body(), again.body());
    assertEquals(before + 1, site.stored().size(), "stored exactly once");
    JsonNode answer = IntakeTestSite.JSON.readTree(first.body());
    String id = answer.get("submission").asText();
    assertEquals(Intake.PENDING, answer.get("status").asText());
    Intake.Stored s =
        site.stored().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertEquals(IntakeApi.PUBLIC, s.receivedBy());
    assertEquals("form", s.channel());
    assertFalse(s.fieldsJson().contains("test-contact"), "the contact is sealed, not a field");

    HttpClient analyst = IntakeTestSite.client();
    site.login(analyst, IntakeTestSite.ANALYST);
    String queue = site.get(analyst, "/api/intake/queue").body();
    assertEquals(1, queue.split(id, -1).length - 1, queue);
    assertFalse(queue.contains("test-contact"), queue);
  }

  @Test
  void aFilledTrapOrAnotherSitesPageIsRefusedAndNothingStored() throws Exception {
    HttpClient c = IntakeTestSite.client();
    int before = site.stored().size();
    String key = UUID.randomUUID().toString();
    String trapped =
        IntakeServerTest.report(key, "اسم تجريبي آلي")
            .replaceFirst("\\}$", ",\"website\":\"http://spam.example\"}");
    HttpResponse<String> r = site.postJson(c, "/api/intake/public", trapped, null);
    assertEquals(422, r.statusCode(), r.body());
    HttpResponse<String> cross =
        c.send(
            HttpRequest.newBuilder(URI.create(site.base + "/api/intake/public"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://elsewhere.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        IntakeServerTest.report(UUID.randomUUID().toString(), "اسم تجريبي")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, cross.statusCode(), cross.body());
    assertEquals(before, site.stored().size());
    // a key that breaks the rules is still a 422 with the reason
    HttpResponse<String> bad =
        site.postJson(c, "/api/intake/public", IntakeServerTest.report("short", "اسم"), null);
    assertEquals(422, bad.statusCode(), bad.body());
  }
}
