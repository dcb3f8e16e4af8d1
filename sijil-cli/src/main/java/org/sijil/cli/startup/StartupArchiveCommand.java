package org.sijil.cli.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil startup-archive}: starts a second JVM that serves the register briefly, asks it what
 * readers ask first, and writes the classes it loaded into a class-data archive ({@link
 * StartupArchive}) that later servers map instead of loading the classes again.
 */
@Command(
    name = StartupArchiveCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Writes a class-data archive (the JVM's AppCDS) that makes 'sijil serve' start faster: a"
          + " short training run serves the register on a local port, searches it and opens a"
          + " person, and the JVM keeps the classes it loaded (never any data).",
      "bin/sijil uses the archive beside the jar (sijil.jsa) when it is newer than the jar; with"
          + " java, add -XX:SharedArchiveFile=sijil.jsa. Run it again after rebuilding the jar (the"
          + " JVM ignores an archive written for another jar).",
      "Run it while no server uses the register."
    })
public final class StartupArchiveCommand implements Callable<Integer> {

  static final String NAME = "startup-archive";

  /** The hidden option of the training JVM. */
  static final String TRAIN = "--train";

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = "--archive",
      paramLabel = "FILE",
      description = "Where to write the archive (default: sijil.jsa beside the jar).")
  Path archive;

  @Option(names = TRAIN, hidden = true, description = "Run as the training JVM.")
  boolean train;

  @Option(
      names = SAMPLE,
      description =
          "Train on a temporary register of the bundled synthetic samples instead of --db (what"
              + " 'serve' does by itself, in the background, when the jar has no archive yet).")
  boolean sample;

  /** The option that trains on the bundled samples. */
  static final String SAMPLE = "--sample";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (sample && !train) {
      return onSamples(out);
    }
    Path register = db.existing();
    if (train) {
      for (String asked : Training.run(register, out)) {
        out.println("  " + asked);
      }
      out.flush();
      return 0;
    }
    return write(register, out);
  }

  /** The jar this runs from; a user error outside it. */
  private static Path jar() {
    return StartupArchive.runningJar()
        .orElseThrow(
            () ->
                new UserError(
                    "startup-archive works only from the built jar"
                        + " (java -jar sijil.jar startup-archive, or bin/sijil startup-archive)"));
  }

  /** Writes the archive from a training run on {@code register}. */
  private int write(Path register, PrintWriter out) {
    Path jar = jar();
    Path target = (archive != null ? archive : StartupArchive.besideJar(jar)).toAbsolutePath();
    // Written beside the target and moved over it, so a server using the old archive keeps it.
    Path written = target.resolveSibling(target.getFileName() + ".new");
    List<String> command =
        StartupArchive.trainingCommand(
            StartupArchive.java(),
            StartupArchive.heapOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()),
            written,
            jar,
            register.toAbsolutePath());
    out.println("Training run on " + register + " ...");
    out.flush();
    int exit = runChild(command, out);
    try {
      if (exit != 0 || !Files.isRegularFile(written) || Files.size(written) == 0) {
        Files.deleteIfExists(written);
        throw new UserError(
            "the training run "
                + (exit != 0 ? "failed (exit " + exit + ")" : "wrote no archive")
                + ": no archive written to "
                + target);
      }
      Files.move(
          written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out.printf("Wrote %s (%.1f MB) for %s.%n", target, Files.size(target) / 1e6, jar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(
        "bin/sijil uses it when it is beside the jar; with java: java "
            + StartupArchive.USE_OPTION
            + target
            + " "
            + StartupArchive.QUIET_OPTION
            + " -jar "
            + jar
            + " serve --db "
            // The sample register is temporary and gone after this: name no path then.
            + (sample ? "REGISTER" : register));
    out.flush();
    return 0;
  }

  /** Writes the archive from a training run on a temporary register of the bundled samples. */
  private int onSamples(PrintWriter out) {
    jar();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sijil-startup-sample");
      Path register = dir.resolve("sample.db");
      org.sijil.cli.serve.DemoCommand.importSamples(register, out);
      return write(register, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder: left for the system to clear.
    }
  }

  /** Runs the training JVM, its output indented into {@code out}, and returns its exit code. */
  private static int runChild(List<String> command, PrintWriter out) {
    try {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      child.getOutputStream().close();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          out.println("  " + line);
          out.flush();
        }
      }
      return child.waitFor();
    } catch (IOException e) {
      throw new UserError(
          "cannot start the training run (" + command.get(0) + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while the training run was writing the archive");
    }
  }
}
