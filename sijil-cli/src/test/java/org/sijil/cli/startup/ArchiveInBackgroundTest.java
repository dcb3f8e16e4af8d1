package org.sijil.cli.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * The start-up archive a server writes by itself once it is ready (issue 14): when one is needed,
 * the training's command (on the bundled samples, never the served register), and nothing at all
 * outside the built jar. Writing a real archive needs the built jar; {@code docs/benchmarks.md}
 * measures it.
 */
class ArchiveInBackgroundTest {

  private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

  @Test
  void anArchiveIsNeededWhenMissingOrNotNewerThanTheJar(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("sijil.jar"), "jar");
    Path archive = dir.resolve("sijil.jsa");
    Files.setLastModifiedTime(jar, FileTime.from(NOW.minusSeconds(600)));
    assertTrue(ArchiveInBackground.needed(archive, jar, NOW), "missing");
    Files.writeString(archive, "archive");
    Files.setLastModifiedTime(archive, FileTime.from(NOW.minusSeconds(900)));
    assertTrue(ArchiveInBackground.needed(archive, jar, NOW), "older than the jar");
    Files.setLastModifiedTime(archive, FileTime.from(NOW.minusSeconds(300)));
    assertFalse(ArchiveInBackground.needed(archive, jar, NOW), "newer than the jar");
  }

  @Test
  void aTrainingUnderWayIsNotStartedTwiceUnlessItWasLeftLongAgo(@TempDir Path dir)
      throws Exception {
    Path jar = Files.writeString(dir.resolve("sijil.jar"), "jar");
    Path archive = dir.resolve("sijil.jsa");
    Path busy = Files.writeString(dir.resolve("sijil.jsa.new"), "");
    Files.setLastModifiedTime(busy, FileTime.from(NOW.minusSeconds(60)));
    assertFalse(ArchiveInBackground.needed(archive, jar, NOW), "a training writes it now");
    Files.setLastModifiedTime(
        busy, FileTime.from(NOW.minus(ArchiveInBackground.BUSY).minusSeconds(1)));
    assertTrue(ArchiveInBackground.needed(archive, jar, NOW), "a training left long ago");
  }

  @Test
  void theTrainingRunsOnTheBundledSamplesIntoTheArchive() {
    Path jar = Path.of("/opt/sijil/sijil.jar");
    Path archive = Path.of("/opt/sijil/sijil.jsa");
    List<String> command = ArchiveInBackground.command(jar, archive);
    int java = command.indexOf(StartupArchive.java().toString());
    assertTrue(java >= 0, command.toString());
    assertEquals(
        List.of(
            "-jar", jar.toString(), "startup-archive", "--sample", "--archive", archive.toString()),
        command.subList(command.size() - 6, command.size()));
    assertFalse(command.contains("--db"), "never the served register: " + command);
  }

  @Test
  void outsideTheJarNothingIsStarted() {
    StringWriter out = new StringWriter();
    assertTrue(ArchiveInBackground.startIfNeeded(new PrintWriter(out, true)).isEmpty());
    assertEquals("", out.toString());
  }

  @Test
  void withTheSamplesOutsideTheJarItStillSaysItNeedsTheJar() {
    Cli.Run run = Cli.run("startup-archive", "--sample");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("works only from the built jar"), run.err());
  }
}
