package org.sijil.cli.tools;

import java.io.PrintWriter;
import org.sijil.cli.SijilMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sijil-tools}: the developers' measurements, kept out of the product jar. Throughput
 * benchmarks ({@code bench import|dedupe|estimate}, {@code bench-names}) and the name-matching
 * evaluation on real releases ({@code eval-names}); same error handling and exit codes as {@code
 * sijil}.
 */
@Command(
    name = "sijil-tools",
    mixinStandardHelpOptions = true,
    description = "Benchmarks and evaluations of Sijil (developers' tools; not part of sijil.jar).",
    subcommands = {
      CommandLine.HelpCommand.class,
      org.sijil.cli.register.BenchCommand.class,
      org.sijil.cli.names.BenchNamesCommand.class,
      org.sijil.cli.names.EvalNamesCommand.class
    })
public final class SijilTools implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (tests use it). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return SijilMain.execute(new SijilTools(), args, out, err);
  }
}
