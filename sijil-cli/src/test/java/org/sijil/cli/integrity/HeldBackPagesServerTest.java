package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.ServedRegister;

/**
 * With a witness quorum set, a release imported after the last checkpoint the quorum cosigned is
 * held back from a real server's pages, search, downloads and statistics, and shown as soon as a
 * witness's cosignature of a checkpoint covering it arrives over HTTP (the server reloads its
 * view). Artificial names.
 */
class HeldBackPagesServerTest {

  private static final String NEW_NAME = "اسم جديد تجريبي";

  @TempDir Path dir;

  @Test
  void aReleaseIsShownOnlyOnceTheQuorumCosignsACheckpointCoveringIt() throws Exception {
    Path db = dir.resolve("reg.db");
    Path r1 = write("r1.csv", "id,name,age\nT-1,اسم تجريبي اول,30\nT-2,اسم تجريبي ثان,41\n");
    Path r2 = write("r2.csv", "id,name,age\nN-1," + NEW_NAME + ",35\n");
    Cli.ok("import", r1, "--db", db, "--source", "test-list", "--release", "r1", "--by", "amal");
    Path pub = dir.resolve("reg.db.pub");
    Path wdir = dir.resolve("w");
    Cli.ok("keys", "generate", "--witness", "--name", "witness.example/w1", "--out", wdir);
    Path w1key = wdir.resolve("witness.example_w1.key");
    Cli.ok("witnesses", "add", "--db", db, wdir.resolve("witness.example_w1.pub"), "--by", "admin");
    Path state = dir.resolve("state");
    Path cp1 = write("cp1.txt", Cli.ok("witnesses", "checkpoint", "--db", db).out());
    Path cosigned1 = dir.resolve("cosigned1.txt");
    Cli.ok("witness", cp1, "--key", w1key, "--log", pub, "--state", state, "--out", cosigned1);
    Cli.ok("witnesses", "cosign", "--db", db, cosigned1);
    Cli.ok("witnesses", "quorum", "--db", db, "1", "--by", "admin");
    long size1 = size(Files.readString(cp1));

    // A second list, imported and signed but not cosigned yet.
    Cli.ok("import", r2, "--db", db, "--source", "other-list", "--release", "r1", "--by", "amal");
    try (ServedRegister server = ServedRegister.start(db)) {
      assertEquals(2, server.json("/api/statistics").get("records").asLong());
      assertEquals(0, hits(server));
      assertTrue(!server.get("/api/download/records.csv").body().contains("N-1"));
      assertEquals(404, server.get("/api/persons/KN-1").statusCode());
      assertEquals(200, server.get("/api/persons/KT-1").statusCode());

      String latest = body(server.get("/log/latest-checkpoint"));
      assertTrue(size(latest) > size1, latest);
      Path cp2 = write("cp2.txt", latest);
      Path proof = write("proof.txt", body(server.get("/log/consistency/" + size1)));
      Path cosigned2 = dir.resolve("cosigned2.txt");
      Cli.ok(
          "witness", cp2, "--key", w1key, "--log", pub, "--state", state, "--proof", proof, "--out",
          cosigned2);
      HttpResponse<String> accepted =
          server.post("/log/cosignature", "text/plain", Files.readString(cosigned2));
      assertEquals(200, accepted.statusCode(), accepted.body());

      assertEquals(3, server.json("/api/statistics").get("records").asLong());
      assertEquals(1, hits(server));
      assertTrue(server.get("/api/download/records.csv").body().contains("N-1"));
      assertEquals(NEW_NAME, server.json("/api/persons/KN-1").get("name_ar").asText());
    }
  }

  /**
   * How many search hits for the new name are the held-back record itself. The search also finds
   * the published persons that share two of its three words ("اسم", "تجريبي"), so the total cannot
   * say.
   */
  private long hits(ServedRegister server) throws Exception {
    long found = 0;
    for (com.fasterxml.jackson.databind.JsonNode hit :
        server.json("/api/persons?q=" + ServedRegister.enc(NEW_NAME)).get("hits")) {
      for (com.fasterxml.jackson.databind.JsonNode r : hit.get("records")) {
        if ("N-1".equals(r.get("key").asText())) {
          found++;
        }
      }
    }
    return found;
  }

  private Path write(String name, String text) throws java.io.IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
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
