package org.sijil.cli.startup;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the class-data archive lives and how the JVM that writes it is started. The archive is the
 * JDK's dynamic AppCDS archive: a JVM started with {@value #WRITE_OPTION}FILE writes, when it
 * exits, the classes it loaded from the jar, already parsed, checked and linked; a JVM started with
 * {@value #USE_OPTION}FILE maps them instead of loading them again. The JVM refuses an archive
 * written for another jar (path, size or time differ) and then loads classes as usual.
 */
final class StartupArchive {

  /** The JVM option that writes the archive at exit. */
  static final String WRITE_OPTION = "-XX:ArchiveClassesAtExit=";

  /** The JVM option that uses it. */
  static final String USE_OPTION = "-XX:SharedArchiveFile=";

  /**
   * Silences the JVM's notes about the archive (classes it cannot hold, such as picocli's, which
   * are compiled for Java 5; an archive for another jar), which it would print on standard output.
   */
  static final String QUIET_OPTION = "-Xlog:cds=off,cds+dynamic=off";

  /** The archive's file name ending, beside the jar ({@code sijil.jar} → {@code sijil.jsa}). */
  static final String SUFFIX = ".jsa";

  private StartupArchive() {}

  /** The jar this code runs from, or empty when it runs from class folders (tests, an IDE). */
  static Optional<Path> runningJar() {
    try {
      var source = StartupArchive.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")
          ? Optional.of(p)
          : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The archive beside {@code jar} where {@code bin/sijil} looks for it. */
  static Path besideJar(Path jar) {
    String name = jar.getFileName().toString();
    String stem = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    return jar.resolveSibling(stem + SUFFIX);
  }

  /**
   * The command of the training JVM: {@code java}, the heap options of this JVM, {@link
   * #WRITE_OPTION}{@code archive}, then {@code -jar jar} and the hidden {@code startup-archive
   * --train --db register}.
   */
  static List<String> trainingCommand(
      Path java, List<String> heapOptions, Path archive, Path jar, Path register) {
    return new ArchiveJvm(java, heapOptions, jar)
        .command(
            List.of(WRITE_OPTION + archive, QUIET_OPTION),
            StartupArchiveCommand.TRAIN,
            "--db",
            register.toString());
  }

  /** This JVM's heap options ({@code -Xmx}, {@code -Xms}), for the training JVM. */
  static List<String> heapOptions(List<String> jvmArguments) {
    return jvmArguments.stream().filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms")).toList();
  }

  /** The {@code java} of the running JVM. */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
