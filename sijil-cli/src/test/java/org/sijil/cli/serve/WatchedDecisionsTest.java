package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.serve.WatchedRegisters.TESTER;
import static org.sijil.cli.serve.WatchedRegisters.answers;
import static org.sijil.cli.serve.WatchedRegisters.assertSameAnswers;
import static org.sijil.cli.serve.WatchedRegisters.await;
import static org.sijil.cli.serve.WatchedRegisters.deleteIndex;
import static org.sijil.cli.serve.WatchedRegisters.enc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.integrity.LogStamp;
import org.sijil.app.users.ManageUsers;
import org.sijil.cli.Cli;
import org.sijil.cli.postgres.TestPostgres;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * A running server shows what analysts do on the command line while it serves (issues 13 and 14):
 * {@code sijil review decide} (match, non-match, unsure), {@code sijil incidents grade} and {@code
 * sijil sources name}, run as another process would, show within the watch's interval on the API
 * and the pages, without reading the whole register again ({@code AmendedView}: no person changed),
 * and equal what a freshly started server on the same register shows: the review queue and pairs,
 * the graded person's status, source names in pages and downloads, the log's stamp. On DuckDB and
 * on PostgreSQL (skipped without one). The bundled synthetic samples ({@link SampleRegister}).
 */
class WatchedDecisionsTest {

  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @TempDir Path dir;

  private static final String ANALYST = "amal";
  private static final String PASSWORD = "a long enough secret";
  private static final String NOTE = "same mother, same date of death";
  private static final String SOURCE_EN = "Hospital records (test)";
  private static final String SOURCE_AR = "سجلات المستشفى للاختبار";

  @Test
  void onDuckDb() throws Exception {
    Path db = dir.resolve("reg.db");
    build(db);
    showsWhatAFreshStartShows(db);
  }

  @Test
  void onPostgres() throws Exception {
    Path db = postgres.newRegister("sijil_watched_decisions_");
    build(db);
    try {
      showsWhatAFreshStartShows(db);
    } finally {
      deleteIndex(db);
    }
  }

  private void showsWhatAFreshStartShows(Path db) throws Exception {
    List<Linkage.Pair> pairs = queuedPairs(db);
    String graded = personOf(db, pairs.get(0).a());
    try (Register reg = Register.open(db)) {
      new ManageUsers(reg).save(ANALYST, "analyst", PASSWORD.toCharArray(), 4, TESTER);
    }
    Map<String, String> decided;
    String decidedStamp;
    try (ServedRegister server = ServedRegister.start(db)) {
      ServedRegister.Session s = server.signIn(ANALYST, PASSWORD);
      List<String> urls = urls(server.base(), pairs, graded);
      Map<String, String> before = answers(urls, sameFor(s), "Cookie", s.cookie());
      long start = System.nanoTime();
      decide(db, pairs);
      Cli.ok(
          "incidents", "grade", graded, "contest", "--reason", NOTE, "--by", ANALYST, "--db", db);
      Cli.ok(
          "sources",
          "name",
          "hospital",
          "--en",
          SOURCE_EN,
          "--ar",
          SOURCE_AR,
          "--by",
          ANALYST,
          "--db",
          db);
      await(() -> shown(server, s, pairs.get(0)), server::log);
      double seconds = (System.nanoTime() - start) / 1e9;
      // The watch looks every 5 s; a loaded machine may take a few looks more.
      assertTrue(seconds < 30, "shown after " + seconds + " s: " + server.log());
      String stamp = stampNow(db);
      await(() -> stamp.equals(snapshotOf(server)), server::log);
      assertEquals(
          1, server.log().lines().filter(l -> l.startsWith("Loaded ")).count(), server.log());
      assertTrue(server.log().contains("no person changed"), server.log());
      decided = answers(urls, sameFor(s), "Cookie", s.cookie());
      decidedStamp = snapshotOf(server);
      assertNotEquals(before, decided);
    }
    try (ServedRegister fresh = ServedRegister.start(db)) {
      ServedRegister.Session s = fresh.signIn(ANALYST, PASSWORD);
      Map<String, String> started =
          answers(urls(fresh.base(), pairs, graded), sameFor(s), "Cookie", s.cookie());
      assertSameAnswers(started, decided);
      assertEquals(snapshotOf(fresh), decidedStamp);
      String queue = started.get("/api/review?null");
      assertTrue(queue.contains(NOTE), queue);
      assertTrue(pairs.size() < 3 || queue.contains("\"unsure\""), queue);
      assertTrue(started.get("/api/download/persons.csv?null").contains(SOURCE_AR));
      assertTrue(started.get("/api/persons/" + graded + "/status?null").contains("contest"));
    }
  }

