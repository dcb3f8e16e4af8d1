package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;
import org.sijil.core.record.Sex;

/**
 * The integrity-log part of the register contract ({@link IntegrityLog}: entries, tree hashes,
 * checkpoints, snapshots, witnesses, bulk writes and range reads) and the fixtures both parts use.
 * {@link RegisterContract} extends it, so every backend test runs both.
 */
public abstract class RegisterLogContract {

  /** A new, empty register (migrated). Called once per test. */
  protected abstract Register create();

  /** The register of the last {@link #create()}, opened again after it was closed. */
  protected abstract Register reopen();

  static ReleaseSpec spec(String source, String label, String sha, String by) {
    return new ReleaseSpec(
        source,
        label,
        LocalDate.of(2024, 4, 30),
        label + ".csv",
        sha == null ? null : sha.repeat(64),
        "csv",
        "UTF-8",
        List.of(List.of("A title line")),
        List.of("id", "name", "age"),
        Map.of("id", "id", "name_ar", "name", "age", "age"),
        by);
  }

  static CasualtyRecord record(long row, String source, Age age, Sex sex) {
    String name = "اسم" + row + " تجريبي";
    return new CasualtyRecord(
        row,
        "id-" + row,
        name,
        null,
        age,
        null,
        sex,
        source,
        LocalDate.of(2023, 11, (int) row),
        "مكان",
        Map.of("id", "id-" + row, "name", name));
  }

  /** A release of {@code rows} records, one reject and one warning, committed. */
  static Release write(
      Register reg, String source, String label, String sha, int rows, boolean replace) {
    try (ReleaseWriter w = reg.imports().begin(spec(source, label, sha, "amal"), replace)) {
      for (int i = 1; i <= rows; i++) {
        CasualtyRecord r =
            record(i, source, Age.ofYears(20 + i), i % 2 == 0 ? Sex.FEMALE : Sex.MALE);
        w.record(List.of(r.id(), r.nameAr(), String.valueOf(20 + i)), r);
      }
      w.reject(new RowReject(rows + 1, List.of("x"), "wrong column count: 1 cell, header has 3"));
      w.warning(new RowWarning(1, "age", "unparsed_age", "??", "age '??' not understood"));
      return w.commit();
    }
  }

  @Test
  void theLogKeepsEntriesHashesCheckpointsAndSnapshots() {
    byte[] h1 = new byte[32];
    byte[] h2 = new byte[32];
    h2[31] = 7;
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    try (Register reg = create()) {
      IntegrityLog log = reg.integrity();
      assertEquals(0, log.entryCount());
      assertEquals(0, log.hashes().size());
      log.appendEntries(
          0,
          List.of(new byte[] {1, 2}, new byte[] {3}),
          java.util.Arrays.asList("release:1", null));
      assertThrows(
          IllegalArgumentException.class,
          () -> log.appendEntries(5, List.of(new byte[] {9}), List.of("x")));
      byte[] both = new byte[64];
      System.arraycopy(h2, 0, both, 32, 32);
      log.hashes().append(both);
      log.hashes().append(h1);
      assertEquals(3, log.hashes().size());
      assertTrue(java.util.Arrays.equals(h2, log.hashes().read(1)));
      assertThrows(IndexOutOfBoundsException.class, () -> log.hashes().read(3));
      long c1 = log.saveCheckpoint(2, "origin\n2\nroot\n\n— sig\n", at);
      long c2 = log.saveCheckpoint(3, "origin\n3\nroot\n\n— sig\n", at.plusSeconds(5));
      long snap =
          log.saveSnapshot(
              new IntegrityLog.Snapshot(0, 1, c2, "ab".repeat(32), 2, "amal", at),
              List.of(
                  new IntegrityLog.SnapshotPerson(0, 11, new byte[] {5}),
                  new IntegrityLog.SnapshotPerson(1, 12, new byte[] {6})));
      assertTrue(c1 < c2);
      assertEquals(snap, log.latestSnapshot().orElseThrow().id());
    }
    try (Register reg = reopen()) {
      IntegrityLog log = reg.integrity();
      assertEquals(2, log.entryCount());
      assertTrue(java.util.Arrays.equals(new byte[] {3}, log.entry(1).orElseThrow().bytes()));
      assertNull(log.entry(1).orElseThrow().subject());
      assertTrue(log.entry(2).isEmpty());
      assertEquals(2, log.entries(0, 10).size());
      assertEquals(0, log.latest("release:1").orElseThrow().index());
      assertTrue(log.latest("release:2").isEmpty());
      assertEquals(3, log.hashes().size());
      assertEquals(3, log.latestCheckpoint().orElseThrow().treeSize());
      assertEquals(2, log.checkpoints().size());
      assertEquals(at, log.checkpoints().get(0).createdAt());
      IntegrityLog.Snapshot s = log.latestSnapshot().orElseThrow();
      assertEquals("ab".repeat(32), s.personsRoot());
      assertEquals(s, log.snapshot(s.id()).orElseThrow());
      assertTrue(log.snapshot(s.id() + 1).isEmpty());
      assertEquals(1, log.snapshotPerson(s.id(), 12).orElseThrow().position());
      assertTrue(log.snapshotPerson(s.id(), 13).isEmpty());
      assertEquals(2, log.snapshotPersons(s.id()).size());
      log.saveRowHashes(
          4, List.of(new IntegrityLog.RowHash(1, h1), new IntegrityLog.RowHash(2, h2)));
      log.saveRowHashes(
          4, List.of(new IntegrityLog.RowHash(1, h2), new IntegrityLog.RowHash(3, h1)));
      List<IntegrityLog.RowHash> rows = log.rowHashes(4);
      assertEquals(List.of(1L, 3L), rows.stream().map(IntegrityLog.RowHash::row).toList());
      assertTrue(java.util.Arrays.equals(h2, rows.get(0).hash()));
      assertTrue(log.rowHashes(5).isEmpty());
    }
  }

