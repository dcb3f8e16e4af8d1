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
}
