package org.sijil.app.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.core.diff.DiffResult;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseDiffs;

/**
 * The release diff is computed once at import and stored; reads use it for its own pair only, and
 * compare from the rows for any other pair or when none is stored (a register imported before
 * migration 17). The names are artificial.
 */
class StoredReleaseDiffTest {

  private static final String HEADER = "id,name,age\n";
  private static final String R1 =
      HEADER + "A,اسم تجريبي اول,30\n" + "B,اسم تجريبي ثان,41\n" + "C,اسم تجريبي ثالث,52\n";
  private static final String R2 =
      HEADER + "A,اسم تجريبي اول,30\n" + "B,اسم تجريبي ثان,44\n" + "D,اسم تجريبي رابع,25\n";
  private static final String R3 = HEADER + "A,اسم تجريبي اول,31\n";

  @TempDir Path dir;

  private Release importAs(Register reg, String label, String text) throws IOException {
    Path file = dir.resolve(label + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(file, "list", label, null, ReadOptions.defaults(), false),
            Actor.systemUser(),
            ProgressListener.NONE);
    return reg.releases().resolve("list", label);
  }

  @Test
  void theImportStoresItsDiffAndReadsUseIt() throws IOException {
    try (Register reg = Register.open(dir.resolve("reg.db"))) {
      Release r1 = importAs(reg, "r1", R1);
      assertTrue(reg.releaseDiffs().find(r1.id()).isEmpty(), "a first release has no diff");
      Release r2 = importAs(reg, "r2", R2);
      Release r3 = importAs(reg, "r3", R3);
      ReleaseDiffs.Stored stored = reg.releaseDiffs().find(r2.id()).orElseThrow();
      assertEquals(r1.id(), stored.previousId());
      assertEquals(StoredReleaseDiff.FORMAT, stored.format());
      DiffResult computed = StoredReleaseDiff.compare(reg, r1, r2);
      assertEquals(computed, StoredReleaseDiff.stored(reg, r1, r2).orElseThrow());
      assertEquals(1, computed.added().size());
      assertEquals(1, computed.removed().size());
      assertEquals("B", computed.changed().get(0).key());
      assertEquals("اسم تجريبي رابع", computed.added().get(0).get("name_ar"));

      // Reads take the stored diff (here replaced by another, to see that it is read) ...
      DiffResult other = StoredReleaseDiff.compare(reg, r2, r3);
      reg.transaction(
          () -> {
            StoredReleaseDiff.save(reg, r1, r2, other);
            return null;
          });
      assertEquals(other, StoredReleaseDiff.between(reg, r1, r2));
      // ... only for their own pair: r1 to r3 is compared from the rows.
      assertEquals(StoredReleaseDiff.compare(reg, r1, r3), StoredReleaseDiff.between(reg, r1, r3));
      assertTrue(StoredReleaseDiff.stored(reg, r1, r3).isEmpty());
    }
  }

  @Test
  void withoutAStoredDiffItIsComparedFromTheRows() throws Exception {
    Path db = dir.resolve("old.db");
    Release r1;
    Release r2;
    try (Register reg = Register.open(db)) {
      r1 = importAs(reg, "r1", R1);
      r2 = importAs(reg, "r2", R2);
    }
    // As a register imported before migration 17 has it: no stored diff.
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM release_diffs");
    }
    try (Register reg = Register.open(db)) {
      assertTrue(StoredReleaseDiff.stored(reg, r1, r2).isEmpty());
      DiffResult d = StoredReleaseDiff.between(reg, r1, r2);
      assertEquals(List.of("B"), d.changed().stream().map(c -> c.key()).toList());
    }
  }
}
