package org.sijil.cli.startup;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM that runs this jar's hidden {@code startup-archive} work: the training a user asks
 * for ({@link StartupArchive#trainingCommand}) and the one a ready server starts by itself ({@link
 * ArchiveInBackground}). One builder, so both start the same way: {@code java}, the heap options,
 * the options of that run, {@code -jar jar startup-archive} and its arguments.
 *
 * @param java the {@code java} to start
 * @param heapOptions the heap options ({@code -Xmx}, {@code -Xms}) the child gets
 * @param jar the jar the child runs
 */
record ArchiveJvm(Path java, List<String> heapOptions, Path jar) {

  ArchiveJvm {
    heapOptions = List.copyOf(heapOptions);
  }

  /** A child with this JVM's {@code java} and heap options, so it gets what the user gave us. */
  static ArchiveJvm likeThisOne(Path jar) {
    return new ArchiveJvm(
        StartupArchive.java(),
        StartupArchive.heapOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()),
        jar);
  }

  /** The command line: {@code java}, heap, {@code jvmOptions}, {@code -jar}, then the command. */
  List<String> command(List<String> jvmOptions, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(heapOptions);
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.add(StartupArchiveCommand.NAME);
    command.addAll(List.of(arguments));
    return List.copyOf(command);
  }
}
