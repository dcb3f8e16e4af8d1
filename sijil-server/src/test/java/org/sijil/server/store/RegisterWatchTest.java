package org.sijil.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.publish.WatchedState;
import org.sijil.app.records.AmendRecord;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.ServerConfig;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * A running server shows the corrections and removals another process makes (as {@code sijil
 * records correct|remove} make them) without a restart; an idle register is not opened again, and
 * the view is not read again while the register's published state is unchanged. Artificial names.
 */
class RegisterWatchTest {

  private static final Actor TESTER = new Actor("tester");
  private static final String ROWS =
      "id,name,age\n"
          + "T-1,اسم تجريبي اول,30\n"
          + "T-2,اسم تجريبي ثان,41\n"
          + "T-3,اسم تجريبي ثالث,52\n"
          + "T-4,اسم تجريبي رابع,63\n";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The second writer: corrects the age of record args[1] and removes record args[2]. */
  public static final class Writer {
    public static void main(String[] args) {
      try (Register reg = Register.open(Path.of(args[0]))) {
        AmendRecord amend = new AmendRecord(reg);
        Actor salma = new Actor("salma");
        amend.correct(Linkage.RecordKey.parse(args[1]), "age", "45", "hospital record", salma);
        amend.remove(Linkage.RecordKey.parse(args[2]), "listed twice", salma);
      }
    }
  }

