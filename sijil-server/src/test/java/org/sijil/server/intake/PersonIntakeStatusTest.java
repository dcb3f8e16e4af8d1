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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.intake.ContactKey;
import org.sijil.app.intake.FormSubmissions;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * The public person page and {@code /api/persons/{id}} of a person a family reported show the
 * status stored on the submission, read when the page is shown (issue 17): pending, then confirmed
 * once an analyst confirms it, with no reload of the register and never the analyst or reporter.
 */
class PersonIntakeStatusTest {

  @TempDir static Path dir;
  static IntakeTestSite site;
  static String submission;

  @BeforeAll
  static void start() throws Exception {
    site =
        new IntakeTestSite(
            dir,
            reg -> {
              Map<String, String> f = new LinkedHashMap<>();
              f.put("name_ar", "وداد اسم تجريبي منفرد");
              f.put("age", "63");
              f.put("dod", "2024-04-01");
              f.put("relation", "test relation");
              f.put("consent", "yes");
              submission =
                  new FormSubmissions(reg)
                      .submit(
                          new FormSubmissions.Report("test-key-person-0001", f, "test-contact-p"),
                          ImportSubmissions.DEFAULT_SOURCE,
                          ContactKey.loadOrCreate(null, dir.resolve("r.db")),
                          new Actor("reporter-test"))
                      .submission();
            });
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static String personOfReport() {
    try (Register reg = Register.open(site.db)) {
      long release = reg.releases().find("family-report", "intake").orElseThrow().id();
      return "P" + reg.linkage().assignments().get(new Linkage.RecordKey(release, 1));
    }
  }

  @Test
  void thePageShowsTheStoredStatusAsItChanges() throws Exception {
    String person = personOfReport();
    HttpClient anon = IntakeTestSite.client();
    String page = site.get(anon, "/person/" + person + "?lang=en").body();
    assertTrue(page.contains("id=\"reported-by-family\""), page);
    assertTrue(page.contains("data-status=\"pending\""), page);
    JsonNode api = IntakeTestSite.JSON.readTree(site.get(anon, "/api/persons/" + person).body());
    assertEquals("pending", api.at("/reported_by_family/status").asText());

    HttpClient analyst = IntakeTestSite.client();
    String csrf = site.login(analyst, IntakeTestSite.ANALYST);
    HttpResponse<String> confirmed =
        analyst.send(
            HttpRequest.newBuilder(URI.create(site.base + "/intake/queue/" + submission))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", csrf)
                .header("Origin", site.base)
                .POST(HttpRequest.BodyPublishers.ofString("status=confirmed"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, confirmed.statusCode(), confirmed.body());

    String after = site.get(anon, "/person/" + person + "?lang=ar").body();
    assertTrue(after.contains("data-status=\"confirmed\""), after);
    assertTrue(after.contains("مؤكَّد"), after);
    JsonNode api2 = IntakeTestSite.JSON.readTree(site.get(anon, "/api/persons/" + person).body());
    assertEquals("confirmed", api2.at("/reported_by_family/status").asText());
    assertEquals("analyst", api2.at("/reported_by_family/status_reason").asText());
    for (String shown : new String[] {after, api2.toString()}) {
      assertFalse(shown.contains(IntakeTestSite.ANALYST), "the analyst is not named");
      assertFalse(shown.contains("reporter-test"), "the reporter is not named");
      assertFalse(shown.contains("test-contact-p"), "no contact");
    }
  }
}
