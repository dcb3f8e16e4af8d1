package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Release;

/**
 * The record-version rule in isolation: planning a release in chunks gives the same entries as at
 * once (a key repeated across a chunk boundary included), what a version's content is, and the
 * compact history. The names are artificial.
 */
class RecordVersionsTest {

  private static final Instant AT = Instant.parse("2026-12-05T00:00:00Z");
  private static final Release RELEASE =
      new Release(
          7,
          "list",
          "r1",
          null,
          AT,
          "r1.csv",
          "00",
          "csv",
          "UTF-8",
          List.of("id", "name"),
          Map.of(),
          0,
          0,
          0,
          0,
          "importer");

  private static RecordVersions.Row row(long n, String key, String content) {
    byte[] leaf = Hashes.sha256(("leaf " + n).getBytes(StandardCharsets.UTF_8));
    return new RecordVersions.Row(
        n, key, leaf, Hashes.sha256(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<RecordVersions.Row> rows() {
    List<RecordVersions.Row> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      rows.add(row(i, "K" + i, "c" + i));
    }
    rows.add(row(11, "K3", "c3")); // the same content again: no version
    rows.add(row(12, "K4", "changed")); // K4 again, changed: version 2
    rows.add(row(13, null, "c13")); // no key: version 1
    rows.add(row(14, "K4", "changed")); // repeats K4's second version: no version
    return rows;
  }

  private static List<String> describe(List<RecordVersions.Planned> planned) {
    return planned.stream()
        .map(
            p ->
                p.subject()
                    + " "
                    + p.entry().record()
                    + " v"
                    + p.entry().version()
                    + " prev="
                    + p.entry().previousSha256())
        .toList();
  }

  @Test
  void plannedInChunksIsPlannedAtOnce() {
    List<RecordVersions.Row> rows = rows();
    String[] keys = rows.stream().map(RecordVersions.Row::key).toArray(String[]::new);
    Set<String> repeated = RecordVersions.repeatedKeys(keys, keys.length);
    assertEquals(Set.of("K3", "K4"), repeated);

    List<RecordVersions.Planned> once =
        RecordVersions.plan(RELEASE, rows, new VersionHistory(), null, "importer", AT);
    VersionHistory history = new VersionHistory();
    List<RecordVersions.Planned> chunked = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += 4) {
      chunked.addAll(
          RecordVersions.plan(
              RELEASE,
              rows.subList(from, Math.min(rows.size(), from + 4)),
              history,
              repeated,
              "importer",
              AT));
    }
    assertEquals(describe(once), describe(chunked));
    assertEquals(12, once.size());
    RecordVersions.Planned k4 = once.get(10);
    assertEquals("record:list/K4 7:12 v2", describe(List.of(k4)).get(0).split(" prev=")[0]);
    assertEquals(Hashes.hex(rows.get(3).leaf()), k4.entry().previousSha256());
    assertEquals("record:7:13 7:13 v1 prev=", describe(List.of(once.get(11))).get(0));
    // Only repeated keys were remembered from this release.
    assertEquals(2, history.size());
  }

  @Test
  void aVersionIsTheParsedRecordNotItsCellsOrRow() {
    CasualtyRecord a = record(3, "اسم تجريبي", new Age(43, 0, 0), Map.of("age", "43"));
    CasualtyRecord reformatted =
        record(9, "اسم تجريبي", new Age(43, 0, 0), Map.of("age", "43.0", "extra", "x"));
    CasualtyRecord older = record(3, "اسم تجريبي", new Age(44, 0, 0), Map.of("age", "44"));
    assertArrayEquals(RecordVersions.contentHash(a), RecordVersions.contentHash(reformatted));
    assertNotEquals(
        Hashes.hex(RecordVersions.contentHash(a)), Hashes.hex(RecordVersions.contentHash(older)));
    String bytes = new String(CanonicalRows.record(a), StandardCharsets.UTF_8);
    assertEquals(
        "sijil-record/v1\n"
            + "id 2 K1\n"
            + "name-ar 19 اسم تجريبي\n"
            + "name-en -\n"
            + "age 6 43.0.0\n"
            + "dob -\n"
            + "sex -\n"
            + "source -\n"
            + "dod -\n"
            + "place -\n",
        bytes);
  }

  private static CasualtyRecord record(long row, String name, Age age, Map<String, String> raw) {
    return new CasualtyRecord(row, "K1", name, null, age, null, null, null, null, null, raw);
  }

  @Test
  void theHistoryKeepsEachSubjectsLastVersionAndEntry() {
    VersionHistory h = new VersionHistory();
    byte[] content = Hashes.sha256(new byte[] {1});
    for (int i = 0; i < 5000; i++) {
      h.planned("record:list/" + i, i + 1, content, Hashes.sha256(new byte[] {(byte) i}));
    }
    assertEquals(5000, h.size());
    assertEquals(4000, h.version("record:list/3999"));
    assertTrue(h.lastContentIs("record:list/3999", content));
    assertFalse(h.lastContentIs("record:list/3999", Hashes.sha256(new byte[] {2})));
    assertEquals(0, h.version("record:list/none"));
    assertNull(h.lastRecordSha("record:list/none"));
    String sha = Hashes.hex(Hashes.sha256(new byte[] {9}));
    h.apply(
        "record:list/1",
        new org.sijil.core.integrity.LogEntry.Correction(AT, "a", "7:1", 5, sha, "why"));
    assertEquals(5, h.version("record:list/1"));
    assertTrue(h.lastIsCorrectionTo("record:list/1", sha));
    assertFalse(h.lastIsRemovalOf("record:list/1", "7:1"));
    h.apply("record:list/1", new org.sijil.core.integrity.LogEntry.Removal(AT, "a", "7:1", "gone"));
    assertTrue(h.lastIsRemovalOf("record:list/1", "7:1"));
    assertFalse(h.lastIsCorrectionTo("record:list/1", sha));
  }
}
