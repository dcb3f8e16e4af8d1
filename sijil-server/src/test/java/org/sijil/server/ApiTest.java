package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;

class ApiTest {

  static TestServer server;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    server = new TestServer(2000);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  /** A person with two records whose Arabic name has a ي to damage. */
  Person linkedPersonWithYa() {
    return server
        .register
        .matching(
            new org.sijil.server.model.SearchQuery(
                "", null, null, null, "family", null, null, null, null, 0, 1))
        .stream()
        .filter(p -> p.nameAr().contains("ي") && p.records().size() == 2)
        .findFirst()
        .orElseThrow();
  }

  boolean finds(String q, String personId) throws Exception {
    JsonNode r = json(server.get("/api/persons?limit=1000&q=" + enc(q)));
    for (JsonNode h : r.get("hits")) {
      if (h.get("person_id").asText().equals(personId)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void searchFindsExactNameAndCarriesSourceRecords() throws Exception {
    Person p = server.register.person("P000001").orElseThrow();
    JsonNode r = json(server.get("/api/persons?q=" + enc(p.nameAr())));
    assertTrue(r.get("total").asLong() >= 1);
    JsonNode first = r.get("hits").get(0);
    assertEquals("P000001", first.get("person_id").asText(), "the exact name ranks first");
    JsonNode rec = first.get("records").get(0);
    assertEquals("moh", rec.get("source").asText());
    assertFalse(rec.get("release").asText().isEmpty());
    assertTrue(rec.has("key"));
  }

  @Test
  void searchToleratesAlefMaqsuraMissingGrandfatherAndOtherRomanization() throws Exception {
    Person p = linkedPersonWithYa();
    String[] parts = p.nameAr().split(" ");
    assertTrue(finds(p.nameAr().replace('ي', 'ى'), p.personId()), "ى for ي");
    String noGrandfather =
        parts[0]
            + " "
            + parts[1]
            + " "
            + String.join(" ", java.util.Arrays.copyOfRange(parts, 3, parts.length));
    assertTrue(finds(noGrandfather, p.personId()), "missing grandfather: " + noGrandfather);
    SourceRecord family = p.records().get(1);
    assertTrue(
        finds(family.nameEn(), p.personId()), "the other list's romanization: " + family.nameEn());
    assertTrue(finds(p.nameEn().toUpperCase(java.util.Locale.ROOT), p.personId()), "case");
  }

  @Test
  void filtersAndPaging() throws Exception {
    JsonNode r = json(server.get("/api/persons?sex=f&min_age=20&max_age=30&limit=5&offset=5"));
    assertEquals(5, r.get("hits").size());
    for (JsonNode h : r.get("hits")) {
      assertEquals("f", h.get("sex").asText());
      double age = Double.parseDouble(h.get("age").asText());
      assertTrue(age >= 20 && age <= 30);
    }
    JsonNode bySource = json(server.get("/api/persons?source=family&limit=1000"));
    assertTrue(bySource.get("hits").size() > 0, "the source filter finds someone");
    assertTrue(
        bySource.get("total").asLong()
            < json(server.get("/api/persons?limit=1")).get("total").asLong(),
        "and leaves someone out");
    for (JsonNode h : bySource.get("hits")) {
      boolean any = false;
      for (JsonNode rec : h.get("records")) {
        any |= rec.get("source").asText().equals("family");
      }
      assertTrue(any);
    }
  }

  @Test
  void badParametersAre400WithJsonMessage() throws Exception {
    HttpResponse<String> r = server.get("/api/persons?min_age=old");
    assertEquals(400, r.statusCode());
    JsonNode body = json(r);
    assertEquals(400, body.get("status").asInt());
    assertTrue(body.get("message").asText().contains("min_age"), body.toString());
    assertEquals(400, server.get("/api/persons?sex=x").statusCode());
    assertEquals(400, server.get("/api/persons?limit=100000").statusCode());
    assertEquals(400, server.get("/api/persons?dod_from=2024-13-01").statusCode());
    assertEquals(400, server.get("/api/persons?min_age=40&max_age=30").statusCode());
  }

  @Test
  void unknownThingsAre404() throws Exception {
    HttpResponse<String> r = server.get("/api/persons/nobody");
    assertEquals(404, r.statusCode());
    assertEquals(404, json(r).get("status").asInt());
    assertEquals(404, server.get("/api/releases/moh/1999/diff").statusCode());
    assertEquals(404, server.get("/api/estimates").statusCode(), "no estimate computed");
    assertEquals(404, server.get("/api/no-such-endpoint").statusCode());
    assertEquals(404, server.get("/no-such-page").statusCode());
  }

  @Test
  void personCarriesRecordsRawValuesProvenanceAndLinks() throws Exception {
    Person p = linkedPersonWithYa();
    JsonNode r = json(server.get("/api/persons/" + p.personId()));
    assertEquals(2, r.get("records").size());
    assertTrue(r.get("records").get(0).get("raw").has("الاسم"));
    assertEquals(p.records().get(0).recordId(), r.get("provenance").get("name_ar").asText());
    JsonNode link = r.get("links").get(0);
    assertTrue(link.get("probability").asDouble() > 0);
    assertTrue(link.get("explanation").size() > 1);
  }

  @Test
  void releasesDiffStatistics() throws Exception {
    JsonNode rel = json(server.get("/api/releases"));
    assertEquals(3, rel.get("releases").size());
    JsonNode diff = json(server.get("/api/releases/moh/2024-03/diff"));
    assertEquals("2024-01", diff.get("from").asText());
    assertTrue(diff.get("summary").has("changed"));
    JsonNode stats = json(server.get("/api/statistics"));
    assertEquals(2000, stats.get("persons").asLong());
    long sum = 0;
    for (JsonNode b : stats.get("pyramid")) {
      sum += b.get("male").asLong() + b.get("female").asLong() + b.get("unknown_sex").asLong();
    }
    assertEquals(2000, sum);
  }

  @Test
  void openApiDocumentDescribesTheEndpoints() throws Exception {
    HttpResponse<String> r = server.get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode doc = json(r);
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    for (String path :
        new String[] {
          "/api/persons",
          "/api/persons/{id}",
          "/api/releases",
          "/api/statistics",
          "/api/estimates",
          "/api/review/{pair}",
          "/api/download/persons.{format}",
          "/api/persons/{id}/receipt",
          "/api/jobs/link"
        }) {
      assertTrue(doc.get("paths").has(path), path);
    }
  }

  @Test
  void downloadsHaveStableColumnsEtagAndGzip() throws Exception {
    HttpResponse<String> csv = server.get("/api/download/persons.csv?sex=f");
    assertEquals(200, csv.statusCode());
    String header = csv.body().lines().findFirst().orElseThrow();
    assertEquals(
        "person_id,name_ar,name_en,age,age_years,sex,dob,dod,place,sources,records,"
            + "source_names_en,source_names_ar",
        header);
    String etag = csv.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304, server.get("/api/download/persons.csv?sex=f", "If-None-Match", etag).statusCode());
    assertEquals(
        200,
        server.get("/api/download/persons.csv?sex=m", "If-None-Match", etag).statusCode(),
        "other filter, other ETag");
    HttpResponse<byte[]> gz =
        server.getBytes("/api/download/records.json", "Accept-Encoding", "gzip");
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
    JsonNode rows = JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(gz.body())));
    assertTrue(rows.size() > 2000, "records of all persons");
    assertTrue(rows.get(0).has("record_id"));
    assertEquals(400, server.get("/api/download/persons.xml").statusCode());
  }

