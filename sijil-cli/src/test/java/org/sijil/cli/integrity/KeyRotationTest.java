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
 * {@code sijil keys rotate}: the rotation is logged and signed by the old key, so a verifier who
 * trusts the old key follows the chain to the new one; a whole register verifies from either end; a
 * forged chain fails. Artificial data.
 */
class KeyRotationTest {

  @TempDir Path dir;

  @Test
  void aVerifierTrustingTheOldKeyFollowsTheRotationAndAForgedChainFails() throws Exception {
    Path db = dir.resolve("reg.db");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 8; i++) {
      s.append("T-").append(i).append(",اسم").append(i).append(" تجريبي,").append(40 + i);
      s.append('\n');
    }
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    Cli.ok("import", csv, "--db", db, "--source", "test-list", "--release", "r1", "--by", "tester");
    Path pub = dir.resolve("reg.db.pub");
    Path oldPub = dir.resolve("old.pub");
    Files.copy(pub, oldPub);

    String rotated = Cli.ok("keys", "rotate", "--db", db, "--by", "admin").out();
    assertTrue(rotated.contains("new key"), rotated);
    assertTrue(Files.readString(pub).strip().startsWith("sijil.register/reg.db+"));
    assertTrue(!Files.readString(pub).equals(Files.readString(oldPub)));
    Cli.ok("link", "--db", db, "--by", "tester");
    Cli.ok("publish", "--db", db, "--by", "tester");
    Path receipt = dir.resolve("p2.tlog-proof");
    Cli.ok("receipt", "2", "--db", db, "--out", receipt);
    Path chain = dir.resolve("rotations.txt");
    Files.writeString(chain, Cli.ok("keys", "rotations", "--db", db).out());

    // The new key verifies the receipt; the old one only with the chain.
    assertEquals(0, Cli.run("verify", "receipt", receipt, "--key", pub).code());
    assertEquals(1, Cli.run("verify", "receipt", receipt, "--key", oldPub).code());
    Cli.Run followed = Cli.run("verify", "receipt", receipt, "--key", oldPub, "--rotations", chain);
    assertEquals(0, followed.code(), followed.err());
    // The whole register verifies from either end of the chain.
    assertEquals(0, Cli.ok("verify", "--db", db, "--key", pub).code());
    Cli.Run fromOld = Cli.run("verify", "--db", db, "--key", oldPub);
    assertEquals(0, fromOld.code(), fromOld.err());

    // A forged chain: a rotation to a key the old key never signed for.
    Cli.ok("keys", "generate", "--name", "sijil.register/reg.db", "--out", dir.resolve("forger"));
    Path forgerKey = dir.resolve("forger/sijil.register_reg.db.key");
    Path other = dir.resolve("other.db");
    Cli.ok(
        "import",
        csv,
        "--db",
        other,
        "--source",
        "test-list",
        "--release",
        "r1",
        "--by",
        "x",
        "--signing-key",
        forgerKey);
    Cli.ok("keys", "rotate", "--db", other, "--by", "x", "--signing-key", forgerKey);
    Path forged = dir.resolve("forged.txt");
    Files.writeString(forged, Cli.ok("keys", "rotations", "--db", other).out());
    Cli.Run refused = Cli.run("verify", "receipt", receipt, "--key", oldPub, "--rotations", forged);
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("rotation 1"), refused.err());
  }
}
