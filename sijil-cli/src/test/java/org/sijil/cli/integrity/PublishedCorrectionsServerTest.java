package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.ServedRegister;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * An analyst's correction shows on a real server's person page (with its "corrected on DATE:
 * REASON" note and the old value), API, search hit and downloads; a removed record is gone from
 * them and from the statistics; running the same commands again logs nothing; the corrections hold
 * when the release is imported again under another label with the same rows, and a new release that
 * changes the corrected field itself shows the list's value. Artificial names.
 */
class PublishedCorrectionsServerTest {

  private static final String HEADER = "id,name,age\n";
  private static final String R1 =
      HEADER
          + "T-1,اسم تجريبي اول,30\n"
          + "T-2,اسم تجريبي ثان,41\n"
          + "T-3,اسم تجريبي ثالث,52\n"
          + "T-4,اسم تجريبي رابع,63\n";
  // The same rows; then a release where the list itself changes T-2's age.
  private static final String R3 =
      HEADER
          + "T-1,اسم تجريبي اول,30\n"
          + "T-2,اسم تجريبي ثان,47\n"
          + "T-3,اسم تجريبي ثالث,52\n"
          + "T-4,اسم تجريبي رابع,63\n";
  private static final String CORRECTED_NAME = "اسم مصحح تجريبي";

  @TempDir Path dir;

  @Test
  void correctionsAndRemovalsReachEveryPublicView() throws Exception {
    Path db = dir.resolve("reg.db");
    importAs(db, write("r1.csv", R1), "r1");
    Cli.ok("link", "--db", db, "--by", "tester");
    long r1 = releaseId(db, "r1");

    correct(db, r1 + ":2", "age", "45", "hospital record");
    correct(db, r1 + ":1", "name_ar", CORRECTED_NAME, "family's statement");
    Cli.ok("records", "remove", r1 + ":3", "--db", db, "--reason", "listed twice", "--by", "salma");
    long entries = entries(db);
    Cli.Run again = correct(db, r1 + ":2", "age", "45", "hospital record");
    assertTrue(again.out().startsWith("already in effect"), again.out());
    Cli.ok("records", "remove", r1 + ":3", "--db", db, "--reason", "listed twice", "--by", "salma");
    assertEquals(entries, entries(db), "re-running logged nothing");
    assertEquals(
        1,
        Cli.run(
                "records",
                "correct",
                r1 + ":2",
                "--db",
                db,
                "--field",
                "age",
                "--value",
                "old",
                "--reason",
                "x",
                "--by",
                "salma")
            .code());
    assertEquals(
        1,
        Cli.run(
                "records",
                "correct",
                r1 + ":2",
                "--db",
                db,
                "--field",
                "id",
                "--value",
                "T-9",
                "--reason",
                "x",
                "--by",
                "salma")
            .code());

    String p2 = person(db, r1, 2);
    String p3 = person(db, r1, 3);
    try (ServedRegister server = ServedRegister.start(db)) {
      JsonNode p = server.json("/api/persons/" + p2);
      assertEquals("45", p.get("age").asText());
      JsonNode c = p.get("corrections").get(0);
      assertEquals("age", c.get("field").asText());
      assertEquals("41", c.get("old_value").asText());
      assertEquals("45", c.get("new_value").asText());
      assertEquals("hospital record", c.get("reason").asText());
      assertEquals("salma", c.get("by").asText());
      assertTrue(c.get("applied").asBoolean());
      String page = server.get("/person/" + p2 + "?lang=en").body();
      assertTrue(page.contains("id=\"corrections\""), page);
      assertTrue(page.contains("Corrected on"), page);
      assertTrue(page.contains("hospital record"), page);
      assertTrue(page.contains("<del dir=\"auto\">41</del>"), page);

      JsonNode hits =
          server.json("/api/persons?q=" + ServedRegister.enc(CORRECTED_NAME)).get("hits");
      assertTrue(hits.size() >= 1, hits.toString());
      assertEquals(CORRECTED_NAME, hits.get(0).get("name_ar").asText(), hits.toString());

      assertEquals(404, server.get("/api/persons/" + p3).statusCode());
      assertEquals(404, server.get("/person/" + p3).statusCode());
      assertEquals(3, server.json("/api/statistics").get("persons").asLong());
      String records = server.get("/api/download/records.csv").body();
      assertFalse(records.contains("T-3"), records);
      assertTrue(records.contains(CORRECTED_NAME), records);
      JsonNode history = server.json("/api/persons/" + p2 + "/history").get("events");
      assertEquals("correction", history.get(history.size() - 1).get("type").asText());
    }

    // The same rows again under another label, then a release that changes T-2's age itself.
    importAs(db, write("r2.csv", R1), "r2");
    importAs(db, write("r3.csv", R3), "r3");
    Cli.ok("link", "--db", db, "--by", "tester");
    long r2 = releaseId(db, "r2");
    long r3 = releaseId(db, "r3");
    // A second server in this JVM needs its own search index folder: serve a copy.
    Path copy = dir.resolve("copy.db");
    Files.copy(db, copy);
    try (ServedRegister server = ServedRegister.start(copy)) {
      // Same rows under another label: the correction holds (same key, same value corrected).
      JsonNode same = server.json("/api/persons/" + person(db, r2, 2));
      assertEquals("45", recordOf(same, "test-list/r2/2").get("age").asText(), same.toString());
      assertTrue(noteOn(same, "test-list/r2/2").get("applied").asBoolean(), same.toString());
      // The list itself changed the field: its value is shown, the correction noted as overridden.
      JsonNode changed = server.json("/api/persons/" + person(db, r3, 2));
      assertEquals("47", recordOf(changed, "test-list/r3/2").get("age").asText());
      assertFalse(noteOn(changed, "test-list/r3/2").get("applied").asBoolean(), changed.toString());
      JsonNode first = server.json("/api/persons/" + person(db, r3, 1));
      assertEquals(CORRECTED_NAME, first.get("name_ar").asText(), first.toString());
      // T-3's removal holds in every release that lists the key: 3 of 4 records in each of 3.
      assertEquals(9, server.json("/api/statistics").get("records").asLong());
      assertFalse(server.get("/api/download/records.csv").body().contains("T-3"));
    }
    assertEquals(0, Cli.run("verify", "--db", db).code());
  }

  private static JsonNode recordOf(JsonNode person, String recordId) {
    for (JsonNode r : person.get("records")) {
      if (r.get("record_id").asText().equals(recordId)) {
        return r;
      }
    }
    throw new AssertionError("no record " + recordId + " in " + person);
  }

  private static JsonNode noteOn(JsonNode person, String recordId) {
    for (JsonNode c : person.get("corrections")) {
      if (c.get("record_id").asText().equals(recordId)) {
        return c;
      }
    }
    throw new AssertionError("no correction on " + recordId + " in " + person);
  }

  private Path write(String name, String text) throws java.io.IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static void importAs(Path db, Path csv, String label) {
    Cli.ok("import", csv, "--db", db, "--source", "test-list", "--release", label, "--by", "amal");
  }

  private static Cli.Run correct(Path db, String record, String field, String value, String why) {
    return Cli.ok(
        "records",
        "correct",
        record,
        "--db",
        db,
        "--field",
        field,
        "--value",
        value,
        "--reason",
        why,
        "--by",
        "salma");
  }

  private static long releaseId(Path db, String label) {
    try (Register reg = Register.open(db)) {
      return reg.releases().resolve("test-list", label).id();
    }
  }

  private static long entries(Path db) {
    try (Register reg = Register.open(db)) {
      return reg.integrity().entryCount();
    }
  }

  private static String person(Path db, long release, long row) {
    try (Register reg = Register.open(db)) {
      return "P" + reg.linkage().currentLinks().get(new Linkage.RecordKey(release, row)).personId();
    }
  }
}
