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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.integrity.PersonReceipt;
import org.sijil.app.integrity.PublishSignedSnapshot;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.app.link.LinkRegister;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.ServerConfig;
import org.sijil.store.Register;

/** The log's static routes and the receipt download, against a real server on a random port. */
class LogRoutesTest {

  @TempDir Path dir;

  @Test
  void checkpointKeyTilesAndReceiptsAreServed() throws Exception {
    Path db = dir.resolve("r.db");
    Path csv = dir.resolve("list.csv");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 10; i++) {
      s.append("T-")
          .append(i)
          .append(",سامي اسم")
          .append(i)
          .append(" تجريبي,")
          .append(20 + i)
          .append('\n');
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
    Javalin app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + app.port();
    try {
      HttpResponse<String> cp =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/log/checkpoint")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, cp.statusCode());
      assertEquals("no-store", cp.headers().firstValue("Cache-Control").orElse(""));
      assertTrue(cp.body().startsWith("sijil.register/r.db\n4\n"), cp.body());
      String key =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/log/key")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      NoteVerifier verifier = NoteVerifier.parse(key.strip());
      HttpResponse<byte[]> tile =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/log/tile/0/000.p/4")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, tile.statusCode());
      assertEquals(4 * 32, tile.body().length);
      assertTrue(tile.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
      HttpResponse<byte[]> bundle =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/log/tile/entries/000.p/4")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, bundle.statusCode());
      assertEquals(
          404,
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/log/tile/0/001")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
      HttpResponse<String> receipt =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/persons/1/receipt")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, receipt.statusCode());
      assertEquals(1, PersonReceipt.parse(receipt.body()).verify(verifier).person());
      assertEquals(
          404,
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/api/persons/999/receipt")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
    } finally {
      app.stop();
    }
  }
}
