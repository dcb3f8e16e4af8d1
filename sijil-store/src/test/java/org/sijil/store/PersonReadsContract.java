package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Linkage.PersonLink;
import org.sijil.store.Linkage.RecordKey;

/**
 * The contract of {@link PersonReads} on every backend: DuckDB in {@code DuckDbPersonReadsTest},
 * PostgreSQL in {@code PostgresPersonReadsTest}. A record read by id equals the one the release's
 * full read gives (parsed fields and raw cells by header); a person's records are those its link
 * run stored. Artificial names only.
 */
public abstract class PersonReadsContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  @Test
  void readsOneRecordAsTheFullReadDoesWithItsLink() {
    try (Register reg = create()) {
      Release a = RegisterLogContract.write(reg, "moh", "one", "a", 3, false);
      Release b = RegisterLogContract.write(reg, "hospital", "one", "b", 2, false);
      PersonReads reads = reg.personReads();
      assertFalse(reads.linked());
      RecordKey a2 = new RecordKey(a.id(), 2);
      PersonReads.StoredRecord before = reads.read(a2).orElseThrow();
      assertEquals(reg.records().list(a.id()).get(1), before.record());
      assertEquals(
          List.copyOf(reg.records().list(a.id()).get(1).raw().entrySet()),
          List.copyOf(before.record().raw().entrySet()),
          "raw cells by header, in order");
      assertEquals(a, before.release());
      assertNull(before.link());
      assertTrue(reads.read(new RecordKey(a.id(), 4)).isEmpty(), "a rejected row is no record");
      assertTrue(reads.read(new RecordKey(999, 1)).isEmpty());

      RecordKey a1 = new RecordKey(a.id(), 1);
      RecordKey b1 = new RecordKey(b.id(), 1);
      long run =
          reg.linkage()
              .save(
                  new Linkage.Run(
                      "{}",
                      "{}",
                      List.of(new PersonLink(b1, 7, 0.9), new PersonLink(a1, 7, 0.9)),
                      List.of(7L),
                      Map.of(),
                      List.of(),
                      true,
                      "amal"));
      assertTrue(reads.linked());
      List<PersonReads.StoredRecord> person = reads.ofPerson(7);
      assertEquals(List.of(a1, b1), person.stream().map(PersonReads.StoredRecord::key).toList());
      assertTrue(reads.ofPerson(8).isEmpty());
      assertEquals(new Linkage.CurrentLink(7, 0.9, run), person.get(0).link());
      assertEquals(person, reads.read(List.of(a1, b1)));
      assertEquals(new Linkage.CurrentLink(7, 0.9, run), person.get(1).link());
      assertEquals(b, person.get(1).release());
      CasualtyRecord full = reg.records().list(b.id()).get(0);
      assertEquals(full, person.get(1).record());
      assertNull(reads.read(a2).orElseThrow().link());
    }
  }

  @Test
  void findsRecordsByListKey() {
    try (Register reg = create()) {
      Release a = RegisterLogContract.write(reg, "moh", "one", "a", 3, false);
      Release b = RegisterLogContract.write(reg, "hospital", "one", "b", 2, false);
      PersonReads reads = reg.personReads();
      assertEquals(
          List.of(new RecordKey(a.id(), 2), new RecordKey(b.id(), 2)), reads.withKey("id-2"));
      assertEquals(List.of(new RecordKey(a.id(), 3)), reads.withKey("id-3"));
      assertTrue(reads.withKey("no-such-key").isEmpty());
    }
  }

  /** A release of records whose list keys are {@code keys}, row by row (null: no key). */
  private static Release withKeys(Register reg, String label, boolean replace, String... keys) {
    try (ReleaseWriter w =
        reg.imports().begin(RegisterLogContract.spec("moh", label, "a", "amal"), replace)) {
      for (int i = 0; i < keys.length; i++) {
        CasualtyRecord r =
            new CasualtyRecord(
                i + 1,
                keys[i],
                "اسم تجريبي",
                null,
                null,
                null,
                null,
                "moh",
                null,
                null,
                java.util.Collections.singletonMap("id", keys[i]));
        w.record(java.util.Arrays.asList(keys[i], "اسم تجريبي", ""), r);
      }
      return w.commit();
    }
  }

  @Test
  void findsAnyListKeyExactlyWhateverItsCharacters() {
    String[] keys = {
      "7:2:ab", "٤٥٦٧", "k😀:1", "", "id", null, "id", "i", "idd", "1:2:id", "ID", "id "
    };
    try (Register reg = create()) {
      Release a = withKeys(reg, "one", false, keys);
      PersonReads reads = reg.personReads();
      for (String key : java.util.Arrays.stream(keys).filter(k -> k != null).toList()) {
        List<RecordKey> expected = new java.util.ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
          if (key.equals(keys[i])) {
            expected.add(new RecordKey(a.id(), i + 1));
          }
        }
        assertEquals(expected, reads.withKey(key), "key '" + key + "'");
      }
      assertTrue(reads.withKey("😀").isEmpty());
      assertTrue(reads.withKey("2:id").isEmpty());
    }
  }

  @Test
  void aReplacedReleaseIsFoundByKeyOnlyAsItIsNow() {
    try (Register reg = create()) {
      Release first = withKeys(reg, "one", false, "k1", "k2", "k1");
      Release again = withKeys(reg, "one", true, "k2", "k3");
      PersonReads reads = reg.personReads();
      assertTrue(reads.withKey("k1").isEmpty());
      assertEquals(List.of(new RecordKey(again.id(), 1)), reads.withKey("k2"));
      assertEquals(List.of(new RecordKey(again.id(), 2)), reads.withKey("k3"));
      assertTrue(first.id() > 0);
    }
  }
}
