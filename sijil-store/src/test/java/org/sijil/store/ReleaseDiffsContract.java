package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReleaseDiffs} on every backend (migration 17): DuckDB in {@code
 * DuckDbReleaseDiffsTest}, PostgreSQL in {@code PostgresReleaseDiffsTest}. Artificial values only.
 */
public abstract class ReleaseDiffsContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  private static final String A = "aa".repeat(32);
  private static final String B = "bb".repeat(32);

  @Test
  void storesOneDiffPerReleaseAndReplacesIt() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(17), reg.schemaVersions().toString());
      ReleaseDiffs diffs = reg.releaseDiffs();
      assertEquals(Optional.empty(), diffs.find(2));
      String text = "{\"added\":[{\"name_ar\":\"اسم تجريبي\"}]}";
      ReleaseDiffs.Stored first = new ReleaseDiffs.Stored(2, B, 1, A, "sijil-diff/v1", text);
      reg.transaction(
          () -> {
            diffs.save(first);
            return null;
          });
      assertEquals(Optional.of(first), diffs.find(2));
      assertEquals(Optional.empty(), diffs.find(1));
      ReleaseDiffs.Stored again = new ReleaseDiffs.Stored(2, B, 1, A, "sijil-diff/v1", "{}");
      reg.transaction(
          () -> {
            diffs.save(again);
            return null;
          });
      assertEquals(Optional.of(again), diffs.find(2));
    }
  }

  @Test
  void aRolledBackSaveIsNotStored() {
    try (Register reg = create()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              reg.transaction(
                  () -> {
                    reg.releaseDiffs()
                        .save(new ReleaseDiffs.Stored(5, B, 4, A, "sijil-diff/v1", "{}"));
                    throw new IllegalStateException("the import failed");
                  }));
      assertEquals(Optional.empty(), reg.releaseDiffs().find(5));
      assertThrows(
          IllegalArgumentException.class, () -> new ReleaseDiffs.Stored(5, B, 4, A, " ", "{}"));
    }
  }
}
