package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * {@code sijil publish} and {@code sijil receipt}: a person's receipt verifies offline with the
 * public key alone and fails after any one byte changes. Artificial data.
 */
class PublishReceiptTest {

  @TempDir Path dir;

  @Test
  void aPublishedPersonsReceiptVerifiesAndFailsAfterOneChangedByte() throws Exception {
    Path db = dir.resolve("reg.db");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 20; i++) {
      s.append("T-")
          .append(i)
          .append(",سامي اسم")
          .append(i)
          .append(" تجريبي,")
          .append(20 + i)
          .append('\n');
    }
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    Cli.ok("import", csv, "--db", db, "--source", "test-list", "--release", "r1", "--by", "tester");
    Cli.ok("link", "--db", db, "--by", "tester");
    String published = Cli.ok("publish", "--db", db, "--by", "tester").out();
    assertTrue(published.contains("persons root"), published);
    Path receipt = dir.resolve("p3.tlog-proof");
    Cli.ok("receipt", "3", "--db", db, "--out", receipt);
    Path pub = dir.resolve("reg.db.pub");
    String ok = Cli.ok("verify", "receipt", receipt, "--key", pub).out();
    assertTrue(ok.contains("person 3's record is in that snapshot"), ok);
    assertEquals(0, Cli.ok("verify", "--db", db, "--key", pub).code());

    String text = Files.readString(receipt, StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad.tlog-proof");
    for (int at = 0; at < text.length(); at += 17) {
      char c = text.charAt(at);
      char other = c == 'A' ? 'B' : c == '\n' ? ' ' : 'A';
      Files.writeString(
          bad, text.substring(0, at) + other + text.substring(at + 1), StandardCharsets.UTF_8);
      assertEquals(
          1, Cli.run("verify", "receipt", bad, "--key", pub).code(), "changed character " + at);
    }
    assertEquals(1, Cli.run("receipt", "99999", "--db", db).code());

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE log_snapshot_persons SET record = record || 'x'::BLOB WHERE position = 2");
    }
    Cli.Run tampered = Cli.run("verify", "--db", db, "--key", pub);
    assertEquals(1, tampered.code());
    assertTrue(
        tampered.err().contains("snapshot 1, entry 3: its stored person records"), tampered.err());
  }
}
