package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.app.corrections.Corrections;
import org.sijil.app.corrections.ReleaseCorrections;
import org.sijil.app.corrections.ReleaseKeys;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.service.Diffs;
import org.sijil.server.service.RegisterData;

/**
 * The diff for readers (summary, paged tabs with added and removed first, downloads, Arabic arrow),
 * the corrections report, and the person's status line, against a real server.
 */
class DiffPagesTest {

  static final int ADDED = 250;
  static TestServer server;

  static ReleaseDiff diff() {
    List<ReleaseDiff.Entry> entries = new ArrayList<>();
    for (int i = 0; i < ADDED; i++) {
      entries.add(new ReleaseDiff.Entry("added", "A" + i, "Test Added " + i, List.of()));
    }
    entries.add(new ReleaseDiff.Entry("removed", "R1", "Test Removed One", List.of()));
    for (int i = 0; i < 40; i++) {
      entries.add(
          new ReleaseDiff.Entry(
              "revised",
              "V" + i,
              "Test Revised " + i,
              List.of(new ReleaseDiff.FieldChange("age", "30", "31", "changed"))));
    }
    entries.add(
        new ReleaseDiff.Entry(
            "changed",
            "C1",
            "Test Changed",
            List.of(new ReleaseDiff.FieldChange("name_ar", "اسم أول", "اسم ثان", "changed"))));
    Map<String, Long> summary = new LinkedHashMap<>();
    summary.put("added", (long) ADDED);
    summary.put("removed", 1L);
    summary.put("changed", 41L);
    summary.put("revised", 40L);
    summary.put("duplicate_keys", 2L);
    return new ReleaseDiff(
        "moh",
        "2024-01",
        "2024-03",
        summary,
        entries,
        List.of(new ReleaseDiff.Revision("age", 1, "years", 40)));
  }

