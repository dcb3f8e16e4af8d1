package org.sijil.app.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.core.UserError;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.SourceNameEntry;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/** Source names are set only for known sources, kept with who set them, and logged once. */
class NameSourceTest {

  static final Actor AMAL = new Actor("amal");
  static final Actor SAMI = new Actor("sami");

  @TempDir Path dir;

  @Test
  void namesAreKeptWithWhoAndLoggedAndRepeatsAreNot() throws Exception {
    try (Register reg = registerWithSource("test-list")) {
      NameSource naming = new NameSource(reg);
      assertNull(NameSource.list(reg).get(0).names(), "no names before an analyst sets them");
      assertEquals(
          Optional.of("named"), naming.name("test-list", "Test list", "قائمة الاختبار", AMAL));
      assertEquals(
          Optional.empty(),
          naming.name(" test-list ", " Test list ", "قائمة الاختبار", SAMI),
          "the same names again change nothing");
      assertEquals(Optional.of("renamed"), naming.name("test-list", "Trial list", "", SAMI));

      NameSource.Listed listed = NameSource.list(reg).get(0);
      assertEquals("test-list", listed.source());
      assertEquals("Trial list", listed.names().english());
      assertNull(listed.names().arabic(), "a blank name is none");
      assertEquals("sami", listed.names().by());

      List<SourceNameEntry> logged = new ArrayList<>();
      for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
        if (EntryCodec.decode(e.bytes()) instanceof SourceNameEntry n) {
          logged.add(n);
          assertEquals(NameSource.SUBJECT + "test-list", e.subject());
        }
      }
      assertEquals(2, logged.size());
      assertEquals("amal", logged.get(0).actor());
      assertEquals("قائمة الاختبار", logged.get(0).arabic());
      assertEquals("renamed", logged.get(1).change());
      assertEquals("", logged.get(1).arabic());
      assertEquals(logged.get(1), EntryCodec.decode(logged.get(1).encode()));
    }
  }

  @Test
  void unknownSourcesAndEmptyNamesAreRefusedWithTheReason() throws Exception {
    try (Register reg = registerWithSource("test-list")) {
      NameSource naming = new NameSource(reg);
      UserError unknown =
          assertThrows(UserError.class, () -> naming.name("other", "Other", null, AMAL));
      assertTrue(unknown.getMessage().contains("'other'"), unknown.getMessage());
      assertTrue(unknown.getMessage().contains("test-list"), unknown.getMessage());
      UserError empty =
          assertThrows(UserError.class, () -> naming.name("test-list", " ", null, AMAL));
      assertTrue(empty.getMessage().contains("--en"), empty.getMessage());
      assertThrows(UserError.class, () -> naming.name("test-list", "x".repeat(201), null, AMAL));
      assertTrue(reg.sourceNames().all().isEmpty());
    }
  }

  private Register registerWithSource(String source) throws Exception {
    Path csv = dir.resolve("list.csv");
    Files.writeString(csv, "id,name,age\nT-1,اسم تجريبي أول,30\nT-2,اسم تجريبي ثان,40\n");
    Register reg = Register.open(dir.resolve("r.db"));
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(csv, source, "r1", null, ReadOptions.defaults(), false),
            AMAL,
            ProgressListener.NONE);
    return reg;
  }
}
