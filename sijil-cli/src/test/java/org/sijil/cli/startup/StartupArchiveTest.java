package org.sijil.cli.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.SampleRegister;

/**
 * {@code sijil startup-archive}: the archive's place and the training JVM's command, the training
 * run against a real server on a free port, and a clear refusal outside the jar. Writing a real
 * archive needs the built jar; {@code docs/benchmarks.md} measures it.
 */
class StartupArchiveTest {

  @Test
  void theArchiveLivesBesideTheJarWhereTheLauncherLooks() {
    assertEquals(
        Path.of("/opt/sijil/sijil.jsa"), StartupArchive.besideJar(Path.of("/opt/sijil/sijil.jar")));
  }

  @Test
  void theTrainingJvmWritesTheArchiveAtExitWithThisJvmsHeap() {
    List<String> heap = StartupArchive.heapOptions(List.of("-Xmx8g", "-Dx=y", "-Xms1g", "-ea"));
    assertEquals(List.of("-Xmx8g", "-Xms1g"), heap);
    assertEquals(
        List.of(
            "/jdk/bin/java",
            "-Xmx8g",
            "-Xms1g",
            "-XX:ArchiveClassesAtExit=/a/sijil.jsa.new",
            "-Xlog:cds=off,cds+dynamic=off",
            "-jar",
            "/a/sijil.jar",
            "startup-archive",
            "--train",
            "--db",
            "/r/reg.db"),
        StartupArchive.trainingCommand(
            Path.of("/jdk/bin/java"),
            heap,
            Path.of("/a/sijil.jsa.new"),
            Path.of("/a/sijil.jar"),
            Path.of("/r/reg.db")));
  }

  @Test
  void theTrainingRunSearchesBothScriptsAndOpensAPerson(@TempDir Path dir) {
    SampleRegister.writeLists(dir);
    Path db = dir.resolve("reg.db");
    SampleRegister.build(dir, db);
    StringWriter log = new StringWriter();
    List<String> asked = Training.run(db, new PrintWriter(log, true));
    String all = String.join("\n", asked);
    assertTrue(
        asked.stream().allMatch(a -> a.endsWith("→ 200")), "every request answered:\n" + all);
    assertTrue(all.contains("/api/persons?facets=true&q=sijil"), all);
    assertTrue(all.contains("/api/persons?facets=true&q=%D8%B3%D8%AC%D9%84"), all);
    assertTrue(all.contains("GET /person/"), "a person page was asked for:\n" + all);
    assertTrue(all.contains("?lang=ar"), all);
  }

  @Test
  void outsideTheJarItSaysItNeedsTheJar(@TempDir Path dir) {
    Path db = dir.resolve("reg.db");
    org.sijil.store.Register.open(db).close();
    Cli.Run run = Cli.run("startup-archive", "--db", db);
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("works only from the built jar"), run.err());
  }

  @Test
  void aMissingRegisterIsAUserError(@TempDir Path dir) {
    Cli.Run run = Cli.run("startup-archive", "--db", dir.resolve("none.db"));
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("no register at"), run.err());
  }
}