  @BeforeAll
  static void start() {
    RegisterData synth = SyntheticRegister.generate(60, 7);
    ReleaseDiff d = diff();
    Corrections c =
        ReleaseCorrections.compute(
            "moh",
            List.of(
                new ReleaseKeys("2024-01", 2, Map.of("K1", "Test Person One", "K2", "Test Two")),
                new ReleaseKeys("2024-03", 1, Map.of("K1", "Test Person One"))));
    Diffs diffs =
        new Diffs() {
          @Override
          public Optional<ReleaseDiff> diff(String source, String from, String to) {
            return source.equals("moh") && to.equals("2024-03") ? Optional.of(d) : Optional.empty();
          }

          @Override
          public Optional<Corrections> corrections(String source) {
            return source.equals("moh") ? Optional.of(c) : Optional.empty();
          }
        };
    server =
        new TestServer(
            new RegisterData(synth.persons(), synth.releases(), diffs, null, synth.review()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void summaryFirstThenAddedAndRemovedWithShowingXofY() throws Exception {
    String page = server.get("/releases/moh/2024-03?lang=en").body();
    assertTrue(page.indexOf("diff-summary") < page.indexOf("diff-added-entries"), "summary first");
    assertTrue(page.contains("Showing 1–100 of 250"), page);
    assertTrue(page.contains("Test Removed One"), "removed shown on the first view");
    assertTrue(page.contains("keys used twice in a release"), "duplicate_keys translated");
    assertFalse(page.contains(">diff.duplicate_keys<"), page);
    assertTrue(
        page.contains(
            "Age +1 year(s) in 40 records: one revision of the whole list, not separate corrections."),
        page);
    assertFalse(page.contains("Test Revised 3<"), "the revised records are not listed up front");
    String third = server.get("/releases/moh/2024-03?lang=en&kind=added&page=3").body();
    assertTrue(third.contains("Showing 201–250 of 250"), third);
    assertTrue(third.contains("Test Added 249") && !third.contains("Test Added 199<"), third);
    String changed = server.get("/releases/moh/2024-03?lang=en&kind=changed").body();
    assertTrue(changed.contains("<td>Name (Arabic)</td>"), "field names in words: " + changed);
    assertEquals(400, server.get("/releases/moh/2024-03?kind=nonsense").statusCode());
  }

  @Test
  void theArabicPageArrowPointsFromTheOlderToTheNewerRelease() throws Exception {
    String page = server.get("/releases/moh/2024-03?lang=ar").body();
    assertTrue(page.contains("<bdi>2024-01</bdi> ← إلى الإصدار <bdi>2024-03</bdi>"), page);
    assertTrue(page.contains("مفاتيح مكررة داخل الإصدار"), page);
  }

  @Test
  void theFullDiffDownloadsAsCsvWithBomAndAsJson() throws Exception {
    HttpResponse<byte[]> csv = server.getBytes("/api/releases/moh/2024-03/diff.csv?bom=1");
    assertEquals(200, csv.statusCode());
    assertEquals((byte) 0xEF, csv.body()[0]);
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).substring(1);
    assertTrue(text.startsWith("kind,key,name,field,before,after,field_kind"), text);
    assertEquals(1 + ADDED + 1 + 40 + 1, text.strip().split("\r\n").length, "every entry");
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("sijil-diff-moh-2024-01-to-2024-03.csv"));
    JsonNode json =
        new ObjectMapper().readTree(server.get("/api/releases/moh/2024-03/diff.json").body());
    assertEquals(ADDED + 1 + 40 + 1, json.get("entries").size());
    assertEquals(40, json.get("revisions").get(0).get("records").asLong());
  }

  @Test
  void headAnswersLikeGetWithoutTheBody() throws Exception {
    for (String path :
        List.of(
            "/api/download/persons.csv?bom=1",
            "/api/download/records.json",
            "/api/download/persons.parquet",
            "/api/download/dictionary.csv",
            "/api/releases/moh/2024-03/diff.csv")) {
      HttpResponse<byte[]> get = server.getBytes(path);
      HttpResponse<byte[]> head =
          server.client.send(
              HttpRequest.newBuilder(URI.create(server.base + path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, get.statusCode(), path);
      assertEquals(200, head.statusCode(), path);
      assertEquals(0, head.body().length, path);
      assertEquals(
          get.headers().firstValue("Content-Type"),
          head.headers().firstValue("Content-Type"),
          path);
      assertEquals(
          Long.toString(get.body().length),
          head.headers().firstValue("Content-Length").orElse("none"),
          path);
      assertEquals(
          get.headers().firstValue("Content-Disposition"),
          head.headers().firstValue("Content-Disposition"),
          path);
    }
  }

  @Test
  void downloadsAreStampedParquetIsParquetAndTheDictionaryDescribesEveryColumn() throws Exception {
    HttpResponse<byte[]> pq = server.getBytes("/api/download/persons.parquet");
    assertEquals("PAR1", new String(pq.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    String snapshot = pq.headers().firstValue("X-Sijil-Snapshot").orElseThrow();
    assertTrue(snapshot.matches("[0-9a-f]{12}"), snapshot);
    assertTrue(
        pq.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("sijil-persons-" + snapshot + ".parquet"));
    HttpResponse<byte[]> csv = server.getBytes("/api/download/persons.csv?bom=1");
    assertEquals((byte) 0xEF, csv.body()[0]);
    assertEquals((byte) 0xBB, csv.body()[1]);
    assertEquals((byte) 0xBF, csv.body()[2]);
    assertFalse(
        server.get("/api/download/persons.csv").body().startsWith("\uFEFF"), "no BOM unless asked");
    JsonNode dict = new ObjectMapper().readTree(server.get("/api/download/dictionary.json").body());
    List<String> persons = new ArrayList<>();
    for (JsonNode c : dict) {
      assertFalse(c.get("meaning_ar").asText().isBlank(), c.toString());
      assertFalse(c.get("meaning_en").asText().isBlank(), c.toString());
      if (c.get("file").asText().equals("persons")) {
        persons.add(c.get("column").asText());
      }
    }
    assertEquals(org.sijil.server.web.Downloads.PERSON_COLUMNS, persons);
  }

  @Test
  void correctionsPageAndApiAndThePersonsStatusLine() throws Exception {
    String page = server.get("/corrections/moh?lang=en").body();
    assertTrue(page.contains("Test Two"), page);
    assertTrue(page.contains("corrections-releases"), page);
    assertTrue(server.get("/corrections/moh?lang=ar").body().contains("حُذفت في"));
    JsonNode api = new ObjectMapper().readTree(server.get("/api/corrections/moh").body());
    assertEquals("K2", api.get("removed").get(0).get("key").asText());
    assertEquals("2024-03", api.get("removed").get(0).get("removed_in").asText());
    assertEquals(0, api.get("returned").size());
    assertEquals(404, server.get("/corrections/nosuch").statusCode());
    assertTrue(server.get("/releases?lang=en").body().contains("href=\"/corrections/moh\""));
    assertTrue(
        server
            .get("/statistics?lang=en")
            .body()
            .contains("These figures are for the whole register"),
        "the statistics page says which figures it shows");
    var person =
        server
            .register
            .matching(
                new org.sijil.server.model.SearchQuery(
                    null, null, null, null, null, null, null, null, null, null, 0, 10, false))
            .get(0);
    String p = server.get("/person/" + person.personId() + "?lang=en").body();
    assertTrue(p.contains("id=\"person-status\""), p);
    assertTrue(p.contains("in the latest release of") || p.contains("removed from"), p);
  }
}
