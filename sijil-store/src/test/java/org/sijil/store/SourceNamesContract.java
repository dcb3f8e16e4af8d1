package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SourceNames} on every backend (migration 13): DuckDB in {@code
 * DuckDbSourceNamesTest}, PostgreSQL in {@code PostgresSourceNamesTest}. Artificial names only.
 */
public abstract class SourceNamesContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  private static final Instant T1 = Instant.parse("2026-12-05T06:00:00Z");
  private static final Instant T2 = Instant.parse("2026-12-05T06:30:00Z");

  @Test
  void savesReplacesAndListsNamesWithWhoSetThem() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(13), reg.schemaVersions().toString());
      SourceNames names = reg.sourceNames();
      assertTrue(names.all().isEmpty());
      assertTrue(names.find("test-list").isEmpty());
      reg.transaction(
          () -> {
            names.save(
                new SourceNames.Named("test-list", "Test list", "قائمة الاختبار", "ana", T1));
            names.save(new SourceNames.Named("b-list", "B list", null, "ana", T1));
            return null;
          });
      SourceNames.Named first = names.find("test-list").orElseThrow();
      assertEquals("Test list", first.english());
      assertEquals("قائمة الاختبار", first.arabic());
      assertEquals("ana", first.by());
      assertEquals(T1, first.at());
      assertNull(names.find("b-list").orElseThrow().arabic());

      reg.transaction(
          () -> {
            names.save(new SourceNames.Named("test-list", "Test list (2)", "  ", "rev", T2));
            return null;
          });
      SourceNames.Named second = names.find("test-list").orElseThrow();
      assertEquals("Test list (2)", second.english());
      assertNull(second.arabic(), "a blank name is stored as none");
      assertEquals("rev", second.by());
      assertEquals(T2, second.at());
      assertEquals(
          List.of("b-list", "test-list"),
          names.all().stream().map(SourceNames.Named::source).toList());
    }
  }

  @Test
  void refusesNamesWithoutSourceAuthorOrOverTheLimit() {
    assertThrows(
        IllegalArgumentException.class, () -> new SourceNames.Named(" ", "x", "y", "ana", T1));
    assertThrows(
        IllegalArgumentException.class, () -> new SourceNames.Named("s", "x", "y", "", T1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SourceNames.Named("s", "x".repeat(SourceNames.MAX_NAME + 1), null, "ana", T1));
  }
}
