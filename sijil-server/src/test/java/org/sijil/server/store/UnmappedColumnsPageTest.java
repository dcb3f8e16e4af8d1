package org.sijil.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.ProgressListener;
import org.sijil.server.ServerConfig;

/**
 * Columns no field was read from: listed in the web upload report and on the release page in both
 * languages, against a real server on a random port over a register of artificial names.
 */
class UnmappedColumnsPageTest {

  @TempDir static Path dir;
  static Javalin app;
  static String base;
  static String report;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path db = dir.resolve("r.db");
    Path csv = dir.resolve("list.csv");
    StringBuilder s = new StringBuilder("id,name,age,remarks\n");
    String[] remarks = {"home", "street", "home", "street", "home", "home"};
    for (int i = 1; i <= 6; i++) {
      s.append("T-").append(i).append(",اسم").append(i).append(" تجريبي,").append(30 + i);
      s.append(',').append(remarks[i - 1]).append('\n');
    }
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    report =
        new StoreImporter(db, ProgressListener.NONE).importList(csv, "test", "r1", null, "tester");
    app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static String page(String path) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  @Test
  void theUploadReportNamesTheColumnWithSamples() {
    assertTrue(
        report.contains("unmapped column 'remarks' (column 4, e.g. 'home', 'street')"), report);
  }

  @Test
  void theReleasePageListsTheColumnInBothLanguages() throws Exception {
    String en = page("/releases/test/r1?lang=en");
    assertTrue(en.contains("id=\"unmapped-columns\""), en);
    assertTrue(en.contains("Columns not read"), en);
    assertTrue(en.contains(">remarks</li>"), en);
    String ar = page("/releases/test/r1?lang=ar");
    assertTrue(ar.contains("أعمدة لم تُقرأ"), ar);
    assertTrue(ar.contains(">remarks</li>"), ar);
  }

  @Test
  void headersAreUnmappedOnlyWhereNoFieldReadThem() {
    assertEquals(
        List.of("remarks", "column 5"),
        UnmappedHeaders.of(
            java.util.Arrays.asList("id", "name", "remarks", "age", ""),
            Map.of("id", "id", "name_ar", "name", "age", "age")));
    assertTrue(UnmappedHeaders.of(List.of("id"), Map.of("id", "id")).isEmpty());
    assertFalse(UnmappedHeaders.of(List.of("id", "id"), Map.of("id", "id")).isEmpty());
  }
}