  /**
   * The sample lists of {@link SampleRegister} imported and linked with the commands (their index
   * kept current as the commands keep it): enough records to leave pairs to review.
   */
  private void build(Path db) {
    SampleRegister.writeLists(dir);
    SampleRegister.build(dir, db);
  }

  /** The CSRF token is the session's: each server signs in anew. */
  private static UnaryOperator<String> sameFor(ServedRegister.Session s) {
    return body -> body.replace(s.csrf(), "CSRF");
  }

  /** Up to three queued pairs: decided match, non-match and unsure (kept for a second analyst). */
  private static void decide(Path db, List<Linkage.Pair> pairs) {
    String[] verdicts = {"match", "non-match", "unsure"};
    for (int i = 0; i < pairs.size(); i++) {
      Cli.ok(
          "review",
          "decide",
          pairs.get(i).toString(),
          verdicts[i],
          "--note",
          NOTE,
          "--by",
          ANALYST,
          "--db",
          db);
    }
  }

  /** True once the server's review API shows the first pair decided. */
  private static boolean shown(ServedRegister server, ServedRegister.Session s, Linkage.Pair p) {
    try {
      String queue = server.get("/api/review", "Cookie", s.cookie()).body();
      int at = queue.indexOf(p.id());
      return at >= 0 && queue.indexOf(NOTE, at) >= 0;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The snapshot a server's downloads are stamped with. */
  private static String snapshotOf(ServedRegister server) {
    try {
      return server
          .get("/api/download/persons.csv")
          .headers()
          .firstValue("X-Sijil-Snapshot")
          .orElse("");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stampNow(Path db) {
    try (Register reg = Register.open(db)) {
      return LogStamp.of(reg).orElseThrow();
    }
  }

  /** Up to three pairs of the review queue, as the linker left it. */
  private static List<Linkage.Pair> queuedPairs(Path db) {
    try (Register reg = Register.open(db)) {
      List<Linkage.Pair> pairs = new ArrayList<>();
      for (Linkage.QueuedPair q : reg.linkage().queue()) {
        if (pairs.size() < 3) {
          pairs.add(q.pair());
        }
      }
      assertFalse(pairs.isEmpty(), "the samples leave pairs to review");
      return pairs;
    }
  }

  private static String personOf(Path db, Linkage.RecordKey record) {
    try (Register reg = Register.open(db)) {
      return "P" + reg.linkage().currentLinks().get(record).personId();
    }
  }

  /** The review queue and pairs, the graded person, source names, statistics and downloads. */
  private static List<String> urls(String base, List<Linkage.Pair> pairs, String graded) {
    List<String> urls = new ArrayList<>();
    urls.add(base + "/api/review");
    urls.add(base + "/review?lang=en");
    urls.add(base + "/review?lang=ar");
    for (Linkage.Pair p : pairs) {
      urls.add(base + "/review/" + enc(p.id()) + "?lang=en");
    }
    urls.add(base + "/api/persons/" + graded);
    urls.add(base + "/api/persons/" + graded + "/status");
    urls.add(base + "/person/" + graded + "?lang=en");
    urls.add(base + "/person/" + graded + "?lang=ar");
    urls.add(base + "/api/statuses");
    urls.add(base + "/api/download/persons.csv");
    urls.add(base + "/api/statistics");
    urls.add(base + "/statistics?lang=en");
    urls.add(base + "/releases?lang=ar");
    urls.add(base + "/sources?lang=en");
    return urls;
  }
}
