package org.sijil.cli.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one builder of the child JVM both archive trainings start. */
class ArchiveJvmTest {

  @Test
  void theChildGetsHeapThenItsOptionsThenTheJarsHiddenCommand() {
    ArchiveJvm child =
        new ArchiveJvm(Path.of("/jdk/bin/java"), List.of("-Xmx2g"), Path.of("/a/sijil.jar"));
    assertEquals(
        List.of(
            "/jdk/bin/java",
            "-Xmx2g",
            "-Dx=y",
            "-jar",
            "/a/sijil.jar",
            "startup-archive",
            "--sample",
            "--archive",
            "/a/sijil.jsa"),
        child.command(List.of("-Dx=y"), "--sample", "--archive", "/a/sijil.jsa"));
  }

  @Test
  void aChildLikeThisOneRunsThisJvmsJava() {
    ArchiveJvm child = ArchiveJvm.likeThisOne(Path.of("/a/sijil.jar"));
    assertEquals(StartupArchive.java(), child.java());
    assertEquals(
        List.of(StartupArchive.java().toString()),
        child.command(List.of()).subList(0, 1),
        "java first");
  }
}
