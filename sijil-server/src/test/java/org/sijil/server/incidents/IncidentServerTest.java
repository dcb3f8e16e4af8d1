package org.sijil.server.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.incidents.ImportIncidents;
import org.sijil.app.incidents.LinkVictims;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.users.ManageUsers;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.ServerConfig;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * The incident API and pages against a real server on a random port over a register of artificial
 * records (names "اسم تجريبي") and the bundled synthetic incidents.
 */
public class IncidentServerTest {

  static final Actor TESTER = new Actor("tester");
  static final String PASSWORD = "a long enough password";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Javalin app;
  static String base;
  static long victim;

  @BeforeAll
  static void start() throws Exception {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      lists(reg, dir);
      new ManageUsers(reg).save("amal", "analyst", PASSWORD.toCharArray(), 4, TESTER);
      Path file = Path.of("../examples/synthetic-incidents.csv");
      new ImportIncidents(reg).run(file, TESTER);
      new LinkVictims(reg).suggest(null, TESTER);
      victim = reg.incidents().victims("SYN-0002").get(0).personId();
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

  /** Two artificial lists (hospital, family) of the same thirty people, linked into persons. */
  public static void lists(Register reg, Path dir) throws Exception {
    String header = "id,name,age,dob,sex,dod,place\n";
    StringBuilder a = new StringBuilder(header);
    String[] given = {"سامي", "نادر", "هالة", "ريم", "خالد", "منى", "وليد", "سهى", "فادي", "عبير"};
    String[] family = {"تجريبي", "اختبار", "مثالي"};
    for (int i = 0; i < 30; i++) {
      a.append(
          "T-"
              + (1000 + i)
              + ","
              + given[i % 10]
              + " "
              + given[(i / 10 + 3) % 10]
              + " "
              + family[i / 10]
              + ","
              + (20 + i)
              + ","
              + (2003 - i)
              + "-0"
              + (1 + i % 9)
              + "-1"
              + (i % 10)
              + ","
              + (i % 10 < 5 ? "m" : "f")
              + ","
              + (i < 3 ? "2023-10-13,غزة" : "2024-01-05,دير البلح")
              + "\n");
    }
    for (String source : List.of("hospital", "family")) {
      Path f = dir.resolve(source + ".csv");
      Files.writeString(f, a);
      new ImportRelease(reg)
          .run(
              new ImportRelease.Request(f, source, "r1", null, ReadOptions.defaults(), false),
              TESTER,
              ProgressListener.NONE);
    }
    new LinkRegister(reg)
        .run(
            new LinkRegister.Options(
                DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
            TESTER,
            ProgressListener.NONE);
  }

  static HttpResponse<String> get(HttpClient c, String path) throws Exception {
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postJson(HttpClient c, String path, String body, String csrf)
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

  static HttpResponse<String> postForm(HttpClient c, String path, String... pairs)
      throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      s.append(i == 0 ? "" : "&")
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return c.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(s.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  static String login(HttpClient c) throws Exception {
    HttpResponse<String> r =
        postJson(c, "/api/session", "{\"name\":\"amal\",\"password\":\"" + PASSWORD + "\"}", null);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body()).get("csrf_token").asText();
  }

  @Test
  void readsIncidentsFiguresAndStatusesWithoutSigningIn() throws Exception {
    HttpClient c = client();
    // the other tests may have added SYN-0100 (after) and confirmed a person: counts below allow it
    assertTrue(JSON.readTree(get(c, "/api/incidents").body()).get("incidents").size() >= 10);
    JsonNode after =
        JSON.readTree(get(c, "/api/incidents?after=2023-11-24&before=2024-03-31").body())
            .get("incidents");
    assertEquals(List.of("SYN-0008", "SYN-0009", "SYN-0010"), after.findValuesAsText("id"));
    assertEquals(400, get(c, "/api/incidents?after=soon").statusCode());
    JsonNode one = JSON.readTree(get(c, "/api/incidents/SYN-0002").body());
    assertEquals(3, one.get("victims").size());
    assertEquals("confirmed", one.get("attribution_grade").asText());
    assertEquals(404, get(c, "/api/incidents/SYN-9999").statusCode());
    JsonNode figures = JSON.readTree(get(c, "/api/incidents/figures").body()).get("governorates");
    assertEquals(5, figures.size());
    assertEquals(3, figures.get(1).get("incidents").asInt());
    assertEquals(3, figures.get(1).get("named_deaths").asInt());
    assertEquals(200, get(c, "/api/persons/P" + victim + "/status").statusCode());
    JsonNode statuses = JSON.readTree(get(c, "/api/statuses").body()).get("statuses");
    assertEquals(30, statuses.get("corroborated").asInt() + statuses.get("confirmed").asInt());
    assertEquals(8, JSON.readTree(get(c, "/api/incident-types").body()).get("types").size());
    JsonNode paths = JSON.readTree(get(c, "/api/openapi.json").body()).get("paths");
    for (String p :
        List.of(
            "/api/incidents",
            "/api/incidents/{id}",
            "/api/incidents/{id}/victims",
            "/api/incidents/figures",
            "/api/incidents/{id}/dossier",
            "/api/statuses",
            "/api/persons/{id}/status")) {
      assertTrue(paths.has(p), p);
    }
    JsonNode dossier = JSON.readTree(get(c, "/api/incidents/SYN-0002/dossier").body());
    assertEquals("sijil-dossier/v1", dossier.get("format").asText());
    assertEquals(3, dossier.get("victims").size());
    HttpResponse<byte[]> pdf =
        c.send(
            HttpRequest.newBuilder(URI.create(base + "/api/incidents/SYN-0002/dossier?format=pdf"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("incident SYN-0002"), text);
      assertTrue(text.contains("Victims / "), text);
    }
    assertEquals(400, get(c, "/api/incidents/SYN-0002/dossier?format=xml").statusCode());
  }

  @Test
  void onlyAnalystsChangeTypesAndEachChangeIsLogged() throws Exception {
    // renames a default type, so the vocabulary keeps its size for the other tests
    String body = "{\"code\":\"other\",\"en\":\"Other (renamed)\",\"ar\":\"أخرى (بعد التغيير)\"}";
    assertEquals(401, postJson(client(), "/api/incident-types", body, null).statusCode());
    assertEquals(
        401,
        postForm(client(), "/incidents/types", "code", "other", "english", "x", "arabic", "س")
            .statusCode());
    HttpClient c = client();
    String csrf = login(c);
    assertEquals(403, postJson(c, "/api/incident-types", body, "wrong").statusCode());
    HttpResponse<String> added = postJson(c, "/api/incident-types", body, csrf);
    assertEquals(200, added.statusCode(), added.body());
    assertEquals("renamed", JSON.readTree(added.body()).get("change").asText());
    assertEquals(
        "unchanged",
        JSON.readTree(postJson(c, "/api/incident-types", body, csrf).body())
            .get("change")
            .asText());
    assertEquals(
        400,
        postJson(
                c, "/api/incident-types", "{\"code\":\"Bad Code\",\"en\":\"x\",\"ar\":\"س\"}", csrf)
            .statusCode());
    assertTrue(get(c, "/api/incident-types").body().contains("Other (renamed)"));
    String page = get(c, "/incidents/types?lang=ar").body();
    assertTrue(page.contains("Other (renamed)") && page.contains("amal"), page);
    try (Register reg = Register.open(dir.resolve("r.db"), java.time.Duration.ofSeconds(5))) {
      long logged =
          reg.integrity().entries(0, Long.MAX_VALUE).stream()
              .filter(e -> "incident-type:other".equals(e.subject()))
              .count();
      assertEquals(1, logged);
    }
  }

  @Test
  void analystsChangeIncidentsVictimsAndStatuses() throws Exception {
    HttpClient anonymous = client();
    assertEquals(
        401, postJson(anonymous, "/api/incidents/SYN-0002/victims", "{}", null).statusCode());
    HttpClient c = client();
    String csrf = login(c);
    assertEquals(
        403,
        postJson(c, "/api/incidents/SYN-0002/victims", "{\"person\":\"P" + victim + "\"}", "wrong")
            .statusCode());
    HttpResponse<String> v =
        postJson(
            c,
            "/api/incidents/SYN-0002/victims",
            "{\"person\":\"P"
                + victim
                + "\",\"state\":\"confirmed\",\"note\":\"named in SYN-DOC\"}",
            csrf);
    assertEquals(200, v.statusCode(), v.body());
    assertEquals(
        1, JSON.readTree(get(c, "/api/incidents/SYN-0002").body()).get("named_killed").asInt());
    String incident =
        "{\"id\":\"SYN-0100\",\"date\":\"2024-04-01\",\"governorate\":\"rafah\",\"type\":\"shelling\","
            + "\"description_en\":\"Synthetic test incident. Not a real event.\"}";
    HttpResponse<String> created =
        postJson(
            c, "/api/incidents", "{\"incident\":" + incident + ",\"expected_version\":0}", csrf);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        409,
        postJson(
                c,
                "/api/incidents",
                "{\"incident\":" + incident.replace("rafah", "gaza") + ",\"expected_version\":0}",
                csrf)
            .statusCode());
    HttpResponse<String> bad =
        postJson(
            c,
            "/api/incidents",
            "{\"incident\":" + incident.replace("2024-04-01", "April") + ",\"expected_version\":1}",
            csrf);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("date"), bad.body());
    HttpResponse<String> graded =
        postJson(
            c,
            "/api/persons/P" + victim + "/status",
            "{\"decision\":\"confirm\",\"reason\":\"certificate seen\"}",
            csrf);
    assertEquals(200, graded.statusCode(), graded.body());
    assertEquals("confirmed", JSON.readTree(graded.body()).get("status").asText());
    assertEquals(
        400,
        postJson(c, "/api/persons/P" + victim + "/status", "{\"decision\":\"confirm\"}", csrf)
            .statusCode());
    assertEquals(
        404,
        postJson(
                c,
                "/api/persons/P99999/status",
                "{\"decision\":\"confirm\",\"reason\":\"x\"}",
                csrf)
            .statusCode());
  }

  @Test
  void pagesInBothLanguagesAndTheEditForm() throws Exception {
    HttpClient c = client();
    String list = get(c, "/incidents?lang=en").body();
    assertTrue(list.contains("SYN-0005") && list.contains("id=\"incidents\""), list);
    String ar = get(c, "/incidents/SYN-0002?lang=ar").body();
    assertTrue(ar.contains("الضحايا المسمَّون") && ar.contains("dir=\"rtl\""), ar);
    assertTrue(ar.contains("/person/P" + victim));
    String map = get(c, "/incidents/map?status=corroborated").body();
    assertTrue(map.contains("<svg") && map.contains("id=\"gov-rafah\""), map);
    String timeline = get(c, "/incidents/timeline?ceasefire=2023-11-24").body();
    assertTrue(timeline.contains("id=\"timeline-after\"") && timeline.contains("(3)"), timeline);
    String person = get(c, "/person/P" + victim).body();
    assertTrue(person.contains("id=\"person-status\""), person);
    assertEquals(
        303, get(client(), "/incidents/new").statusCode(), "signed out: to the sign-in page");
    String csrf = login(c);
    assertTrue(get(c, "/incidents/SYN-0001/edit").body().contains("id=\"incident-form\""));
    HttpResponse<String> bad =
        postForm(
            c,
            "/incidents/SYN-0001/edit",
            "_csrf",
            csrf,
            "expected_version",
            "1",
            "date",
            "9 Oct",
            "governorate",
            "north-gaza",
            "type",
            "airstrike-home",
            "attribution_grade",
            "fair",
            "description_en",
            "Synthetic test incident, kept as typed.",
            "note",
            "regrade");
    assertEquals(400, bad.statusCode());
    assertTrue(
        bad.body().contains("incident-error") && bad.body().contains("kept as typed"), bad.body());
    HttpResponse<String> ok =
        postForm(
            c,
            "/incidents/SYN-0001/edit",
            "_csrf",
            csrf,
            "expected_version",
            "1",
            "date",
            "2023-10-09",
            "governorate",
            "north-gaza",
            "type",
            "airstrike-home",
            "attribution_grade",
            "weak",
            "description_en",
            "Synthetic test incident. Not a real event.",
            "killed_min",
            "8",
            "note",
            "regraded");
    assertEquals(303, ok.statusCode(), ok.body());
    String shown = get(c, "/incidents/SYN-0001").body();
    assertTrue(shown.contains("regraded") && shown.contains("v2"), shown);
  }
}
