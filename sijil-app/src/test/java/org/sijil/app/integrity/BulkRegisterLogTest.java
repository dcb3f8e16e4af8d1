package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * {@link RegisterLog#appendAll} writes in bulk exactly what appending one entry at a time writes:
 * the same entry bytes and subjects, the same tree hashes, the same roots; and the register it
 * leaves verifies.
 */
class BulkRegisterLogTest {

  static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

  @TempDir Path dir;

  static List<LogEntry> entries(int n) {
    List<LogEntry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new LogEntry.UserChange(AT.plusSeconds(i), "tester", "user-" + i, "added role=x"));
    }
    return out;
  }

  static List<String> subjects(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i % 5 == 0 ? null : "user:user-" + i);
    }
    return out;
  }

  @Test
  void bulkAndSingleAppendsStoreTheSameBytesHashesAndRoots() {
    int n = 777;
    List<LogEntry> entries = entries(n);
    List<String> subjects = subjects(n);
    NoteSigner key =
        NoteSigner.generate("sijil.example/bulk", SignatureType.ED25519, new SecureRandom());
    try (Register single = Register.open(dir.resolve("single.db"));
        Register bulk = Register.open(dir.resolve("bulk.db"))) {
      single.transaction(
          () -> {
            RegisterLog log = new RegisterLog(single);
            for (int i = 0; i < n; i++) {
              assertEquals(i, log.append(entries.get(i), subjects.get(i)));
            }
            return null;
          });
      bulk.transaction(
          () -> {
            RegisterLog log = new RegisterLog(bulk);
            assertEquals(0, log.appendAll(entries.subList(0, 300), subjects.subList(0, 300)));
            assertEquals(300, log.appendAll(entries.subList(300, n), subjects.subList(300, n)));
            assertEquals(n, log.appendAll(List.of(), List.of()));
            return null;
          });
      TransparencyLog memory = TransparencyLog.inMemory();
      entries.forEach(e -> memory.append(e.encode()));

      List<IntegrityLog.Entry> a = single.integrity().entries(0, Long.MAX_VALUE);
      List<IntegrityLog.Entry> b = bulk.integrity().entries(0, Long.MAX_VALUE);
      assertEquals(n, a.size());
      assertEquals(n, b.size());
      for (int i = 0; i < n; i++) {
        assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), "entry " + i);
        assertEquals(a.get(i).subject(), b.get(i).subject(), "subject " + i);
      }
      long hashes = single.integrity().hashes().size();
      assertEquals(hashes, bulk.integrity().hashes().size());
      assertArrayEquals(
          single.integrity().hashes().readRange(0, (int) hashes),
          bulk.integrity().hashes().readRange(0, (int) hashes));
      TransparencyLog fromSingle = TransparencyLog.open(single.integrity().hashes());
      TransparencyLog fromBulk = TransparencyLog.open(bulk.integrity().hashes());
      assertArrayEquals(memory.root(), fromSingle.root());
      assertArrayEquals(memory.root(), fromBulk.root());
      for (long size : new long[] {1, 299, 300, 301, 512, n}) {
        assertArrayEquals(memory.root(size), fromBulk.root(size), "root of " + size);
      }
      new RegisterLog(bulk).sign(key);
      VerifyRegister.Report report = new VerifyRegister(bulk).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());
      assertEquals(n, report.entries());
    }
  }

  @Test
  void aBulkAppendIsAllOrNothingWithItsTransaction() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      assertThrows(
          IllegalStateException.class,
          () ->
              reg.transaction(
                  () -> {
                    new RegisterLog(reg).appendAll(entries(50), subjects(50));
                    throw new IllegalStateException("failing after the entries");
                  }));
      assertEquals(0, reg.integrity().entryCount());
      assertEquals(0, reg.integrity().hashes().size());
      assertThrows(
          IllegalArgumentException.class,
          () -> new RegisterLog(reg).appendAll(entries(2), subjects(3)));
    }
  }

  @Test
  void verifyingNamesAStoredTreeHashChangedBehindTheLogsBack() throws Exception {
    NoteSigner key =
        NoteSigner.generate("sijil.example/bulk", SignatureType.ED25519, new SecureRandom());
    Path db = dir.resolve("t.db");
    try (Register reg = Register.open(db)) {
      reg.transaction(() -> new RegisterLog(reg).appendAll(entries(100), subjects(100)));
      new RegisterLog(reg).sign(key);
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        var s = c.createStatement()) {
      s.executeUpdate("UPDATE log_hashes SET hash = unhex(sha256('x')) WHERE position = 150");
    }
    try (Register reg = Register.open(db)) {
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(
          report.problems().stream().anyMatch(p -> p.what().contains("stored tree hash 150")),
          report.problems().toString());
    }
  }
}