  /** Writes release {@code label} of "list" with one record per hash, each hash streamed in. */
  private static Release writeWithRowHashes(
      Register reg, String label, boolean replace, byte[]... hashes) {
    try (ReleaseWriter w = reg.imports().begin(spec("list", label, "a", "amal"), replace)) {
      for (int i = 0; i < hashes.length; i++) {
        CasualtyRecord r = record(i + 1, "list", Age.ofYears(30), Sex.MALE);
        w.rowHash(i + 1, hashes[i]);
        w.record(List.of(r.id(), r.nameAr(), "30"), r);
      }
      return w.commit();
    }
  }

  @Test
  void rowHashesStreamedWithAReleaseAreStoredWithItReplacingThoseOfAReusedId() {
    byte[] h1 = new byte[32];
    byte[] h2 = new byte[32];
    java.util.Arrays.fill(h1, (byte) 1);
    java.util.Arrays.fill(h2, (byte) 2);
    try (Register reg = create()) {
      Release first = writeWithRowHashes(reg, "r1", false, h1, h2);
      List<IntegrityLog.RowHash> stored = reg.integrity().rowHashes(first.id());
      assertEquals(List.of(1L, 2L), stored.stream().map(IntegrityLog.RowHash::row).toList());
      assertTrue(java.util.Arrays.equals(h2, stored.get(1).hash()));
      // Replacing the last release gives the new one the same id: its hashes replace the old ones.
      Release again = writeWithRowHashes(reg, "r1", true, h2);
      assertEquals(first.id(), again.id());
      stored = reg.integrity().rowHashes(again.id());
      assertEquals(List.of(1L), stored.stream().map(IntegrityLog.RowHash::row).toList());
      assertTrue(java.util.Arrays.equals(h2, stored.get(0).hash()));
      // A release rolled back takes its streamed hashes with it.
      try (ReleaseWriter w = reg.imports().begin(spec("list", "r2", "b", "amal"), false)) {
        w.rowHash(1, h1);
      }
      assertTrue(reg.integrity().rowHashes(again.id() + 1).isEmpty());
    }
  }