  @Test
  void amendmentsFromAnotherProcessReachARunningServer() throws Exception {
    Path db = register(true);
    String p2;
    String p3;
    long release;
    try (Register reg = Register.open(db)) {
      release = reg.releases().list().get(0).id();
      p2 = "P" + reg.linkage().currentLinks().get(new Linkage.RecordKey(release, 2)).personId();
      p3 = "P" + reg.linkage().currentLinks().get(new Linkage.RecordKey(release, 3)).personId();
    }
    StringWriter log = new StringWriter();
    RegisterSite.Site site =
        RegisterSite.open(
            db,
            ServerConfig.defaults(),
            new PrintWriter(log, true),
            RegisterSite.Options.SERVE.watchingEvery(Duration.ofMillis(200)));
    var app = site.app().start("127.0.0.1", 0);
    try {
      site.awaitLoaded();
      String base = "http://127.0.0.1:" + app.port();
      assertEquals("41", json(base + "/api/persons/" + p2).get("age").asText());
      assertEquals(200, get(base + "/api/persons/" + p3).statusCode());

      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process writer =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Writer.class.getName(),
                  db.toString(),
                  release + ":2",
                  release + ":3")
              .redirectErrorStream(true)
              .start();
      String said = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, writer.waitFor(), said);

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (get(base + "/api/persons/" + p3).statusCode() != 404 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      JsonNode p = json(base + "/api/persons/" + p2);
      assertEquals("45", p.get("age").asText(), p.toString());
      JsonNode c = p.get("corrections").get(0);
      assertEquals("41", c.get("old_value").asText());
      assertEquals("hospital record", c.get("reason").asText());
      assertEquals("salma", c.get("by").asText());
      assertEquals(404, get(base + "/api/persons/" + p3).statusCode());
      assertEquals(404, get(base + "/person/" + p3).statusCode());
      assertEquals(3, json(base + "/api/statistics").get("persons").asLong());
      String page = get(base + "/person/" + p2 + "?lang=en").body();
      assertTrue(page.contains("hospital record"), page);
      JsonNode hits = json(base + "/api/persons?q=T-3").get("hits");
      for (JsonNode h : hits) {
        assertFalse(h.get("person_id").asText().equals(p3), hits.toString());
      }
      assertTrue(log.toString().contains("The register changed since it was read"), log.toString());

      // Nothing changes now: the view is not read again.
      long loads = loads(log);
      Thread.sleep(1500);
      assertEquals(loads, loads(log), log.toString());
    } finally {
      app.stop();
    }
  }

  @Test
  void aLookOpensTheRegisterOnlyWhenItsFilesChangedAndReloadsOnlyOnANewState() throws Exception {
    Path db = register(false);
    RegisterWatch watch =
        new RegisterWatch(db, Duration.ofHours(1), new PrintWriter(new StringWriter()));
    AtomicInteger reloads = new AtomicInteger();
    Runnable reload =
        () -> {
          reloads.incrementAndGet();
          try (Register reg = Register.open(db)) {
            watch.served(WatchedState.of(reg));
          }
        };
    assertFalse(watch.look(reload), "nothing is served yet");
    assertEquals(0, watch.opened());
    try (Register reg = Register.open(db)) {
      watch.served(WatchedState.of(reg));
    }
    assertFalse(watch.look(reload));
    assertEquals(1, watch.opened());
    assertFalse(watch.look(reload));
    assertFalse(watch.look(reload));
    assertEquals(1, watch.opened(), "the look's own open changed nothing in the files");

    long release;
    try (Register reg = Register.open(db)) {
      release = reg.releases().list().get(0).id();
      new AmendRecord(reg)
          .correct(new Linkage.RecordKey(release, 1), "age", "31", "hospital record", TESTER);
    }
    assertTrue(watch.look(reload));
    assertEquals(1, reloads.get());
    assertFalse(watch.look(reload));
    assertEquals(1, reloads.get());

    // A write that leaves the published state alone (a user saved) opens but does not reload.
    long opened = watch.opened();
    try (Register reg = Register.open(db)) {
      reg.users().save("analyst", "analyst", "not-a-real-hash", "tester");
    }
    assertFalse(watch.look(reload));
    assertEquals(opened + 1, watch.opened());
    assertEquals(1, reloads.get());

    // A logged change (a user saved through its use case, as a review decision or a source named
    // is) grows the log: the view is read again, for the queue, names and stamp it holds.
    try (Register reg = Register.open(db)) {
      new org.sijil.app.users.ManageUsers(reg)
          .save("reviewer", "analyst", "a long enough secret".toCharArray(), 4, TESTER);
    }
    assertTrue(watch.look(reload));
    assertEquals(2, reloads.get());
    assertFalse(watch.look(reload));
    assertEquals(2, reloads.get());

    // A read that fails is not tried again for the same state.
    try (Register reg = Register.open(db)) {
      new AmendRecord(reg).remove(new Linkage.RecordKey(release, 4), "listed twice", TESTER);
    }
    AtomicInteger failures = new AtomicInteger();
    Runnable failing =
        () -> {
          failures.incrementAndGet();
          throw new IllegalStateException("disk full");
        };
    assertFalse(watch.look(failing));
    assertFalse(watch.look(failing));
    assertEquals(1, failures.get());
    watch.close();
  }

  @Test
  void stoppingWaitsForALookUnderWayToEnd() throws Exception {
    Path db = register(false);
    RegisterWatch watch =
        new RegisterWatch(db, Duration.ofMillis(20), new PrintWriter(new StringWriter()));
    try (Register reg = Register.open(db)) {
      watch.served(WatchedState.of(reg));
      new org.sijil.app.users.ManageUsers(reg)
          .save("reviewer", "analyst", "a long enough secret".toCharArray(), 4, TESTER);
    }
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean ended =
        new java.util.concurrent.atomic.AtomicBoolean();
    watch.start(
        () -> {
          started.countDown();
          try {
            Thread.sleep(300); // a read of the view under way when the server stops
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          ended.set(true);
        });
    assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS), "the log grew: a reload");
    watch.close();
    assertTrue(ended.get(), "close returned while the look was still reading, or interrupted it");
  }

  @Test
  void stoppingAsksAReadUnderWayToStopAndReturnsOnceItHasLeft() throws Exception {
    Path db = register(false);
    StringWriter said = new StringWriter();
    RegisterWatch watch = new RegisterWatch(db, Duration.ofMillis(20), new PrintWriter(said));
    try (Register reg = Register.open(db)) {
      watch.served(WatchedState.of(reg));
      new org.sijil.app.users.ManageUsers(reg)
          .save("reviewer", "analyst", "a long enough secret".toCharArray(), 4, TESTER);
    }
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean left =
        new java.util.concurrent.atomic.AtomicBoolean();
    watch.start(
        () ->
            watch.reading(
                () -> {
                  started.countDown();
                  try {
                    // A read of a minute, in stretches, checking the stop as the real read does.
                    long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                    while (System.nanoTime() < end) {
                      watch.stopSignal().check();
                      Thread.sleep(10);
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } finally {
                    left.set(true);
                  }
                  return null;
                }));
    assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS), "the log grew: a reload");
    long start = System.nanoTime();
    watch.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(left.get(), "close returned while the read was still under way");
    assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "stopping took " + took);
    assertTrue(said.toString().contains("Stopped reading the changed register"), said.toString());
    assertThrows(
        org.sijil.app.StopSignal.Stopped.class,
        () -> watch.reading(() -> fail("a read started after the stop")),
        "no read starts once the server is stopping");
  }

  @Test
  void stoppingDuringAReloadReturnsPromptlyAndTheViewReadBeforeIsServedUntilThen()
      throws Exception {
    Path db = register(true);
    String p2;
    long release;
    try (Register reg = Register.open(db)) {
      release = reg.releases().list().get(0).id();
      p2 = "P" + reg.linkage().currentLinks().get(new Linkage.RecordKey(release, 2)).personId();
    }
    StringWriter log = new StringWriter();
    AtomicInteger loads = new AtomicInteger();
    java.util.concurrent.CountDownLatch reloading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean askedToStop =
        new java.util.concurrent.atomic.AtomicBoolean();
    RegisterSite.Site site =
        RegisterSite.open(
            db,
            ServerConfig.defaults(),
            new PrintWriter(log, true),
            RegisterSite.Options.SERVE
                .watchingEvery(Duration.ofMillis(200))
                .holding(
                    (org.sijil.app.StopSignal stop) -> {
                      if (loads.incrementAndGet() == 1) {
                        return; // the first read runs as usual
                      }
                      reloading.countDown();
                      // A slow reload (as of a large register) checking the stop as reads do.
                      long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                      while (!stop.requested() && System.nanoTime() < end) {
                        try {
                          Thread.sleep(10);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                          return;
                        }
                      }
                      askedToStop.set(stop.requested());
                    }));
    var app = site.app().start("127.0.0.1", 0);
    boolean stopped = false;
    try {
      site.awaitLoaded();
      String base = "http://127.0.0.1:" + app.port();
      Process writer = writer(db, release + ":2", release + ":3");
      String said = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, writer.waitFor(), said);
      assertTrue(
          reloading.await(60, java.util.concurrent.TimeUnit.SECONDS), "the watch reads again");
      assertEquals(
          "41",
          json(base + "/api/persons/" + p2).get("age").asText(),
          "the view read before is served while the reload runs");

      long start = System.nanoTime();
      app.stop();
      stopped = true;
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "stopping took " + took);
      assertTrue(askedToStop.get(), "the reload was not asked to stop");
      assertTrue(log.toString().contains("Stopped reading the changed register"), log.toString());
      assertEquals(1, loads(log), log.toString());
      assertFalse(log.toString().contains("Updated the view"), log.toString());
      assertFalse(
          Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.isAlive() && t.getName().equals("sijil-register-watch")),
          "a look is still running");
      // Nothing holds or writes the register's files any more: the directory can go.
      deleteAll(dir);
      Thread.sleep(300);
      assertFalse(Files.exists(db), "something wrote the register after the stop");
      assertFalse(Files.exists(RegisterSearchIndex.directoryOf(db)));
    } finally {
      if (!stopped) {
        app.stop();
      }
    }
  }

  private static Process writer(Path db, String corrected, String removed) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Writer.class.getName(),
            db.toString(),
            corrected,
            removed)
        .redirectErrorStream(true)
        .start();
  }

  private static void deleteAll(Path root) throws Exception {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(root)) {
          Files.delete(p);
        }
      }
    }
  }

  /** A register of one release of {@link #ROWS}, linked when asked, its search index current. */
  private Path register(boolean link) throws Exception {
    Path db = dir.resolve("reg.db");
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, ROWS, StandardCharsets.UTF_8);
    var index = RegisterSearchIndex.listener(RegisterSearchIndex.directoryOf(db), n -> {});
    try (Register reg = Register.open(db)) {
      new ImportRelease(reg, index)
          .run(
              new ImportRelease.Request(
                  csv, "test-list", "r1", null, ReadOptions.defaults(), false),
              TESTER,
              ProgressListener.NONE);
      if (link) {
        new LinkRegister(reg, index)
            .run(
                new LinkRegister.Options(
                    DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
                TESTER,
                ProgressListener.NONE);
      }
    }
    return db;
  }

  private static long loads(StringWriter log) {
    return log.toString().lines().filter(l -> l.startsWith("Loaded ")).count();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String url) throws Exception {
    HttpResponse<String> r = get(url);
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return JSON.readTree(r.body());
  }
}
