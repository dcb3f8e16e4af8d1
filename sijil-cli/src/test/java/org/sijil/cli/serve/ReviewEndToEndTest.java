package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.serve.ServedRegister.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * Review from the queue to the persons: {@code review list}, {@code review decide}, the web's
 * decision, {@code link --db} honouring decisions (split, merge), {@code --retrain} and {@code
 * --review-band}. Two registers are built alike from the same lists: one is reviewed from the CLI,
 * the other from the web, and they must end up the same.
 */
class ReviewEndToEndTest {

  static final String ANALYST = "amal";
  static final String PASSWORD = "a long enough secret";
  static final String NOTE = "same mother, same birth date";

  @TempDir static Path dir;
  static Map<String, Map<String, String>> input;
  static SampleRegister.Built cli;
  static SampleRegister.Built web;

  @BeforeAll
  static void build() {
    input = SampleRegister.writeLists(dir);
    cli = SampleRegister.build(dir, dir.resolve("cli.db"));
    web = SampleRegister.build(dir, dir.resolve("web.db"), "--review-band", "0.01,0.99");
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
                web.db().toString())
            .code());
  }

  @Test
  void decisionsFromTheCliAndTheWebAreOneThingAndLinkingHonoursThem() throws Exception {
    JsonNode queue = Cli.ok("review", "list", "--db", cli.db(), "--format", "json").json();
    assertFalse(queue.isEmpty(), "the samples leave pairs to review");
    for (JsonNode q : queue) {
      double p = q.get("probability").asDouble();
      assertTrue(p >= 0.2 && p < 0.8, "default band 0.2,0.8: " + q);
      Linkage.Pair pair = Linkage.Pair.parse(q.get("pair").asText());
      assertEquals(
          input.get(cli.recordId(pair.a().toString())).get("name_ar"), q.get("left_name").asText());
      assertEquals(
          input.get(cli.recordId(pair.b().toString())).get("name_ar"),
          q.get("right_name").asText());
      JsonNode explained =
          Cli.ok("explain", "--db", cli.db(), pair.a(), pair.b(), "--format", "json").json();
      assertEquals(
          p,
          explained.get("probability").asDouble(),
          1e-4,
          "the queue shows the model's probability");
    }
    JsonNode wide =
        Cli.ok("review", "list", "--db", web.db(), "--format", "json", "--limit", "1000").json();
    List<String> widePairs = new ArrayList<>();
    for (JsonNode q : wide) {
      double p = q.get("probability").asDouble();
      assertTrue(p >= 0.01 && p < 0.99, "band 0.01,0.99: " + q);
      widePairs.add(q.get("pair").asText());
    }
    for (JsonNode q : queue) {
      assertTrue(widePairs.contains(q.get("pair").asText()), "a wider band keeps " + q);
    }
    assertTrue(
        wide.size() > queue.size(),
        "a wider band queues more: " + wide.size() + " vs " + queue.size());
    assertEquals(
        1,
        Cli.ok("review", "list", "--db", cli.db(), "--format", "json", "--limit", "1")
            .json()
            .size());

    // A queued pair the model kept apart: decided 'match' from the CLI in one register, from the
    // web in the other.
    Map<Linkage.RecordKey, Long> before = assignments(cli.db());
    assertEquals(before, assignments(web.db()), "the two registers are built alike");
    // From the default band when it holds one, else from the web register's wider band (the
    // samples' scores move with the name comparison; what matters is a pair the model kept apart).
    Linkage.Pair pair = pairOfTwoPersons(queue, before);
    if (pair == null) {
      pair = pairOfTwoPersons(wide, before);
    }
    assertTrue(pair != null, "a queued pair of two persons: " + wide);
    Cli.ok(
        "review",
        "decide",
        pair.toString(),
        "match",
        "--by",
        ANALYST,
        "--note",
        NOTE,
        "--db",
        cli.db());
    try (ServedRegister server = ServedRegister.start(web.db())) {
      ServedRegister.Session s = server.signIn(ANALYST, PASSWORD);
      String id = pair.toString().replace('/', '~');
      assertEquals(
          403,
          server
              .post(
                  "/api/review/" + enc(id),
                  "application/json",
                  "{\"decision\":\"match\"}",
                  "Cookie",
                  s.cookie())
              .statusCode());
      HttpResponse<String> decided =
          server.post(
              "/api/review/" + enc(id),
              "application/json",
              "{\"decision\":\"match\",\"note\":\"" + NOTE + "\"}",
              "Cookie",
              s.cookie(),
              "X-CSRF-Token",
              s.csrf());
      assertEquals(200, decided.statusCode(), decided.body());
    }
    assertEquals(decisions(cli.db()), decisions(web.db()), "the same decision is stored");
    for (SampleRegister.Built b : List.of(cli, web)) {
      JsonNode left =
          Cli.ok("review", "list", "--db", b.db(), "--format", "json", "--limit", "1000").json();
      for (JsonNode q : left) {
        assertNotEquals(pair.id(), q.get("pair").asText(), "a decided pair leaves the queue");
      }
      assertEquals(before, assignments(b.db()), "a decision applies at the next link, not before");
      String linked = Cli.ok("link", "--db", b.db(), "--threads", "1").out();
      Matcher m = Pattern.compile("([0-9,]+) persons merged").matcher(linked);
      assertTrue(m.find() && !m.group(1).equals("0"), linked);
    }
    Map<Linkage.RecordKey, Long> merged = assignments(cli.db());
    assertEquals(
        merged, assignments(web.db()), "the web's decision and the CLI's have the same effect");
    long keep = Math.min(before.get(pair.a()), before.get(pair.b()));
    long gone = Math.max(before.get(pair.a()), before.get(pair.b()));
    assertEquals(keep, merged.get(pair.a()), "the smaller person id is kept");
    assertEquals(keep, merged.get(pair.b()));
    assertFalse(merged.containsValue(gone), "no record is left on the merged person");
    assertEquals(Long.valueOf(keep), mergedInto(cli.db(), gone));
    assertEquals(Long.valueOf(keep), mergedInto(web.db(), gone));
    try (Register reg = Register.open(cli.db())) {
      assertEquals(
          reg.linkage().records(keep),
          reg.linkage().records(gone),
          "the merged id still finds its person");
    }

    // A non-match inside a person splits it at the next link; one side keeps the id.
    Linkage.RecordKey r1 =
        new Linkage.RecordKey(cli.releaseIds().get("hospital/r1"), SampleRegister.REMOVED + 20);
    Linkage.RecordKey r2 = new Linkage.RecordKey(cli.releaseIds().get("hospital/r2"), 20);
    assertEquals(
        input.get(cli.recordId(r1.toString())).get("id"),
        input.get(cli.recordId(r2.toString())).get("id"));
    long person = merged.get(r1);
    assertEquals(person, merged.get(r2), "one key in two releases is one person");
    Cli.ok("review", "decide", r1 + "/" + r2, "non-match", "--by", ANALYST, "--db", cli.db());
    Cli.ok("link", "--db", cli.db(), "--threads", "1");
    Map<Linkage.RecordKey, Long> split = assignments(cli.db());
    assertNotEquals(split.get(r1), split.get(r2), "split at the next link");
    assertTrue(split.get(r1) == person || split.get(r2) == person, "one side keeps id " + person);
    assertEquals(keep, split.get(pair.a()), "the earlier match holds");
    assertEquals(split.get(pair.a()), split.get(pair.b()));

    // Retraining fits the model again and keeps every person id.
    String retrained = Cli.ok("link", "--db", cli.db(), "--retrain", "--threads", "1").out();
    assertTrue(retrained.contains("(model trained)"), retrained);
    assertEquals(split, assignments(cli.db()), "--retrain keeps ids");

    // What the user sees: the served register shows the merged and the split persons.
    try (ServedRegister server = ServedRegister.start(cli.db())) {
      JsonNode p = server.json("/api/persons/P" + keep);
      List<String> ids = new ArrayList<>();
      p.get("records").forEach(r -> ids.add(r.get("record_id").asText()));
      assertTrue(
          ids.contains(cli.recordId(pair.a().toString()))
              && ids.contains(cli.recordId(pair.b().toString())),
          ids.toString());
      JsonNode a = server.json("/api/persons/P" + split.get(r1));
      a.get("records")
          .forEach(r -> assertNotEquals(cli.recordId(r2.toString()), r.get("record_id").asText()));
    }
  }

  static Map<Linkage.RecordKey, Long> assignments(Path db) {
    try (Register reg = Register.open(db)) {
      return reg.linkage().assignments();
    }
  }

  /** The stored decisions without their time: pair, decision, author, note. */
  static List<String> decisions(Path db) {
    try (Register reg = Register.open(db)) {
      return reg.linkage().decisions().stream()
          .map(d -> d.pair() + " " + d.match() + " " + d.by() + " " + d.note())
          .toList();
    }
  }

  /** The person a merged person points to (DuckDB's persons table; null when not merged). */
  static Long mergedInto(Path db, long person) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        PreparedStatement s =
            c.prepareStatement("SELECT merged_into FROM persons WHERE person_id = ?")) {
      s.setLong(1, person);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "person " + person + " exists");
        long v = r.getLong(1);
        return r.wasNull() ? null : v;
      }
    }
  }

  @Test
  void reviewListSaysWhenItShowsPartOfTheQueueAndPages() {
    int total =
        Cli.ok("review", "list", "--db", web.db(), "--format", "json", "--limit", "100000")
            .json()
            .size();
    org.junit.jupiter.api.Assumptions.assumeTrue(total > 2, "needs a queue of 3 or more");
    Cli.Run first = Cli.ok("review", "list", "--db", web.db(), "--limit", "2");
    assertTrue(
        first.err().contains("showing 1-2 of " + total + " pairs; next: --offset 2"), first.err());
    Cli.Run next =
        Cli.ok(
            "review",
            "list",
            "--db",
            web.db(),
            "--limit",
            "2",
            "--offset",
            "2",
            "--format",
            "json");
    assertTrue(next.json().size() >= 1 && next.json().size() <= 2, next.out());
  }

  /** The first queued pair whose records are in two different persons, or null. */
  private static Linkage.Pair pairOfTwoPersons(
      JsonNode queue, Map<Linkage.RecordKey, Long> persons) {
    for (JsonNode q : queue) {
      Linkage.Pair p = Linkage.Pair.parse(q.get("pair").asText());
      if (!persons.get(p.a()).equals(persons.get(p.b()))) {
        return p;
      }
    }
    return null;
  }
}
