package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * Mistakes a newcomer makes: each is exit 1 with one line saying what to do, and leaves no stray
 * files.
 */
class UserMistakesTest {

  @TempDir Path dir;

  private static void oneLineUserError(Cli.Run r, String expected) {
    assertEquals(1, r.code(), r.err() + r.out());
    assertTrue(r.err().startsWith("sijil: "), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  private Path list() throws Exception {
    Path f = dir.resolve("list.csv");
    Files.writeString(
        f, "id,name_ar,age,sex\n900000001,محمد أحمد خليل,43,m\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readingCommandsDoNotCreateAnEmptyRegister() {
    Path db = dir.resolve("typo.db");
    oneLineUserError(Cli.run("releases", "--db", db), "no register at " + db);
    oneLineUserError(Cli.run("show", "r1", "--db", db), "no register at");
    oneLineUserError(Cli.run("rejects", "r1", "--db", db), "no register at");
    oneLineUserError(Cli.run("warnings", "r1", "--db", db), "no register at");
    oneLineUserError(Cli.run("export", "r1", "--db", db), "no register at");
    oneLineUserError(Cli.run("diff", "s", "r1", "r2", "--db", db), "no register at");
    oneLineUserError(Cli.run("users", "list", "--db", db), "no register at");
    assertFalse(Files.exists(db), "a reading command created " + db);
  }

  @Test
  void importOfAMissingFileLeavesNoRegisterBehind() {
    Path db = dir.resolve("r.db");
    oneLineUserError(
        Cli.run("import", dir.resolve("nope.csv"), "--source", "s", "--release", "r", "--db", db),
        "no such file");
    assertFalse(Files.exists(db));
  }

  @Test
  void aBadAsOfDateSaysWhatADateLooksLike() throws Exception {
    Cli.Run r =
        Cli.run(
            "import",
            list(),
            "--source",
            "s",
            "--release",
            "r",
            "--as-of",
            "yesterday",
            "--db",
            dir.resolve("r.db"));
    oneLineUserError(r, "'yesterday' is not a date yyyy-mm-dd");
    assertFalse(r.err().contains("java.time"), r.err());
    Cli.ok(
        "import",
        list(),
        "--source",
        "s",
        "--release",
        "r",
        "--as-of",
        "2024-04-30",
        "--db",
        dir.resolve("r.db"));
  }

  @Test
  void missingMappingFileAndMissingExportFolderAreNamed() throws Exception {
    Path db = dir.resolve("r.db");
    oneLineUserError(
        Cli.run(
            "import",
            list(),
            "--source",
            "s",
            "--release",
            "r",
            "--db",
            db,
            "--mapping",
            dir.resolve("nomap.txt")),
        "no such mapping file: " + dir.resolve("nomap.txt"));
    Cli.ok("import", list(), "--source", "s", "--release", "r", "--db", db);
    Path out = dir.resolve("no-folder").resolve("x.csv");
    oneLineUserError(
        Cli.run("export", "r", "--db", db, "-o", out),
        "folder " + dir.resolve("no-folder") + " does not exist");
  }

  @Test
  void missingAndUnknownCommandsSayItOnce() {
    Cli.Run none = Cli.run();
    oneLineUserError(none, "missing command");
    assertEquals(1, none.err().split("Try 'sijil --help'", -1).length - 1, none.err());
    oneLineUserError(Cli.run("frobnicate"), "unknown command 'frobnicate'");
    oneLineUserError(Cli.run("users"), "missing subcommand: add or list");
    // the developers' benchmarks and evaluations live in sijil-tools.jar, not the product
    oneLineUserError(Cli.run("bench"), "unknown command 'bench'");
    oneLineUserError(Cli.run("eval-names"), "unknown command 'eval-names'");
  }

  @Test
  void aPortOutOfRangeIsRefusedBeforeTheRegisterIsRead() throws Exception {
    Path db = dir.resolve("r.db");
    Cli.ok("import", list(), "--source", "s", "--release", "r", "--db", db);
    Cli.Run r = Cli.run("serve", "--db", db, "--port", "99999");
    oneLineUserError(r, "--port must be between 0 and 65535");
    assertFalse(r.out().contains("Loaded"), r.out());
  }

  @Test
  void releasesShowTheIdThatRecordReferencesUse() throws Exception {
    Path db = dir.resolve("r.db");
    Cli.ok("import", list(), "--source", "s", "--release", "r", "--db", db);
    var releases = Cli.ok("releases", "--db", db, "--format", "json").json();
    assertTrue(releases.get(0).get("id").asLong() > 0, releases.toString());
    assertTrue(Cli.ok("releases", "--db", db).out().startsWith("id"));
  }

  @Test
  void formatMeaningTheInputFilePointsToFileFormat() throws Exception {
    Cli.Run r =
        Cli.run(
            "import",
            list(),
            "--source",
            "s",
            "--release",
            "r",
            "--format",
            "xlsx",
            "--db",
            dir.resolve("r.db"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("use --file-format csv|xlsx|json"), r.err());
    Cli.Run other = Cli.run("releases", "--format", "yaml", "--db", dir.resolve("r.db"));
    assertTrue(
        other.err().startsWith("sijil: Invalid value for option '--format'")
            && !other.err().contains("--file-format"),
        other.err());
  }
}
