package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.users.ManageUsers;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * Twenty analysts at once against one server, each its own session (signed in, so the sessions live
 * in the register): each records review decisions and reads pages between them. No request fails
 * and every decision is stored exactly once, with its analyst; decisions on the same pair by
 * different analysts are all kept. Each backend runs it through a subclass.
 */
public abstract class ConcurrentAnalystsContract {

  static final int ANALYSTS = 20;

  /** Decisions per analyst; {@code -Dsijil.load.rounds=N} for a longer load run. */
  static final int ROUNDS = Integer.getInteger("sijil.load.rounds", 5);

  static final String PASSWORD = "a long enough secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Where this backend's register lives (the value of {@code --db}). */
  protected abstract Path registerIn(Path dir);

  @Test
  void twentyAnalystsDecideAndReadAtOnceWithoutLossOrError() throws Exception {
    SampleRegister.writeLists(dir);
    SampleRegister.Built built = SampleRegister.build(dir, registerIn(dir));
    long before;
    try (Register reg = Register.open(built.db())) {
      ManageUsers users = new ManageUsers(reg);
      for (int i = 0; i < ANALYSTS; i++) {
        users.save("analyst" + i, "analyst", PASSWORD.toCharArray(), 4, new Actor("test"));
      }
      before = reg.integrity().entryCount();
    }
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    try (ServedRegister server = ServedRegister.start(built.db())) {
      ServedRegister.Session first = server.signIn("analyst0", PASSWORD);
      List<String> pairs = new ArrayList<>();
      for (JsonNode item : server.json("/api/review", "Cookie", first.cookie()).get("items")) {
        pairs.add(item.get("pair_id").asText());
      }
      assertFalse(pairs.isEmpty(), "the samples leave pairs to review");
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(ANALYSTS);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < ANALYSTS; i++) {
        int analyst = i;
        done.add(pool.submit(() -> analyst(server, analyst, pairs, failures)));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - start) / 1e9;
      int requests = ANALYSTS * (1 + ROUNDS * 4);
      System.out.printf(
          "load %s: %d analysts, %d decisions, %d requests in %.1f s (%.1f requests/s), %d failed%n",
          built.db().toString().replaceAll("//[^@/]*@", "//"),
          ANALYSTS,
          ANALYSTS * ROUNDS,
          requests,
          seconds,
          requests / seconds,
          failures.size());
    }
    assertTrue(failures.isEmpty(), failures.size() + " failed requests: " + failures);
    try (Register reg = Register.open(built.db())) {
      // Every decision is kept (the log has one entry each); the latest per pair is the one
      // applied.
      long after = reg.integrity().entryCount();
      assertEquals(ANALYSTS * ROUNDS, after - before, "every decision stored exactly once");
      List<LogEntry.ReviewDecision> logged = new ArrayList<>();
      for (IntegrityLog.Entry e : reg.integrity().entries(before, after)) {
        if (EntryCodec.decode(e.bytes()) instanceof LogEntry.ReviewDecision d) {
          logged.add(d);
        }
      }
      Map<String, Long> byNote =
          logged.stream()
              .collect(Collectors.groupingBy(LogEntry.ReviewDecision::note, Collectors.counting()));
      assertEquals(ANALYSTS * ROUNDS, byNote.size(), "each analyst's each decision, once");
      assertTrue(byNote.values().stream().allMatch(n -> n == 1), byNote.toString());
      Map<String, Long> byAnalyst =
          logged.stream()
              .collect(
                  Collectors.groupingBy(LogEntry.ReviewDecision::actor, Collectors.counting()));
      assertEquals(ANALYSTS, byAnalyst.size());
      assertTrue(byAnalyst.values().stream().allMatch(n -> n == ROUNDS), byAnalyst.toString());
      Map<String, String> lastNotePerPair = new java.util.HashMap<>();
      for (LogEntry.ReviewDecision d : logged) {
        lastNotePerPair.put(d.left() + " " + d.right(), d.note());
      }
      Map<String, String> applied = new java.util.HashMap<>();
      for (Linkage.Decision d : reg.linkage().decisions()) {
        if (d.note() != null && d.note().startsWith("load ")) {
          applied.put(d.pair().toString(), d.note());
        }
      }
      assertEquals(
          new java.util.TreeSet<>(lastNotePerPair.values()),
          new java.util.TreeSet<>(applied.values()),
          "the newest decision on each pair is the one applied");
    }
  }

  /** One analyst: signs in, then decides {@link #ROUNDS} pairs, reading pages between. */
  private static void analyst(
      ServedRegister server,
      int analyst,
      List<String> pairs,
      ConcurrentLinkedQueue<String> failed) {
    try {
      ServedRegister.Session s = server.signIn("analyst" + analyst, PASSWORD);
      for (int round = 0; round < ROUNDS; round++) {
        String pair = pairs.get((analyst + round) % pairs.size());
        String body =
            JSON.writeValueAsString(
                Map.of(
                    "decision",
                    (analyst + round) % 2 == 0 ? "match" : "non-match",
                    "note",
                    "load " + analyst + "/" + round));
        HttpResponse<String> r =
            server.post(
                "/api/review/" + ServedRegister.enc(pair),
                "application/json",
                body,
                "Cookie",
                s.cookie(),
                "X-CSRF-Token",
                s.csrf());
        expect(200, r, "decide " + pair, failed);
        expect(200, server.get("/review", "Cookie", s.cookie()), "/review", failed);
        expect(200, server.get("/api/persons?q=a&limit=5"), "search", failed);
        expect(200, server.get("/releases"), "/releases", failed);
      }
    } catch (Exception e) {
      failed.add("analyst" + analyst + ": " + e);
    }
  }

  private static void expect(
      int status, HttpResponse<String> r, String what, ConcurrentLinkedQueue<String> failed) {
    if (r.statusCode() != status) {
      failed.add(what + " answered " + r.statusCode() + ": " + r.body());
    }
  }
}
