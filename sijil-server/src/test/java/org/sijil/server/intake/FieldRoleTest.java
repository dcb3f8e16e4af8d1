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

/**
 * The field role (issue 17): a field reporter may only send intake reports (form and API) and read
 * its own receipts; every other endpoint group refuses it (403), as a viewer and an analyst get
 * what they got before. Against a real server over a register file.
 */
class FieldRoleTest {

  @TempDir static Path dir;
  static IntakeTestSite site;
  static HttpClient field;
  static String fieldCsrf;

  @BeforeAll
  static void start() throws Exception {
    site = new IntakeTestSite(dir);
    field = IntakeTestSite.client();
    fieldCsrf = site.login(field, IntakeTestSite.FIELD);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static HttpResponse<String> send(
      HttpClient c, String method, String path, String body, String type, String csrf)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(site.base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf).header("Origin", site.base);
    }
    return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int get(HttpClient c, String path) throws Exception {
    return send(c, "GET", path, null, null, null).statusCode();
  }

  @Test
  void publicReadsStayOpen() throws Exception {
    for (String path : new String[] {"/", "/releases", "/api/persons?q=a", "/api/releases"}) {
      assertEquals(200, get(field, path), path);
    }
  }

  @Test
  void analystsReadsAreRefused() throws Exception {
    for (String path :
        new String[] {
          "/review",
          "/api/review",
          "/suggestions",
          "/api/jobs",
          "/intake/queue",
          "/api/intake/queue"
        }) {
      assertEquals(403, get(field, path), path);
    }
    String home = send(field, "GET", "/", null, null, null).body();
    assertFalse(home.contains("href=\"/review\""), "no review link for a field reporter");
    assertTrue(home.contains("href=\"/intake/report\""), "but the report form");
  }

  @Test
  void changesOtherThanReportsAreRefused() throws Exception {
    String json = "application/json";
    String form = "application/x-www-form-urlencoded";
    String[][] refused = {
      {"/api/review/1:1~1:2", "{\"decision\":\"match\"}", json},
      {"/review/1:1~1:2", "decision=match", form},
      {"/import", "source=a", form},
      {"/link", "", form},
      {"/api/jobs/link", "", json},
      {"/api/incidents", "{}", json},
      {"/api/incident-types", "{}", json},
      {"/intake/queue/s-none", "status=confirmed", form},
    };
    for (String[] r : refused) {
      HttpResponse<String> answer = send(field, "POST", r[0], r[1], r[2], fieldCsrf);
      assertEquals(403, answer.statusCode(), r[0] + ": " + answer.body());
    }
    assertEquals(403, get(field, "/import"));
  }

  @Test
  void aFieldReporterSendsReportsAndReadsOnlyItsOwnReceipts() throws Exception {
    assertEquals(200, get(field, "/intake/report"));
    JsonNode session =
        IntakeTestSite.JSON.readTree(
            send(field, "GET", "/api/intake/session", null, null, null).body());
    assertEquals("field", session.get("role").asText());
    HttpResponse<String> sent =
        site.postJson(
            field,
            "/api/intake/submissions",
            IntakeServerTest.report(UUID.randomUUID().toString(), "ندى اسم تجريبي"),
            fieldCsrf);
    assertEquals(201, sent.statusCode(), sent.body());
    String submission = IntakeTestSite.JSON.readTree(sent.body()).get("submission").asText();

    HttpClient viewer = IntakeTestSite.client();
    String viewerCsrf = site.login(viewer, IntakeTestSite.VIEWER);
    assertEquals(
        201,
        site.postJson(
                viewer,
                "/api/intake/submissions",
                IntakeServerTest.report(UUID.randomUUID().toString(), "هدى اسم تجريبي"),
                viewerCsrf)
            .statusCode());

    HttpResponse<String> receipts = send(field, "GET", "/api/intake/receipts", null, null, null);
    assertEquals(200, receipts.statusCode(), receipts.body());
    assertFalse(receipts.body().contains("test-contact"), "never the contact");
    assertFalse(receipts.body().contains("هدى"), "never another reporter's report");
    JsonNode mine = IntakeTestSite.JSON.readTree(receipts.body()).get("receipts");
    assertTrue(mine.size() >= 1);
    for (JsonNode r : mine) {
      assertFalse(r.has("status_by"), "who changed a status is for analysts");
      assertFalse(r.has("fields"));
    }
    assertEquals(submission, mine.get(0).get("submission").asText());
    assertEquals("pending", mine.get(0).get("status").asText());
    assertEquals(401, get(IntakeTestSite.client(), "/api/intake/receipts"));
  }

  @Test
  void analystsReadTheQueueWithWhoAndWhatChangedEachStatus() throws Exception {
    HttpClient analyst = IntakeTestSite.client();
    String csrf = site.login(analyst, IntakeTestSite.ANALYST);
    HttpResponse<String> sent =
        site.postJson(
            field,
            "/api/intake/submissions",
            IntakeServerTest.report(UUID.randomUUID().toString(), "لمى اسم تجريبي"),
            fieldCsrf);
    String id = IntakeTestSite.JSON.readTree(sent.body()).get("submission").asText();
    assertEquals(
        303,
        send(
                analyst,
                "POST",
                "/intake/queue/" + id,
                "status=confirmed",
                "application/x-www-form-urlencoded",
                csrf)
            .statusCode());
    JsonNode confirmed =
        IntakeTestSite.JSON.readTree(
            send(analyst, "GET", "/api/intake/queue?status=confirmed", null, null, null).body());
    JsonNode first = confirmed.get("submissions").get(0);
    assertEquals(id, first.get("submission").asText());
    assertEquals(IntakeTestSite.ANALYST, first.get("status_by").asText());
    assertEquals("analyst", first.get("status_reason").asText());
    assertFalse(first.get("fields").has("relation"), "never the reporter's relation");
    String page = send(analyst, "GET", "/intake/queue?status=confirmed", null, null, null).body();
    assertTrue(page.contains("id=\"decided-" + id + "\""), page);
    assertTrue(page.contains(">analyst<"), "what changed it");
    assertFalse(
        send(analyst, "GET", "/intake/queue", null, null, null).body().contains(id),
        "no longer pending");
    HttpClient viewer = IntakeTestSite.client();
    site.login(viewer, IntakeTestSite.VIEWER);
    assertEquals(403, get(viewer, "/api/intake/queue"));
    assertEquals(
        400, send(analyst, "GET", "/api/intake/queue?status=x", null, null, null).statusCode());
  }
}
