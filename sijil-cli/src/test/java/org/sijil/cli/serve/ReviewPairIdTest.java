package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.serve.ServedRegister.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * One pair id for the web and the CLI, and the "unsure" verdict: the id {@code review list} prints
 * is the one the web page shows and opens, and {@code review decide} takes the id the page shows;
 * "unsure" is stored and logged with its author, keeps the pair in the queue and changes no person
 * at the next link; downloads of that server are stamped with the log's size and root. Against a
 * real server on the register.
 */
class ReviewPairIdTest {

  static final String ANALYST = "amal";
  static final String SECOND = "basem";
  static final String PASSWORD = "a long enough secret";

  @TempDir static Path dir;
  static SampleRegister.Built built;

  @BeforeAll
  static void build() {
    SampleRegister.writeLists(dir);
    built = SampleRegister.build(dir, dir.resolve("ids.db"));
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
  }

  /** The integrity log's stamp as a reader computes it: size, then 12 hex digits of the root. */
  static String logStamp(Path db) {
    try (Register reg = Register.open(db)) {
      org.sijil.core.integrity.TransparencyLog log =
          org.sijil.core.integrity.TransparencyLog.open(reg.integrity().hashes());
      assertTrue(log.size() > 0, "import and link write the log");
      return log.size() + "-" + java.util.HexFormat.of().formatHex(log.root()).substring(0, 12);
    }
  }

  /**
   * Issue 16: downloads are named and stamped with the integrity log's size and root (as the signed
   * checkpoint states them) of the snapshot served, not with a hash of the releases. (Checked on
   * the server the review test starts: a register's search index is served once per JVM.)
   */
  static void downloadsAreStampedWithTheLogsSizeAndRoot(ServedRegister server, String expected)
      throws Exception {
    for (String path :
        List.of(
            "/api/download/persons.csv",
            "/api/download/records.json",
            "/api/download/dictionary.csv")) {
      HttpResponse<String> r = server.get(path);
      assertEquals(200, r.statusCode(), path);
      assertEquals(expected, r.headers().firstValue("X-Sijil-Snapshot").orElseThrow(), path);
      assertTrue(
          r.headers()
              .firstValue("Content-Disposition")
              .orElseThrow()
              .contains("-" + expected + "."),
          path);
    }
  }

  @Test
  void theCliAndTheWebShareOnePairIdAndUnsureKeepsThePairWaiting() throws Exception {
    JsonNode queue = Cli.ok("review", "list", "--db", built.db(), "--format", "json").json();
    assertFalse(queue.isEmpty(), "the samples leave pairs to review");
    String id = queue.get(0).get("pair").asText();
    assertTrue(id.matches("\\d+:\\d+~\\d+:\\d+"), "RELEASE:ROW~RELEASE:ROW: " + id);
    assertEquals("", queue.get(0).get("unsure_by").asText());
    Linkage.Pair pair = Linkage.Pair.parse(id);
    Map<Linkage.RecordKey, Long> before = ReviewEndToEndTest.assignments(built.db());

    String stamp = logStamp(built.db());
    try (ServedRegister server = ServedRegister.start(built.db())) {
      downloadsAreStampedWithTheLogsSizeAndRoot(server, stamp);
      ServedRegister.Session s = server.signIn(ANALYST, PASSWORD);
      HttpResponse<String> list = server.get("/review", "Cookie", s.cookie());
      assertEquals(200, list.statusCode());
      assertTrue(list.body().contains(">" + id + "<"), "the web queue shows the CLI's id");
      assertTrue(list.body().contains("id=\"find-pair\""), "a form opens a pair by its id");
      HttpResponse<String> page = server.get("/review/" + enc(id), "Cookie", s.cookie());
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(page.body().contains(id), "the page shows the id");
      assertTrue(page.body().contains("id=\"decide-unsure\""), "an unsure button");
      // The older '/' form, and the records the other way round, open the same pair.
      String reversed = pair.b() + "/" + pair.a();
      HttpResponse<String> found =
          server.get("/review?pair=" + enc(reversed), "Cookie", s.cookie());
      assertEquals(303, found.statusCode());
      assertEquals("/review/" + enc(id), found.headers().firstValue("Location").orElseThrow());

      HttpResponse<String> unsure =
          server.post(
              "/review/" + enc(id),
              "application/x-www-form-urlencoded",
              "decision=unsure&note=" + enc("ask the family") + "&_csrf=" + enc(s.csrf()),
              "Cookie",
              s.cookie());
      assertEquals(303, unsure.statusCode(), unsure.body());
      HttpResponse<String> after = server.get("/review", "Cookie", s.cookie());
      assertTrue(
          after.body().contains("unsure (" + ANALYST + ")"), "the queue says who was unsure");
      HttpResponse<String> bad =
          server.post(
              "/api/review/" + enc(id),
              "application/json",
              "{\"decision\":\"maybe\"}",
              "Cookie",
              s.cookie(),
              "X-CSRF-Token",
              s.csrf());
      assertEquals(400, bad.statusCode(), bad.body());
    }

    try (Register reg = Register.open(built.db())) {
      assertTrue(reg.linkage().decisions().isEmpty(), "unsure is no decision");
      List<Linkage.Decision> unsure = reg.linkage().unsure();
      assertEquals(1, unsure.size());
      assertEquals(pair, unsure.get(0).pair());
      assertEquals(ANALYST, unsure.get(0).by());
      assertEquals("ask the family", unsure.get(0).note());
      LogEntry.ReviewDecision logged = null;
      for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
        if (EntryCodec.decode(e.bytes()) instanceof LogEntry.ReviewDecision d) {
          logged = d;
        }
      }
      assertTrue(logged != null, "the unsure verdict is logged");
      assertEquals("unsure", logged.decision());
      assertEquals(ANALYST, logged.actor());
    }
    JsonNode still = Cli.ok("review", "list", "--db", built.db(), "--format", "json").json();
    assertTrue(
        still.findValuesAsText("pair").contains(id), "an unsure pair stays in the queue: " + still);
    for (JsonNode q : still) {
      if (q.get("pair").asText().equals(id)) {
        assertEquals(ANALYST, q.get("unsure_by").asText());
      }
    }
    Cli.ok("link", "--db", built.db(), "--threads", "1");
    assertEquals(
        before, ReviewEndToEndTest.assignments(built.db()), "unsure changes no person at linking");

    // The second analyst types the id as the page shows it.
    Cli.Run second =
        Cli.ok("review", "decide", id, "non-match", "--by", SECOND, "--db", built.db());
    assertTrue(second.out().startsWith(id + ": non-match by " + SECOND), second.out());
    try (Register reg = Register.open(built.db())) {
      assertEquals(1, reg.linkage().decisions().size());
      assertEquals(SECOND, reg.linkage().decisions().get(0).by());
      assertTrue(reg.linkage().unsure().isEmpty(), "the later decision settles the pair");
    }
    assertFalse(
        Cli.ok("review", "list", "--db", built.db(), "--format", "json", "--limit", "1000")
            .json()
            .findValuesAsText("pair")
            .contains(id),
        "a decided pair leaves the queue");
    Cli.Run unsureCli =
        Cli.ok("review", "decide", id, "unsure", "--by", SECOND, "--db", built.db());
    assertTrue(unsureCli.out().contains("kept in the queue"), unsureCli.out());
    assertTrue(
        Cli.ok("review", "list", "--db", built.db(), "--format", "json", "--limit", "1000")
            .json()
            .findValuesAsText("pair")
            .contains(id),
        "marked unsure again, the pair waits again");
  }
}
