package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * Witnesses of the register's checkpoints: a trusted witness cosigns after checking consistency,
 * the register stores its cosignature and serves it with the checkpoint and in receipts, and {@code
 * verify --witness --quorum} requires it. Artificial data.
 */
class RegisterWitnessTest {

  @TempDir Path dir;

  @Test
  void aWitnessCosignsTheRegistersCheckpointsAndVerifyRequiresTheQuorum() throws Exception {
    Path db = dir.resolve("reg.db");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 8; i++) {
      s.append("T-").append(i).append(",اسم").append(i).append(" تجريبي,").append(50 + i);
      s.append('\n');
    }
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    Cli.ok("import", csv, "--db", db, "--source", "test-list", "--release", "r1", "--by", "tester");
    Path pub = dir.resolve("reg.db.pub");
    Path wdir = dir.resolve("w");
    Cli.ok("keys", "generate", "--witness", "--name", "witness.example/w1", "--out", wdir);
    Cli.ok("keys", "generate", "--witness", "--name", "witness.example/w2", "--out", wdir);
    Path w1 = wdir.resolve("witness.example_w1.pub");
    Path w2 = wdir.resolve("witness.example_w2.pub");
    Cli.ok("witnesses", "add", "--db", db, w1, "--by", "admin");
    Cli.ok("link", "--db", db, "--by", "tester");
    Cli.ok("publish", "--db", db, "--by", "tester");

    // First sight: the witness needs no proof.
    Path cp1 = dir.resolve("cp1.txt");
    Files.writeString(cp1, Cli.ok("witnesses", "checkpoint", "--db", db).out());
    Path state = dir.resolve("state");
    Path cosigned = dir.resolve("cosigned.txt");
    Cli.ok(
        "witness",
        cp1,
        "--key",
        wdir.resolve("witness.example_w1.key"),
        "--log",
        pub,
        "--state",
        state,
        "--out",
        cosigned);
    assertTrue(
        Cli.ok("witnesses", "cosign", "--db", db, cosigned).out().contains("witness.example/w1"));
    String served = Cli.ok("witnesses", "checkpoint", "--db", db).out();
    assertTrue(served.contains("— witness.example/w1 "), served);

    // The receipt carries the cosignature; verify can require it.
    Path receipt = dir.resolve("p1.tlog-proof");
    Cli.ok("receipt", "1", "--db", db, "--out", receipt);
    assertEquals(0, Cli.run("verify", "receipt", receipt, "--key", pub, "--witness", w1).code());
    Cli.Run missing =
        Cli.run("verify", "receipt", receipt, "--key", pub, "--witness", w1, "--witness", w2);
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("only 1 of 2 witnesses cosigned; 2 required"), missing.err());
    assertEquals(
        0,
        Cli.run(
                "verify",
                "receipt",
                receipt,
                "--key",
                pub,
                "--witness",
                w1,
                "--witness",
                w2,
                "--quorum",
                "1")
            .code());

    // The log grows: the witness checks the consistency proof from the size it saw.
    long seen = Long.parseLong(served.split("\n")[1]);
    Cli.ok("publish", "--db", db, "--by", "tester");
    Path cp2 = dir.resolve("cp2.txt");
    Path proof = dir.resolve("proof.txt");
    Files.writeString(
        cp2, Cli.ok("witnesses", "checkpoint", "--db", db, "--from", seen, "--proof", proof).out());
    Path cosigned2 = dir.resolve("cosigned2.txt");
    Cli.ok(
        "witness",
        cp2,
        "--key",
        wdir.resolve("witness.example_w1.key"),
        "--log",
        pub,
        "--state",
        state,
        "--proof",
        proof,
        "--out",
        cosigned2);
    Cli.ok("witnesses", "cosign", "--db", db, cosigned2);

    // An untrusted witness's cosignature, or a checkpoint the register did not sign, is refused.
    Path other = dir.resolve("other.txt");
    Cli.ok(
        "witness",
        cp2,
        "--key",
        wdir.resolve("witness.example_w2.key"),
        "--log",
        pub,
        "--state",
        dir.resolve("state2"),
        "--out",
        other);
    Cli.Run untrusted = Cli.run("witnesses", "cosign", "--db", db, other);
    assertEquals(1, untrusted.code());
    String text = Files.readString(cosigned2);
    Files.writeString(other, text.replaceFirst("\n" + (seen + 1) + "\n", "\n" + seen + "7\n"));
    assertEquals(1, Cli.run("witnesses", "cosign", "--db", db, other).code());
    assertEquals(0, Cli.ok("verify", "--db", db, "--key", pub).code());
  }
}
