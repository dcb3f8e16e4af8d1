package org.sijil.cli.register;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sijil-tools bench ...}: throughput measurements that back the project's speed claims. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure throughput. Run with a fixed heap, e.g. java -Xmx1g -jar sijil-tools.jar bench import.",
    subcommands = {
      BenchImportCommand.class,
      org.sijil.cli.linkage.BenchDedupeCommand.class,
      org.sijil.cli.linkage.BenchTrainStepsCommand.class,
      org.sijil.cli.estimate.BenchEstimateCommand.class,
      org.sijil.cli.intake.IntakeBenchCommand.class,
      BenchLogCostCommand.class,
      BenchReadCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing benchmark: import, dedupe, estimate, intake, log-cost or read");
  }
}
