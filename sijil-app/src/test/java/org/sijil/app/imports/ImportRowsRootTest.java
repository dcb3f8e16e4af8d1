package org.sijil.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.integrity.RowsRoot;
import org.sijil.core.integrity.Hashes;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * The same file gives the same stored rows and the same rows root as before the import's hot path
 * was made faster: the root is pinned (computed by the earlier code, main a41a8b7).
 */
class ImportRowsRootTest {

  /**
   * The rows root of {@link #list()} (41 rows: 40 imported, 1 rejected) as main a41a8b7 logged it.
   */
  static final String PINNED_ROOT =
      "82664bf7be099003e9e9c49eb4d20465b7d99841cad2c5cfb22f022f885110eb";

  @TempDir Path dir;

  /** An artificial list: Arabic and Latin names, a quoted newline, blanks, a rejected row. */
  static String list() {
    StringBuilder s = new StringBuilder("id,name_ar,name_en,age,dob,sex,dod,place\n");
    for (int i = 1; i <= 40; i++) {
      s.append("T-").append(i).append(',');
      s.append(i == 7 || i == 11 ? "" : "اسم" + (i % 5) + " تجريبي").append(',');
      s.append(i == 11 ? "" : i % 3 == 0 ? "\"Test\nName " + i + "\"" : "Test Name " + i)
          .append(',');
      s.append(i % 4 == 0 ? "" : String.valueOf(i % 90)).append(',');
      s.append(i % 2 == 0 ? "2001-02-" + (10 + i % 18) : "3/4/1999").append(',');
      s.append(i % 2 == 0 ? "m" : "f").append(',');
      s.append("2024-01-").append(10 + i % 18).append(',');
      s.append(i % 6 == 0 ? "غزة" : "Place \\ tab\there").append('\n');
    }
    s.append("T-99,x,y,1,,m,,p,one cell too many\n");
    return s.toString();
  }

  @Test
  void rowsAndRootAreAsBefore() throws Exception {
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, list(), StandardCharsets.UTF_8);
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      ImportRelease.Summary s =
          new ImportRelease(reg)
              .run(
                  new ImportRelease.Request(csv, "test", "r1", null, ReadOptions.defaults(), false),
                  new Actor("tester"),
                  ProgressListener.NONE);
      long id = reg.releases().find("test", "r1").orElseThrow().id();
      RowsRoot root = new RowsRoot();
      for (IntegrityLog.RowHash h : reg.integrity().rowHashes(id)) {
        root.add(h.hash());
      }
      String hex = Hashes.hex(root.root());
      String entry =
          new String(reg.integrity().entry(0).orElseThrow().bytes(), StandardCharsets.UTF_8);
      assertEquals(
          "41/40/1 " + PINNED_ROOT, s.read() + "/" + s.imported() + "/" + s.rejected() + " " + hex);
      assertTrue(entry.contains(hex), entry);
    }
  }
}
