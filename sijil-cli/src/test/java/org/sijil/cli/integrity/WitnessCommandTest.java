package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.TransparencyLog;

/**
 * sijil witness cosign: growth is cosigned (and then verifies), a fork and a rollback are refused.
 */
class WitnessCommandTest {

  static final String ORIGIN = "sijil.example/log";

  @TempDir Path dir;

  @Test
  void cosignsGrowthAndRefusesForkAndRollback() throws IOException {
    Cli.ok("keys", "generate", "--name", ORIGIN, "--out", dir.resolve("k"));
    Cli.ok(
        "keys", "generate", "--name", "witness.example/w", "--out", dir.resolve("k"), "--witness");
    NoteSigner logKey = NoteSigner.parse(Files.readString(dir.resolve("k/sijil.example_log.key")));
    Path logPub = dir.resolve("k/sijil.example_log.pub");
    Path wKey = dir.resolve("k/witness.example_w.key");
    Path wPub = dir.resolve("k/witness.example_w.pub");
    TransparencyLog log = log("e", 50);
    TransparencyLog fork = log("f", 80);

    Cli.ok(
        "witness",
        write("c30", log, 30, logKey),
        "--key",
        wKey,
        "--log",
        logPub,
        "--state",
        dir.resolve("state"));
    Path cosigned = dir.resolve("c50-cosigned");
    Cli.ok(
        "witness",
        write("c50", log, 50, logKey),
        "--key",
        wKey,
        "--log",
        logPub,
        "--state",
        dir.resolve("state"),
        "--proof",
        proof("p", log, 30, 50),
        "--out",
        cosigned);
    Cli.ok("verify", "checkpoint", cosigned, "--key", logPub, "--witness", wPub);

    Cli.Run forked =
        Cli.run(
            "witness",
            write("f80", fork, 80, logKey),
            "--key",
            wKey,
            "--log",
            logPub,
            "--state",
            dir.resolve("state"),
            "--proof",
            proof("pf", fork, 50, 80));
    assertEquals(1, forked.code());
    assertTrue(forked.err().contains("refused") && forked.err().contains("forked"), forked.err());
    Cli.Run back =
        Cli.run(
            "witness",
            write("c30b", log, 30, logKey),
            "--key",
            wKey,
            "--log",
            logPub,
            "--state",
            dir.resolve("state"));
    assertEquals(1, back.code());
    assertTrue(back.err().contains("the log rolled back"), back.err());
  }

  static TransparencyLog log(String salt, int n) {
    TransparencyLog log = TransparencyLog.inMemory();
    for (int i = 0; i < n; i++) {
      log.append((salt + i).getBytes());
    }
    return log;
  }

  Path write(String name, TransparencyLog log, long size, NoteSigner key) throws IOException {
    return Files.writeString(
        dir.resolve(name), new Checkpoint(ORIGIN, size, log.root(size)).sign(key).format());
  }

  Path proof(String name, TransparencyLog log, long from, long to) throws IOException {
    return Files.writeString(
        dir.resolve(name),
        log.consistencyProof(from, to).stream()
            .map(h -> Base64.getEncoder().encodeToString(h) + "\n")
            .collect(Collectors.joining()));
  }
}
