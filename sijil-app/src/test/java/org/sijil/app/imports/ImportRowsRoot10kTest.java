package org.sijil.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.integrity.RowsRoot;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * A 10,000-row list gives the same rows root, stored records, rejects and warnings as main c1c251d
 * did before the import's per-row work was cut: every value below was computed by that code. The
 * list is artificial (numbered placeholder names, never real people) and exercises what the hot
 * path handles: Arabic and Latin text, quoted newlines, repeated ids, ages in months, unparsable
 * values, blanks and rejected rows.
 */
class ImportRowsRoot10kTest {

  static final String PINNED =
      "10000/9880/120 warnings={age_disagrees=6104, duplicate_id=9, unparsed_age=120,"
          + " unparsed_date=1000, unparsed_sex=582}"
          + " root=360fa572de88a2e2ebaa22f2bb475478787d28d6a6e8ab86cb79c43b00240a7b"
          + " records=ee091abb5b5cbebf2670961d9825677a61d07aebb1d7f421cf48cb43d398559d"
          + " rejects=9ea4a0fd9c3c172657b6b892ce0ed1df458d85dbc30711dde590b65b2b787fae"
          + " notes=2dc91e27206b66d1bd5b90d8323ae1701d2296bb517b75a9e866f5e0ceb9ee09";

  @TempDir Path dir;

  static String list() {
    StringBuilder s = new StringBuilder("id,name_ar,name_en,age,dob,sex,source,dod,place\n");
    for (int i = 1; i <= 10_000; i++) {
      if (i % 100 == 0) {
        s.append(",,,1,,m,,,\n"); // no name and no id: rejected
        continue;
      }
      if (i % 250 == 0) {
        s.append("T-").append(i).append(",x,y,1,,m,,,p,one cell too many\n"); // rejected
        continue;
      }
      s.append(i % 97 == 0 ? "" : "T-" + (i % 1_000 == 1 ? 1 : i)).append(',');
      s.append(i % 13 == 0 ? "" : "اسم" + (i % 37) + " تجريبي " + (i % 11)).append(',');
      s.append(i % 29 == 0 ? "\"Test\nName " + i + "\"" : "Test Name " + (i % 53)).append(',');
      s.append(age(i)).append(',');
      s.append(i % 2 == 0 ? "2001-02-" + (10 + i % 18) : i % 5 == 0 ? "31/02/1999" : "3/4/1999")
          .append(',');
      s.append(i % 17 == 0 ? "?" : i % 2 == 0 ? "m" : "أنثى").append(',');
      s.append(i % 3 == 0 ? "" : "مصدر").append(',');
      s.append("2024-01-").append(10 + i % 18).append(',');
      s.append(i % 6 == 0 ? "غزة" : "Place \\ tab\there").append('\n');
    }
    return s.toString();
  }

  private static String age(int i) {
    if (i % 4 == 0) {
      return "";
    }
    if (i % 50 == 1) {
      return i % 3 + " months";
    }
    return i % 61 == 0 ? "old" : String.valueOf(i % 90);
  }

  @Test
  void rowsRootAndStoredRowsAreAsOnMain() throws Exception {
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
      MessageDigest records = Hashes.newDigest();
      reg.records().forEach(id, r -> records.update(text(r)));
      MessageDigest rejects = Hashes.newDigest();
      for (RowReject r : reg.records().rejects(id)) {
        rejects.update((r.row() + " " + r.cells() + " " + r.reason() + "\n").getBytes(UTF8));
      }
      MessageDigest warnings = Hashes.newDigest();
      for (RowWarning w : reg.records().warnings(id)) {
        warnings.update((w + "\n").getBytes(UTF8));
      }
      String got =
          s.read()
              + "/"
              + s.imported()
              + "/"
              + s.rejected()
              + " warnings="
              + s.warningsByKind()
              + " root="
              + Hashes.hex(root.root())
              + " records="
              + Hashes.hex(records.digest())
              + " rejects="
              + Hashes.hex(rejects.digest())
              + " notes="
              + Hashes.hex(warnings.digest());
      assertEquals(PINNED, got);
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static byte[] text(CasualtyRecord r) {
    return (r.row()
            + " "
            + r.id()
            + " "
            + r.nameAr()
            + " "
            + r.nameEn()
            + " "
            + r.age()
            + " "
            + r.dob()
            + " "
            + r.sex()
            + " "
            + r.source()
            + " "
            + r.dod()
            + " "
            + r.place()
            + " "
            + r.raw()
            + "\n")
        .getBytes(UTF8);
  }
}