  @Test
  void aTransactionKeepsAChangeAndItsLogEntryTogether() {
    try (Register reg = create()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              reg.transaction(
                  () -> {
                    reg.users().save("salma", "analyst", "hash", "amal");
                    reg.integrity()
                        .appendEntries(0, List.of(new byte[] {1}), List.of("user:salma"));
                    throw new IllegalStateException("failing after both");
                  }));
      assertTrue(reg.users().find("salma").isEmpty());
      assertEquals(0, reg.integrity().entryCount());
      reg.transaction(
          () -> {
            reg.users().save("salma", "analyst", "hash", "amal");
            reg.integrity().appendEntries(0, List.of(new byte[] {1}), List.of("user:salma"));
            return null;
          });
      Release r;
      try (ReleaseWriter w = reg.imports().begin(spec("list", "r1", "a", "amal"), false)) {
        r =
            w.commit(
                "a".repeat(64),
                stored ->
                    reg.integrity()
                        .appendEntries(
                            1, List.of(new byte[] {2}), List.of("release:" + stored.id())));
      }
      assertTrue(reg.users().find("salma").isPresent());
      assertEquals(2, reg.integrity().entryCount());
      assertEquals("release:" + r.id(), reg.integrity().entry(1).orElseThrow().subject());
      try (ReleaseWriter w = reg.imports().begin(spec("list", "r2", "b", "amal"), false)) {
        assertThrows(
            IllegalStateException.class,
            () ->
                w.commit(
                    "b".repeat(64),
                    stored -> {
                      throw new IllegalStateException("log refused");
                    }));
      }
      assertTrue(reg.releases().find("list", "r2").isEmpty());
    }
  }

  @Test
  void witnessesAndTheirCosignaturesAreKeptOnePerCheckpointAndWitness() {
    Instant at = Instant.parse("2026-12-05T00:00:00Z");
    try (Register reg = create()) {
      reg.witnesses()
          .saveWitness(new LogWitnesses.Witness("w.example/b", "b+00000000+key", "admin", at));
      reg.witnesses()
          .saveWitness(new LogWitnesses.Witness("w.example/a", "a+00000000+old", "admin", at));
      reg.witnesses()
          .saveWitness(new LogWitnesses.Witness("w.example/a", "a+00000000+new", "admin", at));
      reg.witnesses().saveCosignature(new LogWitnesses.Cosignature(1, "w.example/a", "one", at));
      reg.witnesses().saveCosignature(new LogWitnesses.Cosignature(1, "w.example/a", "two", at));
      reg.witnesses().saveCosignature(new LogWitnesses.Cosignature(2, "w.example/b", "three", at));
    }
    try (Register reg = reopen()) {
      List<LogWitnesses.Witness> w = reg.witnesses().witnesses();
      assertEquals(List.of("w.example/a", "w.example/b"), w.stream().map(x -> x.name()).toList());
      assertEquals("a+00000000+new", w.get(0).verifierKey());
      assertEquals(at, w.get(0).addedAt());
      List<LogWitnesses.Cosignature> c = reg.witnesses().cosignatures(1);
      assertEquals(1, c.size());
      assertEquals("two", c.get(0).line());
      assertEquals("three", reg.witnesses().cosignatures(2).get(0).line());
      assertTrue(reg.witnesses().cosignatures(3).isEmpty());
    }
  }

  @Test
  void bulkLogWritesKeepEveryByteAndRangeReadsReturnThemInOrder() {
    int n = 2_500;
    List<byte[]> entries = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    byte[] hashes = new byte[3 * n * 32];
    for (int i = 0; i < n; i++) {
      entries.add(("entry " + i + " \u0633\u062c\u0644").getBytes(StandardCharsets.UTF_8));
      subjects.add(i % 3 == 0 ? null : "subject:" + i);
    }
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = (byte) (i * 31 + i / 32);
    }
    try (Register reg = create()) {
      IntegrityLog log = reg.integrity();
      assertThrows(
          IllegalStateException.class,
          () ->
              reg.transaction(
                  () -> {
                    log.appendEntries(0, entries, subjects);
                    log.hashes().append(hashes);
                    throw new IllegalStateException("failing after both");
                  }));
      assertEquals(0, log.entryCount());
      assertEquals(0, log.hashes().size());
      reg.transaction(
          () -> {
            log.appendEntries(0, entries.subList(0, 1), subjects.subList(0, 1));
            log.appendEntries(1, entries.subList(1, n), subjects.subList(1, n));
            log.hashes().append(java.util.Arrays.copyOf(hashes, 32));
            log.hashes().append(java.util.Arrays.copyOfRange(hashes, 32, hashes.length));
            return null;
          });
    }
    try (Register reg = reopen()) {
      IntegrityLog log = reg.integrity();
      assertEquals(n, log.entryCount());
      List<IntegrityLog.Entry> back = log.entries(0, n);
      for (int i = 0; i < n; i++) {
        assertEquals(i, back.get(i).index());
        assertTrue(java.util.Arrays.equals(entries.get(i), back.get(i).bytes()), "entry " + i);
        assertEquals(subjects.get(i), back.get(i).subject(), "subject " + i);
      }
      List<IntegrityLog.Entry> about = log.about("subject:4");
      assertEquals(1, about.size());
      assertEquals(4, about.get(0).index());
      assertTrue(log.about("subject:3").isEmpty(), "entry 3 has no subject");
      assertEquals(
          List.of(1L, 4L, 5L),
          log
              .about(List.of("subject:5", "subject:1", "subject:3", "subject:4", "subject:5"))
              .stream()
              .map(IntegrityLog.Entry::index)
              .toList(),
          "several subjects at once: each entry once, in log order");
      assertTrue(log.about(List.of()).isEmpty());
      List<String> many = new ArrayList<>();
      List<Long> withSubject = new ArrayList<>();
      for (int i = n - 1; i >= 0; i--) {
        many.add("subject:" + i); // more subjects than one statement asks for, newest first
        if (i % 3 != 0) {
          withSubject.add(0, (long) i);
        }
      }
      assertEquals(withSubject, log.about(many).stream().map(IntegrityLog.Entry::index).toList());
      assertEquals(3L * n, log.hashes().size());
      assertTrue(java.util.Arrays.equals(hashes, log.hashes().readRange(0, 3 * n)));
      assertTrue(
          java.util.Arrays.equals(
              java.util.Arrays.copyOfRange(hashes, 100 * 32, 107 * 32),
              log.hashes().readRange(100, 7)));
      assertTrue(
          java.util.Arrays.equals(
              java.util.Arrays.copyOfRange(hashes, 4 * 32, 5 * 32), log.hashes().read(4)));
      assertThrows(IndexOutOfBoundsException.class, () -> log.hashes().readRange(3L * n - 2, 3));
      assertThrows(IllegalArgumentException.class, () -> log.hashes().readRange(0, 0));
    }
  }
}
