package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.Register;

/**
 * What the tests of a running server's register watch share ({@code AmendedViewTest}, {@code
 * WatchedDecisionsTest}): a small linked register of the bundled synthetic samples, the answers of
 * a server to a list of addresses, and waiting for its log to say something.
 */
final class WatchedRegisters {

  static final Actor TESTER = new Actor("tester");

  /** Rows taken from each sample. */
  private static final int ROWS = 120;

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private WatchedRegisters() {}

  /**
   * The first rows of two samples, the hospital list twice (a later release), imported into {@code
   * db} and linked, its search index kept current as {@code sijil import} and {@code link} keep it.
   */
  static void build(Path dir, Path db) throws Exception {
    build(dir, db, true);
  }

  /** As {@link #build(Path, Path)}, linked only when {@code link} is true. */
  static void build(Path dir, Path db, boolean link) throws Exception {
    Path hospital = firstRows(dir, "synthetic-hospital.csv");
    Path obituaries = firstRows(dir, "synthetic-obituaries.csv");
    var index = RegisterSearchIndex.listener(RegisterSearchIndex.directoryOf(db), n -> {});
    try (Register reg = Register.open(db)) {
      importRelease(reg, hospital, "hospital", "r1", index);
      importRelease(reg, obituaries, "obituaries", "r1", index);
      importRelease(reg, hospital, "hospital", "r2", index);
      if (link) {
        new LinkRegister(reg, index)
            .run(LinkRegister.Options.defaults(), TESTER, ProgressListener.NONE);
      }
    }
  }

  private static Path firstRows(Path dir, String sample) throws Exception {
    try (InputStream in = WatchedRegisters.class.getResourceAsStream("/samples/" + sample)) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(ROWS + 1L).toList();
      Path file = dir.resolve(sample);
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    }
  }

  private static void importRelease(
      Register reg, Path csv, String source, String label, org.sijil.app.RegisterChanged index) {
    new ImportRelease(reg, index)
        .run(
            new ImportRelease.Request(csv, source, label, null, ReadOptions.defaults(), false),
            TESTER,
            ProgressListener.NONE);
  }

  /**
   * Each answer (status and body) by its path and query. Pages give their own address (permalinks,
   * citations) and each server has its own port, so the address is written {@code ORIGIN}; {@code
   * same} rewrites what else differs between two servers alike (e.g. a session's CSRF token).
   */
  static Map<String, String> answers(
      List<String> urls, UnaryOperator<String> same, String... headers) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String url : urls) {
      HttpResponse<String> r = get(url, headers);
      URI u = URI.create(url);
      String origin = u.getScheme() + "://" + u.getRawAuthority();
      out.put(
          u.getRawPath() + "?" + u.getRawQuery(),
          r.statusCode() + " " + same.apply(r.body().replace(origin, "ORIGIN")));
    }
    return out;
  }

  /** Two servers' answers to the same questions (each keyed by path and query) are equal. */
  static void assertSameAnswers(Map<String, String> expected, Map<String, String> actual) {
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    expected.forEach((k, v) -> assertEquals(v, actual.get(k), k));
  }

  /** Waits up to 90 s for {@code done}, failing with the server's log when it does not come. */
  static void await(BooleanSupplier done, java.util.function.Supplier<String> log)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(done.getAsBoolean(), log);
  }

  /** Deletes a register's search index (a PostgreSQL register's lives in the user's cache). */
  static void deleteIndex(Path db) throws Exception {
    Path index = RegisterSearchIndex.directoryOf(db);
    if (Files.exists(index)) {
      try (var files = Files.walk(index)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static int status(String url) throws Exception {
    return get(url).statusCode();
  }

  static String body(String url) throws Exception {
    HttpResponse<String> r = get(url);
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return r.body();
  }

  static HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
