package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;

/**
 * The search API on a real server over a synthetic register in which every third person is listed
 * in Arabic script only and every third in Latin script only (the rest in both).
 */
class SearchApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;

  /** Person id → the name in the script the register does not have for them. */
  static final Map<String, String> otherScript = new java.util.LinkedHashMap<>();

  @BeforeAll
  static void start() {
    RegisterData full = SyntheticRegister.generate(1500, 7);
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < full.persons().size(); i++) {
      Person p = full.persons().get(i);
      if (i % 3 == 1) {
        otherScript.put(p.personId(), p.nameEn());
        p = script(p, true);
      } else if (i % 3 == 2) {
        otherScript.put(p.personId(), p.nameAr());
        p = script(p, false);
      }
      persons.add(p);
    }
    server =
        new TestServer(
            new RegisterData(
                persons, full.releases(), full.diffs(), full.estimate(), full.review()));
  }

  @Test
  void aServerWithASearchGateAnswersTheSameBytes() throws Exception {
    List<String> paths = new ArrayList<>();
    for (String name : new ArrayList<>(otherScript.values()).subList(0, 12)) {
      String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
      paths.add("/api/persons?q=" + q);
      paths.add("/?q=" + q);
    }
    try (TestServer gated =
        new TestServer(server.register, ServerConfig.defaults().withSearchPermits(1))) {
      // The same register, so the same index: two indexes built from the same persons may order
      // hits of equal score differently. Concurrent requests, so that some wait at the gate.
      List<java.util.concurrent.CompletableFuture<String>> answers = new ArrayList<>();
      for (String path : paths) {
        answers.add(
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                  try {
                    var r = gated.getBytes(path);
                    return r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      for (int i = 0; i < paths.size(); i++) {
        var expected = server.getBytes(paths.get(i));
        assertEquals(
            expected.statusCode() + " " + new String(expected.body(), StandardCharsets.UTF_8),
            answers.get(i).get(),
            paths.get(i));
      }
    }
  }

  /** The person with names in one script only. */
  static Person script(Person p, boolean arabicOnly) {
    List<SourceRecord> recs = new ArrayList<>();
    for (SourceRecord r : p.records()) {
      recs.add(
          new SourceRecord(
              r.recordId(),
              r.source(),
              r.release(),
              r.row(),
              r.key(),
              arabicOnly ? r.nameAr() : null,
              arabicOnly ? null : r.nameEn(),
              r.age(),
              r.ageYears(),
              r.sex(),
              r.dob(),
              r.dod(),
              r.place(),
              r.raw()));
    }
    return new Person(
        p.personId(),
        arabicOnly ? p.nameAr() : null,
        arabicOnly ? null : p.nameEn(),
        p.age(),
        p.ageYears(),
        p.sex(),
        p.dob(),
        p.dod(),
        p.place(),
        p.provenance(),
        recs,
        p.links());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode get(String path) throws Exception {
    var r = server.get(path);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static int rank(JsonNode result, String personId) {
    JsonNode hits = result.get("hits");
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).get("person_id").asText().equals(personId)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void anIdNumberFindsItsPersonOnlyWithOrWithoutSpaces() throws Exception {
    Person p = server.register.person("P000010").orElseThrow();
    String key = p.records().get(0).key();
    JsonNode r = get("/api/persons?q=" + key);
    assertEquals(1, r.get("total").asLong(), "an id number finds one person, not the register");
    assertEquals("P000010", r.get("hits").get(0).get("person_id").asText());
    assertEquals("id", r.get("hits").get(0).get("reasons").get(0).get("how").asText());
    String spaced = key.substring(0, 3) + " " + key.substring(3, 6) + " " + key.substring(6);
    assertEquals(
        "P000010",
        get("/api/persons?q=" + enc(spaced)).get("hits").get(0).get("person_id").asText());
    assertEquals(0, get("/api/persons?q=399999999").get("total").asLong());
  }

  @Test
  void nonsenseFindsNothingAndATypoGetsASuggestion() throws Exception {
    JsonNode r = get("/api/persons?q=zzzzqqq");
    assertEquals(0, r.get("total").asLong());
    assertEquals(0, r.get("hits").size());
    assertTrue(r.get("suggestions").isArray());
    // Two letters replaced in a given name: too far to match, close enough to suggest.
    int suggested = 0;
    for (Person p :
        server.register.matching(org.sijil.server.model.SearchQuery.of("")).subList(0, 300)) {
      if (p.nameEn() == null) {
        continue;
      }
      String given = p.nameEn().split(" ")[0];
      if (given.length() < 6) {
        continue;
      }
      String typo = given.substring(0, 2) + "qx" + given.substring(4);
      JsonNode t = get("/api/persons?q=" + enc(typo));
      if (t.get("total").asLong() == 0) {
        assertFalse(t.get("suggestions").isEmpty(), "a suggestion for " + typo);
        suggested++;
      }
    }
    assertTrue(suggested > 0, "some two-letter typo found nothing");
  }

  @Test
  void aLatinQueryFindsArabicOnlyPersonsAndTheReverse() throws Exception {
    int tried = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (var e : otherScript.entrySet()) {
      if (tried++ >= 200) {
        break;
      }
      JsonNode r = get("/api/persons?limit=10&q=" + enc(e.getValue()));
      if (rank(r, e.getKey()) >= 0) {
        found++;
        JsonNode hit = r.get("hits").get(rank(r, e.getKey()));
        assertFalse(hit.get("reasons").isEmpty());
      } else {
        missed.add(e.getValue());
      }
    }
    assertTrue(
        found >= tried * 0.95,
        found
            + " of "
            + tried
            + " found across scripts; missed e.g. "
            + missed.subList(0, Math.min(5, missed.size())));
  }

  @Test
  void hitsCarryScoresAndReasons() throws Exception {
    Person p = server.register.person("P000001").orElseThrow();
    JsonNode r = get("/api/persons?q=" + enc(p.nameAr() != null ? p.nameAr() : p.nameEn()));
    JsonNode first = r.get("hits").get(0);
    assertEquals("P000001", first.get("person_id").asText());
    assertTrue(first.get("score").asDouble() > 0.9);
    assertTrue(first.get("reasons").size() >= 3, first.toString());
    assertEquals("exact", first.get("reasons").get(0).get("how").asText());
  }

  @Test
  void filtersAndFacets() throws Exception {
    JsonNode r =
        get(
            "/api/persons?sex=f&min_age=20&max_age=40&dod_from=2024-01-01&dod_to=2024-06-30&facets=true&limit=100");
    long total = r.get("total").asLong();
    assertTrue(total > 0);
    assertEquals(total, r.get("facets").get("sex").get("f").asLong());
    assertEquals(1, r.get("facets").get("sex").size());
    for (JsonNode h : r.get("hits")) {
      assertEquals("f", h.get("sex").asText());
      String dod = h.get("dod").asText();
      assertTrue(dod.compareTo("2024-01-01") >= 0 && dod.compareTo("2024-06-30") <= 0, dod);
    }
    long multi = get("/api/persons?status=multi-source&limit=1").get("total").asLong();
    long single = get("/api/persons?status=single-source&limit=1").get("total").asLong();
    assertEquals(server.register.statistics().persons(), multi + single);
    JsonNode bySource = get("/api/persons?facets=true&limit=1").get("facets").get("source");
    assertTrue(bySource.has("moh") && bySource.has("family"), bySource.toString());
    assertEquals(400, server.get("/api/persons?status=dead").statusCode());
  }
}
