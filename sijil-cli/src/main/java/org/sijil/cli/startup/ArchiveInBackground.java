package org.sijil.cli.startup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the class-data archive without a user's step (issue 14: ready ≤ 3 s at 1M persons): once a
 * server is ready, when the jar has no archive beside it or only one older than the jar, a
 * low-priority background JVM runs {@code startup-archive --sample} (a training run on the bundled
 * synthetic samples, never on the served register, which it would compete with for its lock and
 * memory). The next start maps the archive ({@code bin/sijil}).
 *
 * <p>Rules: nothing happens outside the built jar (tests, an IDE), when {@value #SWITCH}{@code
 * =off}, when the archive's folder is not writable, or while another training writes it (its {@code
 * .new} file is younger than {@link #BUSY}). The archive is {@code SIJIL_ARCHIVE} when set (as in
 * {@code bin/sijil}), else {@code sijil.jsa} beside the jar. The training's output goes to the
 * archive's {@code .log} file.
 */
public final class ArchiveInBackground {

  /** The environment variable that turns the background archive off ({@code off}). */
  public static final String SWITCH = "SIJIL_STARTUP_ARCHIVE";

  /** How long a training's unfinished {@code .new} file keeps a second training from starting. */
  static final Duration BUSY = Duration.ofMinutes(10);

  private ArchiveInBackground() {}

  /** Starts the training when the running jar needs an archive; returns it, or empty. */
  public static Optional<Process> startIfNeeded(PrintWriter out) {
    Map<String, String> env = System.getenv();
    Optional<Path> jar = StartupArchive.runningJar();
    if (jar.isEmpty() || "off".equalsIgnoreCase(env.getOrDefault(SWITCH, ""))) {
      return Optional.empty();
    }
    Path archive =
        env.containsKey("SIJIL_ARCHIVE")
            ? Path.of(env.get("SIJIL_ARCHIVE"))
            : StartupArchive.besideJar(jar.get());
    archive = archive.toAbsolutePath();
    if (!needed(archive, jar.get(), Instant.now())) {
      return Optional.empty();
    }
    if (!Files.isWritable(archive.getParent())) {
      out.println(
          "No start-up archive beside the jar, and its folder is not writable: starts stay slower"
              + " (see 'sijil startup-archive --help').");
      out.flush();
      return Optional.empty();
    }
    Path log = archive.resolveSibling(archive.getFileName() + ".log");
    try {
      Process p =
          new ProcessBuilder(command(jar.get(), archive))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      p.getOutputStream().close();
      out.println(
          "Writing a start-up archive in the background (once per build; the next start is faster): "
              + archive
              + ", log "
              + log
              + ". Turn off with "
              + SWITCH
              + "=off.");
      out.flush();
      return Optional.of(p);
    } catch (IOException e) {
      out.println("Could not start the start-up archive's training: " + e.getMessage());
      out.flush();
      return Optional.empty();
    }
  }

  /**
   * Whether {@code archive} must be written for {@code jar} at {@code now}: missing or not newer
   * than the jar, and no training's {@code .new} file younger than {@link #BUSY} beside it.
   */
  static boolean needed(Path archive, Path jar, Instant now) {
    try {
      if (Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
        return false;
      }
      Path busy = archive.resolveSibling(archive.getFileName() + ".new");
      if (Files.exists(busy)) {
        FileTime started = Files.getLastModifiedTime(busy);
        return started.toInstant().plus(BUSY).isBefore(now);
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The training's command: at low priority when {@code nice} is there (the server it follows keeps
   * the processors), {@code java}, this JVM's heap options, {@code -jar jar startup-archive
   * --sample --archive archive}.
   */
  static List<String> command(Path jar, Path archive) {
    List<String> command = new ArrayList<>();
    Path nice = Path.of("/usr/bin/nice");
    if (Files.isExecutable(nice)) {
      command.addAll(List.of(nice.toString(), "-n", "10"));
    }
    command.addAll(
        ArchiveJvm.likeThisOne(jar)
            .command(List.of(), StartupArchiveCommand.SAMPLE, "--archive", archive.toString()));
    return command;
  }
}
