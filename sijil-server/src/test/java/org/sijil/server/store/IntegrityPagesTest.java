package org.sijil.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.integrity.PersonReceipt;
import org.sijil.app.integrity.PublishSignedSnapshot;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.app.link.LinkRegister;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.ServerConfig;
import org.sijil.store.Register;

/**
 * The integrity section of the person and release pages, their downloads, and the "how to verify"
 * page, against a real server on a random port over a register of artificial names.
 */
class IntegrityPagesTest {

  @TempDir static Path dir;
  static Javalin app;
  static String base;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path db = dir.resolve("r.db");
    Path csv = dir.resolve("list.csv");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 6; i++) {
      s.append("T-").append(i).append(",اسم").append(i).append(" تجريبي,").append(30 + i);
      s.append('\n');
    }
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    Actor tester = new Actor("tester");
    try (Register reg = Register.open(db)) {
      new ImportRelease(reg)
          .run(
              new ImportRelease.Request(csv, "test", "r1", null, ReadOptions.defaults(), false),
              tester,
              ProgressListener.NONE);
      new LinkRegister(reg)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              tester,
              ProgressListener.NONE);
      new PublishSignedSnapshot(reg)
          .publish(tester, RegisterKey.loadOrCreate(RegisterKey.defaultFile(db), db));
    }
    app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static NoteVerifier key() throws Exception {
    return NoteVerifier.parse(get("/log/key").body().strip());
  }

  @Test
  void thePersonPageLinksAReceiptThatVerifies() throws Exception {
    for (String lang : new String[] {"en", "ar"}) {
      String page = get("/person/P1?lang=" + lang).body();
      assertTrue(page.contains("id=\"integrity\""), page);
      assertTrue(page.contains("href=\"/api/persons/P1/receipt\""), page);
      assertTrue(page.contains("href=\"/verify\""), page);
    }
    assertTrue(get("/person/P1?lang=ar").body().contains("تنزيل إيصال هذا الشخص"));
    HttpResponse<String> receipt = get("/api/persons/P1/receipt");
    assertEquals(200, receipt.statusCode());
    assertEquals(1, PersonReceipt.parse(receipt.body()).verify(key()).person());
  }

  @Test
  void theReleasePageLinksItsLogEntryWithItsProof() throws Exception {
    String page = get("/releases/test/r1?lang=en").body();
    assertTrue(page.contains("href=\"/log/releases/test/r1\""), page);
    HttpResponse<String> entry = get("/log/releases/test/r1");
    assertEquals(200, entry.statusCode());
    assertTrue(
        entry.headers().firstValue("Content-Disposition").orElse("").contains(".tlog-proof"));
    TlogProof proof = TlogProof.parse(entry.body());
    proof.verifyEntry(key());
    LogEntry.ReleaseImport logged = (LogEntry.ReleaseImport) EntryCodec.decode(proof.extra());
    assertEquals("test/r1", logged.release());
    assertEquals(404, get("/log/releases/test/nope").statusCode());
  }

  @Test
  void theVerifyPageExplainsTheStepsInBothLanguages() throws Exception {
    HttpResponse<String> en = get("/verify?lang=en");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("sijil verify receipt"), en.body());
    assertTrue(en.body().contains("What a failure means"));
    HttpResponse<String> ar = get("/verify?lang=ar");
    assertTrue(ar.body().contains("dir=\"rtl\""));
    assertTrue(ar.body().contains("ماذا يعني الفشل"));
    assertTrue(ar.body().contains("<pre dir=\"ltr\""));
    // No rotation yet: the chain is its header alone.
    assertEquals("sijil-key-rotations/v1\n", get("/log/rotations").body());
    // Witnesses: the consistency proof from a size they saw; a cosignature that is not one is 400.
    assertEquals(200, get("/log/consistency/1").statusCode());
    assertEquals(404, get("/log/consistency/999").statusCode());
    HttpResponse<String> bad =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/log/cosignature"))
                .POST(HttpRequest.BodyPublishers.ofString("not a checkpoint\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode());
  }
}