  @Test
  void reviewNeedsSignInAndCsrfAndRecordsTheDecision() throws Exception {
    assertEquals(401, server.get("/api/review").statusCode());
    assertEquals(401, server.post("/api/review/R1", "{\"decision\":\"match\"}").statusCode());
    HttpResponse<String> login =
        server.post(
            "/api/session",
            "{\"name\":\""
                + TestServer.ANALYST
                + "\",\"password\":\""
                + TestServer.PASSWORD
                + "\"}");
    assertEquals(200, login.statusCode(), login.body());
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    String cookie = setCookie.split(";")[0];
    String csrf = json(login).get("csrf_token").asText();
    JsonNode queue = json(server.get("/api/review", "Cookie", cookie));
    String pair = queue.get("items").get(0).get("pair_id").asText();
    assertEquals(
        403,
        server
            .post("/api/review/" + pair, "{\"decision\":\"match\"}", "Cookie", cookie)
            .statusCode(),
        "no CSRF token");
    assertEquals(
        403,
        server
            .post(
                "/api/review/" + pair,
                "{\"decision\":\"match\"}",
                "Cookie",
                cookie,
                "X-CSRF-Token",
                "forged")
            .statusCode());
    assertEquals(
        400,
        server
            .post(
                "/api/review/" + pair,
                "{\"decision\":\"maybe\"}",
                "Cookie",
                cookie,
                "X-CSRF-Token",
                csrf)
            .statusCode());
    HttpResponse<String> ok =
        server.post(
            "/api/review/" + pair,
            "{\"decision\":\"non-match\",\"note\":\"different fathers\"}",
            "Cookie",
            cookie,
            "X-CSRF-Token",
            csrf);
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("non-match", json(ok).get("link").get("decision").asText());
    assertEquals(TestServer.ANALYST, json(ok).get("decided_by").asText());
    assertEquals(
        404,
        server
            .post(
                "/api/review/R99999",
                "{\"decision\":\"match\"}",
                "Cookie",
                cookie,
                "X-CSRF-Token",
                csrf)
            .statusCode());
  }

  @Test
  void failedSignInsAreThrottled() throws Exception {
    String body = "{\"name\":\"someone\",\"password\":\"wrong password\"}";
    for (int i = 0; i < 5; i++) {
      assertEquals(401, server.post("/api/session", body).statusCode());
    }
    HttpResponse<String> r = server.post("/api/session", body);
    assertEquals(429, r.statusCode());
    assertTrue(r.headers().firstValue("Retry-After").isPresent());
  }
}
