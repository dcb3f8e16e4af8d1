package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RecordAmendments} on every backend (migration 16): DuckDB in {@code
 * DuckDbRecordAmendmentsTest}, PostgreSQL in {@code PostgresRecordAmendmentsTest}. Artificial
 * values only.
 */
public abstract class RecordAmendmentsContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  private static final Instant T1 = Instant.parse("2026-12-05T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-12-05T08:30:00Z");

  @Test
  void storesCorrectionsAndRemovalsInTheOrderTheyWereMade() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(16), reg.schemaVersions().toString());
      RecordAmendments amendments = reg.amendments();
      assertEquals(0, amendments.lastId());
      assertTrue(amendments.all().isEmpty());
      RecordAmendments.Amendment correction =
          new RecordAmendments.Amendment(
              0,
              "record:test-list/T-2",
              new Linkage.RecordKey(2, 5),
              RecordAmendments.Kind.CORRECTION,
              "name_ar",
              null,
              "اسم تجريبي",
              "hospital record",
              7,
              "salma",
              T1);
      RecordAmendments.Amendment removal =
          new RecordAmendments.Amendment(
              0,
              "record:3:4",
              new Linkage.RecordKey(3, 4),
              RecordAmendments.Kind.REMOVAL,
              null,
              null,
              null,
              "listed twice",
              8,
              "amal",
              T2);
      RecordAmendments.Amendment first = reg.transaction(() -> amendments.add(correction));
      RecordAmendments.Amendment second = reg.transaction(() -> amendments.add(removal));
      assertEquals(1, first.id());
      assertEquals(2, second.id());
      assertEquals(2, amendments.lastId());
      List<RecordAmendments.Amendment> all = amendments.all();
      assertEquals(List.of(first, second), all);
      assertEquals("اسم تجريبي", all.get(0).newValue());
      assertNull(all.get(0).oldValue());
      assertEquals(T1, all.get(0).at());
      assertEquals(RecordAmendments.Kind.REMOVAL, all.get(1).kind());
      assertEquals(new Linkage.RecordKey(3, 4), all.get(1).record());
    }
  }

  @Test
  void readsOnlyTheAmendmentsOfTheSubjectsAskedInTheOrderTheyWereMade() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(18), reg.schemaVersions().toString());
      RecordAmendments amendments = reg.amendments();
      RecordAmendments.Amendment a = removal("record:test-list/T-1", 1);
      RecordAmendments.Amendment b = removal("record:test-list/T-2", 2);
      RecordAmendments.Amendment c = removal("record:test-list/T-1", 3);
      reg.transaction(
          () -> {
            amendments.add(a);
            amendments.add(b);
            return amendments.add(c);
          });
      List<RecordAmendments.Amendment> found =
          amendments.ofSubjects(List.of("record:test-list/T-1", "record:test-list/T-1"));
      assertEquals(List.of(1L, 3L), found.stream().map(RecordAmendments.Amendment::id).toList());
      assertEquals(
          List.of(1L, 2L, 3L),
          amendments.ofSubjects(List.of("record:test-list/T-2", "record:test-list/T-1")).stream()
              .map(RecordAmendments.Amendment::id)
              .toList());
      assertTrue(amendments.ofSubjects(List.of("record:test-list/T-9")).isEmpty());
      assertTrue(amendments.ofSubjects(List.of()).isEmpty());
      // More subjects than one query binds: still every match, in order.
      List<String> many = new java.util.ArrayList<>();
      for (int i = 0; i < 1_200; i++) {
        many.add("record:other/" + i);
      }
      many.add("record:test-list/T-2");
      assertEquals(List.of(b.withId(2)), amendments.ofSubjects(many));
    }
  }

  private static RecordAmendments.Amendment removal(String subject, long logIndex) {
    return new RecordAmendments.Amendment(
        0,
        subject,
        new Linkage.RecordKey(1, logIndex),
        RecordAmendments.Kind.REMOVAL,
        null,
        null,
        null,
        "listed twice",
        logIndex,
        "amal",
        T1);
  }

  @Test
  void aRolledBackAmendmentIsNotStored() {
    try (Register reg = create()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              reg.transaction(
                  () -> {
                    reg.amendments()
                        .add(
                            new RecordAmendments.Amendment(
                                0,
                                "record:1:1",
                                new Linkage.RecordKey(1, 1),
                                RecordAmendments.Kind.REMOVAL,
                                null,
                                null,
                                null,
                                "test",
                                0,
                                "amal",
                                T1));
                    throw new IllegalStateException("the log entry failed");
                  }));
      assertEquals(0, reg.amendments().lastId());
    }
  }

  @Test
  void refusesAnAmendmentWithoutReasonAuthorOrValue() {
    Linkage.RecordKey r = new Linkage.RecordKey(1, 1);
    RecordAmendments.Kind c = RecordAmendments.Kind.CORRECTION;
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordAmendments.Amendment(0, "s", r, c, "age", "1", "2", " ", 0, "a", T1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordAmendments.Amendment(0, "s", r, c, "age", "1", "2", "x", 0, "", T1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RecordAmendments.Amendment(0, "s", r, c, "age", "1", null, "x", 0, "a", T1));
  }
}
