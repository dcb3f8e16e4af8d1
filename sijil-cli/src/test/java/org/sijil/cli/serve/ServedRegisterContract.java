package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.serve.ServedRegister.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * What a user sees of a register built with the CLI and served from its file: persons, where each
 * value came from, link explanations, search filters, downloads and diffs, through the API and the
 * pages. Each storage backend runs these same tests through a subclass that says where its register
 * lives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedRegisterContract {

  static final String ANALYST = "amal";
  static final String PASSWORD = "a long enough secret";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  SampleRegister.Built built;
  Map<String, Map<String, String>> input;
  ServedRegister server;

  /** Every served record (the records download, with person ids), by record id. */
  Map<String, JsonNode> records = new HashMap<>();

  /** Every served person (the persons download), by person id. */
  Map<String, JsonNode> persons = new HashMap<>();

  /** Where this backend's register lives (the value of {@code --db}). */
  abstract Path registerIn(Path dir);

  @BeforeAll
  void buildAndServe() throws Exception {
    input = SampleRegister.writeLists(dir);
    built = SampleRegister.build(dir, registerIn(dir));
    assertEquals(
        0,
        ServeCommandsTest.runWithStdin(
                PASSWORD + "\n",
                "users",
                "add",
                ANALYST,
                "--role",
                "analyst",
                "--db",
                built.db().toString())
            .code());
    server = ServedRegister.start(built.db());
    for (JsonNode r : server.json("/api/download/records.json")) {
      records.put(r.get("record_id").asText(), r);
    }
    for (JsonNode p : server.json("/api/download/persons.json")) {
      persons.put(p.get("person_id").asText(), p);
    }
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyImportedRowIsServedOnceWithItsValuesAndThePersonsTheLinkMade() throws Exception {
    assertEquals(SampleRegister.RECORDS, records.size());
    assertEquals(input.keySet(), records.keySet());
    for (Map.Entry<String, JsonNode> e : records.entrySet()) {
      Map<String, String> row = input.get(e.getKey());
      assertEquals(row.get("name_ar"), e.getValue().get("name_ar").asText(), e.getKey());
      assertEquals(row.get("id"), e.getValue().path("key").asText(""), e.getKey());
    }
    long servedPersons =
        records.values().stream().map(r -> r.get("person_id").asText()).distinct().count();
    assertEquals(servedPersons, persons.size());
    assertEquals(servedPersons, server.json("/api/statistics").get("persons").asLong());
    // 'sijil link' said how many persons it made; the server serves exactly those.
    assertTrue(
        built.linked().contains(SampleRegister.RECORDS + " records, " + servedPersons + " persons"),
        built.linked());
    assertTrue(
        server
            .log()
            .contains(
                "Loaded " + servedPersons + " persons (" + SampleRegister.RECORDS + " records)"),
        server.log());
    // A hospital row kept in r2 is the same person as in r1 (same key, same values).
    String r1 =
        records.get("hospital/r1/" + (SampleRegister.REMOVED + 10)).get("person_id").asText();
    assertEquals(r1, records.get("hospital/r2/10").get("person_id").asText());
  }

  @Test
  void aPersonShowsEveryRecordVerbatimAndWhereEachValueCameFrom() throws Exception {
    int checked = 0;
    for (String id : multiRecordPersons(20)) {
      JsonNode p = server.json("/api/persons/" + enc(id));
      Set<String> expected = new TreeSet<>();
      records.values().stream()
          .filter(r -> r.get("person_id").asText().equals(id))
          .forEach(r -> expected.add(r.get("record_id").asText()));
      Set<String> served = new TreeSet<>();
      for (JsonNode r : p.get("records")) {
        String rid = r.get("record_id").asText();
        served.add(rid);
        Map<String, String> row = input.get(rid);
        JsonNode raw = r.get("raw");
        for (Map.Entry<String, String> cell : row.entrySet()) {
          assertEquals(
              cell.getValue(), raw.path(cell.getKey()).asText(""), rid + " raw " + cell.getKey());
        }
      }
      assertEquals(expected, served, id);
      JsonNode provenance = p.get("provenance");
      assertTrue(provenance.has("name_ar"), p.toString());
      for (String field : List.of("name_ar", "name_en", "age", "sex", "dod", "place")) {
        if (provenance.has(field)) {
          String from = provenance.get(field).asText();
          assertTrue(served.contains(from), field + " from " + from);
          assertEquals(
              input.get(from).get(field),
              p.get(field).asText(),
              id + " " + field + " from " + from);
        } else {
          assertTrue(p.get(field).isNull(), id + " " + field + " has a value but no source");
        }
      }
      String page = page("/person/" + enc(id) + "?lang=en");
      assertTrue(page.contains(p.get("name_ar").asText()), page);
      for (String rid : served) {
        assertTrue(page.contains(rid), id + " page lacks record " + rid);
      }
      String search = page("/?q=" + enc(p.get("name_ar").asText()) + "&lang=en");
      assertTrue(search.contains("/person/" + id + "\""), "searching the name finds " + id);
      checked++;
    }
    assertTrue(checked >= 10, "persons with several records: " + checked);
  }

  @Test
  void linkExplanationsAreWhatExplainDbSays() throws Exception {
    int checked = 0;
    for (String id : multiRecordPersons(6)) {
      for (JsonNode link : server.json("/api/persons/" + enc(id)).get("links")) {
        JsonNode cli =
            Cli.ok(
                    "explain",
                    "--db",
                    built.db(),
                    built.key(link.get("left").asText()),
                    built.key(link.get("right").asText()),
                    "--format",
                    "json")
                .json();
        assertEquals(
            cli.get("probability").asDouble(),
            link.get("probability").asDouble(),
            1e-12,
            link.toString());
        List<String> expected = new ArrayList<>();
        expected.add("prior||" + cli.get("priorWeight").asDouble());
        for (JsonNode t : cli.get("terms")) {
          expected.add(
              t.get("comparison").asText()
                  + "|"
                  + t.get("level").asText()
                  + "|"
                  + t.get("weight").asDouble());
          if (t.get("termFrequency").asDouble() != 0) {
            expected.add(
                t.get("comparison").asText()
                    + " (frequency)||"
                    + t.get("termFrequency").asDouble());
          }
        }
        List<String> served = new ArrayList<>();
        for (JsonNode t : link.get("explanation")) {
          served.add(
              t.get("comparison").asText()
                  + "|"
                  + t.get("level").asText()
                  + "|"
                  + t.get("weight").asDouble());
        }
        assertEquals(expected, served, link.get("left") + " ~ " + link.get("right"));
        // The left side of 'explain' is the first record named.
        JsonNode nameAr = cli.get("terms").get(0);
        assertEquals("name_ar", nameAr.get("comparison").asText());
        assertEquals(
            records.get(link.get("left").asText()).get("name_ar").asText(),
            nameAr.get("left").asText());
        checked++;
      }
    }
    assertTrue(checked >= 6, "links checked: " + checked);
  }

  @Test
  void searchFiltersByDateOfDeathPlaceAndRelease() throws Exception {
    LocalDate from = LocalDate.parse("2024-01-01");
    LocalDate to = LocalDate.parse("2024-02-15");
    assertFilter("dod_from=" + from, p -> dod(p) != null && !dod(p).isBefore(from));
    assertFilter("dod_to=" + to, p -> dod(p) != null && !dod(p).isAfter(to));
    assertFilter(
        "dod_from=" + from + "&dod_to=" + to,
        p -> dod(p) != null && !dod(p).isBefore(from) && !dod(p).isAfter(to));
    assertFilter("place=" + enc("رفح"), p -> p.path("place").asText("").contains("رفح"));
    assertFilter(
        "place=" + enc("gaza"),
        p -> p.path("place").asText("").toLowerCase(java.util.Locale.ROOT).contains("gaza"));
    for (String release : List.of("r1", "r2", "o1")) {
      Set<String> inRelease = new TreeSet<>();
      records.values().stream()
          .filter(r -> r.get("release").asText().equals(release))
          .forEach(r -> inRelease.add(r.get("person_id").asText()));
      assertFilter("release=" + release, p -> inRelease.contains(p.get("person_id").asText()));
    }
    // Persons only in r1 are those whose records were removed from r2 (and never matched
    // elsewhere).
    Set<String> r1 = ids("release=r1");
    r1.removeAll(ids("release=r2"));
    assertTrue(r1.size() <= SampleRegister.REMOVED, "only removed keys leave r2: " + r1);
    String memorial = page("/memorial?place=" + enc("رفح") + "&lang=ar");
    for (String id : ids("place=" + enc("رفح"))) {
      assertTrue(
          memorial.contains(persons.get(id).get("name_ar").asText()), "memorial lacks " + id);
    }
  }

  @Test
  void downloadsHaveTheDocumentedColumnsAndFollowTheFilters() throws Exception {
    HttpResponse<String> all = server.get("/api/download/persons.csv");
    assertEquals(200, all.statusCode());
    String[] lines = all.body().split("\r?\n");
    assertEquals(
        "person_id,name_ar,name_en,age,age_years,sex,dob,dod,place,sources,records,"
            + "source_names_en,source_names_ar",
        lines[0]);
    assertEquals(persons.size() + 1, lines.length);
    HttpResponse<String> recs = server.get("/api/download/records.csv");
    assertEquals(
        "person_id,record_id,source,release,row,key,name_ar,name_en,age,sex,dob,dod,place,"
            + "source_name_en,source_name_ar",
        recs.body().split("\r?\n")[0]);
    assertEquals(SampleRegister.RECORDS + 1, recs.body().split("\r?\n").length);
    String filter = "place=" + enc("رفح") + "&dod_from=2024-01-01";
    JsonNode filtered = server.json("/api/download/persons.json?" + filter);
    assertEquals(ids(filter), ids(filtered));
    String etag = all.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, server.get("/api/download/persons.csv", "If-None-Match", etag).statusCode());
    for (JsonNode p : server.json("/api/download/persons.json")) {
      long count =
          records.values().stream()
              .filter(r -> r.get("person_id").asText().equals(p.get("person_id").asText()))
              .count();
      assertEquals(count, p.get("records").asLong(), p.toString());
    }
  }

  @Test
  void aReleaseDiffIsWhatSijilDiffSays() throws Exception {
    JsonNode cli =
        Cli.ok("diff", "hospital", "r1", "r2", "--db", built.db(), "--format", "json")
            .json()
            .get("summary");
    assertEquals(SampleRegister.ADDED, cli.get("added").asInt());
    assertEquals(SampleRegister.REMOVED, cli.get("removed").asInt());
    assertEquals(SampleRegister.CHANGED, cli.get("changed").asInt());
    assertEquals(SampleRegister.REFORMATTED, cli.get("reformatted").asInt());
    JsonNode api = server.json("/api/releases/hospital/r2/diff");
    assertEquals("r1", api.get("from").asText());
    for (String kind :
        List.of("added", "removed", "changed", "reformatted", "key_reused", "duplicate_keys")) {
      assertEquals(cli.get(kind).asLong(), api.get("summary").get(kind).asLong(), kind);
    }
    JsonNode releases = server.json("/api/releases").get("releases");
    assertEquals(3, releases.size());
    String page = page("/releases/hospital/r2?lang=en");
    // The removed keys are the first r1 rows; the page names them.
    for (int row = 1; row <= SampleRegister.REMOVED; row++) {
      String key = input.get("hospital/r1/" + row).get("id");
      assertTrue(page.contains(key), "diff page lacks removed key " + key);
    }
    assertEquals(404, server.get("/api/releases/hospital/r9/diff").statusCode());
  }

  @Test
  void pagesAndApiSendSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            "/",
            "/api/persons?limit=1",
            "/person/" + enc(persons.keySet().iterator().next()),
            "/api/no-such")) {
      HttpResponse<String> r = server.get(path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
      assertTrue(
          r.headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("default-src 'self'"),
          path);
      assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), path);
    }
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    ServedRegister.Session s = server.signIn(ANALYST, PASSWORD);
    assertEquals(200, server.get("/api/review", "Cookie", s.cookie()).statusCode());
    assertEquals(
        403,
        server
            .post("/api/session/end", "application/json", "{}", "Cookie", s.cookie())
            .statusCode(),
        "signing out is a state change: it needs the CSRF token");
    assertEquals(200, server.get("/api/review", "Cookie", s.cookie()).statusCode());
    HttpResponse<String> end =
        server.post(
            "/api/session/end",
            "application/json",
            "{}",
            "Cookie",
            s.cookie(),
            "X-CSRF-Token",
            s.csrf());
    assertTrue(
        end.statusCode() == 200 || end.statusCode() == 204, end.statusCode() + " " + end.body());
    assertEquals(401, server.get("/api/review", "Cookie", s.cookie()).statusCode());
    HttpResponse<String> page = server.get("/review", "Cookie", s.cookie());
    assertEquals(303, page.statusCode());
    assertTrue(
        page.headers().firstValue("Location").orElse("").startsWith("/login"),
        page.headers().toString());
  }

  // --- helpers

  private List<String> multiRecordPersons(int atMost) {
    Map<String, Integer> counts = new HashMap<>();
    records.values().forEach(r -> counts.merge(r.get("person_id").asText(), 1, Integer::sum));
    List<String> ids =
        new ArrayList<>(
            counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .sorted()
                .toList());
    // Persons with three records first: they are the ones joined across lists and releases.
    ids.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
    return ids.subList(0, Math.min(atMost, ids.size()));
  }

  private static LocalDate dod(JsonNode p) {
    String s = p.path("dod").asText("");
    return s.isEmpty() || p.get("dod").isNull() ? null : LocalDate.parse(s);
  }

  private String page(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }

  private Set<String> ids(String query) throws Exception {
    JsonNode r = server.json("/api/persons?limit=1000&" + query);
    Set<String> ids = ids(r.get("hits"));
    assertEquals(ids.size(), r.get("total").asInt(), query);
    return ids;
  }

  private static Set<String> ids(JsonNode items) {
    Set<String> ids = new TreeSet<>();
    for (JsonNode p : items) {
      ids.add(p.get("person_id").asText());
    }
    return ids;
  }

  /**
   * The API's answer to a filter is exactly the served persons the rule selects, and neither all
   * nor none.
   */
  private void assertFilter(String query, Predicate<JsonNode> rule) throws Exception {
    Set<String> expected = new TreeSet<>();
    persons.values().stream().filter(rule).forEach(p -> expected.add(p.get("person_id").asText()));
    assertFalse(expected.isEmpty(), query + " selects someone");
    assertNotEquals(persons.size(), expected.size(), query + " leaves someone out");
    assertEquals(expected, ids(query), query);
  }
}
