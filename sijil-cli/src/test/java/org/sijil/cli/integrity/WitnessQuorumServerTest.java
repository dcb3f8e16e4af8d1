package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.suggest.SuggestCorrection;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.ServedRegister;
import org.sijil.store.Register;

/**
 * With a witness quorum set, a real server keeps serving the last checkpoint the quorum cosigned
 * (and receipts under it) while a newer snapshot awaits its witnesses, serves the newer one at
 * {@code /log/latest-checkpoint} for them, and publishes it as soon as a witness's cosignature
 * arrives over HTTP. Artificial data.
 */
class WitnessQuorumServerTest {

  @TempDir Path dir;

  @Test
  void aNewSnapshotIsHeldBackUntilTheQuorumCosignsIt() throws Exception {
    Path db = dir.resolve("reg.db");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 6; i++) {
      s.append("T-").append(i).append(",اسم").append(i).append(" تجريبي,").append(40 + i);
      s.append('\n');
    }
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    Cli.ok("import", csv, "--db", db, "--source", "test-list", "--release", "r1", "--by", "tester");
    Path pub = dir.resolve("reg.db.pub");
    Path wdir = dir.resolve("w");
    Cli.ok("keys", "generate", "--witness", "--name", "witness.example/w1", "--out", wdir);
    Path w1key = wdir.resolve("witness.example_w1.key");
    Cli.ok("witnesses", "add", "--db", db, wdir.resolve("witness.example_w1.pub"), "--by", "admin");
    assertEquals(1, Cli.run("witnesses", "quorum", "--db", db, "2", "--by", "admin").code());
    Cli.ok("link", "--db", db, "--by", "tester");
    Cli.ok("publish", "--db", db, "--by", "tester");

    // The first snapshot's checkpoint, cosigned by the witness; then the quorum is required.
    Path state = dir.resolve("state");
    Path cp1 = dir.resolve("cp1.txt");
    Files.writeString(cp1, Cli.ok("witnesses", "checkpoint", "--db", db).out());
    Path cosigned1 = dir.resolve("cosigned1.txt");
    Cli.ok("witness", cp1, "--key", w1key, "--log", pub, "--state", state, "--out", cosigned1);
    Cli.ok("witnesses", "cosign", "--db", db, cosigned1);
    Cli.ok("witnesses", "quorum", "--db", db, "1", "--by", "admin");
    long size1 = size(Files.readString(cp1));

    // A second snapshot: signed, but not cosigned yet. A reader's suggestion is logged too.
    Cli.ok("publish", "--db", db, "--by", "tester");
    try (Register reg = Register.open(db)) {
      new SuggestCorrection(reg)
          .submit(new SuggestCorrection.Request("P1", "age", "45", "", null), null);
    }
    try (ServedRegister server = ServedRegister.start(db)) {
      JsonNode history = server.json("/api/persons/P1/history");
      assertEquals("P1", history.get("person").asText());
      JsonNode event = history.get("events").get(history.get("events").size() - 1);
      assertEquals("suggestion", event.get("type").asText());
      assertEquals("public", event.get("actor").asText());
      assertEquals("age", event.get("fields").get("field").asText());
      assertTrue(server.json("/api/openapi.json").get("paths").has("/api/persons/{id}/history"));
      String served = body(server.get("/log/checkpoint"));
      assertEquals(size1, size(served), served);
      assertTrue(served.contains("— witness.example/w1 "), served);
      String latest = body(server.get("/log/latest-checkpoint"));
      long size2 = size(latest);
      assertTrue(size2 > size1, latest);
      assertTrue(!latest.contains("— witness.example/w1 "), latest);
      Path held = dir.resolve("held.tlog-proof");
      Files.writeString(held, body(server.get("/api/persons/P1/receipt")));
      assertTrue(Files.readString(held).contains("\n" + size1 + "\n"), Files.readString(held));
      assertEquals(0, Cli.run("verify", "receipt", held, "--key", pub).code());

      // The witness checks consistency from what it saw, cosigns; the server takes it over HTTP.
      Path cp2 = dir.resolve("cp2.txt");
      Files.writeString(cp2, latest);
      Path proof = dir.resolve("proof.txt");
      Files.writeString(proof, body(server.get("/log/consistency/" + size1)));
      Path cosigned2 = dir.resolve("cosigned2.txt");
      Cli.ok(
          "witness", cp2, "--key", w1key, "--log", pub, "--state", state, "--proof", proof, "--out",
          cosigned2);
      HttpResponse<String> accepted =
          server.post("/log/cosignature", "text/plain", Files.readString(cosigned2));
      assertEquals(200, accepted.statusCode(), accepted.body());

      String now = body(server.get("/log/checkpoint"));
      assertEquals(size2, size(now), now);
      assertTrue(now.contains("— witness.example/w1 "), now);
      Path published = dir.resolve("published.tlog-proof");
      Files.writeString(published, body(server.get("/api/persons/P1/receipt")));
      assertTrue(Files.readString(published).contains("\n" + size2 + "\n"));
      assertEquals(
          0,
          Cli.run(
                  "verify",
                  "receipt",
                  published,
                  "--key",
                  pub,
                  "--witness",
                  wdir.resolve("witness.example_w1.pub"))
              .code());
    }
    assertEquals(0, Cli.ok("verify", "--db", db, "--key", pub).code());
  }

  private static String body(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
    return r.body();
  }

  /** The tree size line of a checkpoint (its second line). */
  private static long size(String checkpoint) {
    return Long.parseLong(checkpoint.split("\n")[1]);
  }
}
