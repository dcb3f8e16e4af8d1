package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.ServedRegister;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * The person page's timeline numbers each listing with the record version the integrity log gives
 * it, as the history API does, in English and Arabic, on a real server over a two-release register:
 * a record the second release changed shows version 2, one it left as it was only version 1.
 * Artificial names.
 */
class PersonPageVersionsTest {

  private static final String R1 =
      "id,name,age\n" + "T-1,اسم تجريبي اول,30\n" + "T-2,اسم تجريبي ثان,41\n";
  // T-2's age changes: a new version of its record.
  private static final String R2 =
      "id,name,age\n" + "T-1,اسم تجريبي اول,30\n" + "T-2,اسم تجريبي ثان,42\n";

  @TempDir Path dir;

  @Test
  void theTimelineShowsEachListingsVersionInBothLanguages() throws Exception {
    Path db = dir.resolve("reg.db");
    importAs(db, "r1", R1);
    importAs(db, "r2", R2);
    Cli.ok("link", "--db", db, "--by", "tester");
    long r2 = releaseId(db, "r2");
    String changed = person(db, r2, 2);
    String same = person(db, r2, 1);
    try (ServedRegister server = ServedRegister.start(db)) {
      String history = server.get("/api/persons/" + changed + "/history").body();
      assertTrue(history.contains("\"version\":\"2\""), history);
      String en = timeline(server.get("/person/" + changed + "?lang=en").body());
      assertTrue(en.contains("<span class=\"version\">version 2</span>"), en);
      String ar = timeline(server.get("/person/" + changed + "?lang=ar").body());
      assertTrue(ar.contains("<span class=\"version\">الإصدار 2</span>"), ar);
      String unchanged = timeline(server.get("/person/" + same + "?lang=en").body());
      assertTrue(unchanged.contains("<span class=\"version\">version 1</span>"), unchanged);
      assertFalse(unchanged.contains("version 2"), unchanged);
    }
  }

  /** The page's timeline section. */
  private static String timeline(String page) {
    int from = page.indexOf("id=\"person-timeline\"");
    assertTrue(from >= 0, page);
    return page.substring(from, page.indexOf("</section>", from));
  }

  private void importAs(Path db, String label, String csv) throws java.io.IOException {
    Path file = dir.resolve(label + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Cli.ok("import", file, "--db", db, "--source", "test-list", "--release", label, "--by", "amal");
  }

  private static long releaseId(Path db, String label) {
    try (Register reg = Register.open(db)) {
      return reg.releases().resolve("test-list", label).id();
    }
  }

  private static String person(Path db, long release, long row) {
    try (Register reg = Register.open(db)) {
      return "P" + reg.linkage().currentLinks().get(new Linkage.RecordKey(release, row)).personId();
    }
  }
}
