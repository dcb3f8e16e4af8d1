package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.TrainSteps;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.record.CasualtyRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sijil-tools bench train-steps FILE}: the steps of training, scoring and clustering a
 * dedupe job one by one, with the pairs each enumerates and compares ({@link TrainSteps}).
 */
@Command(
    name = "train-steps",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the steps of train, score and cluster of a dedupe of FILE one by one, ROUNDS times in"
          + " one JVM, and prints each step's wall and CPU seconds and its pairs (enumerated,"
          + " compared, distinct patterns)."
    })
public final class BenchTrainStepsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(names = "--truth", defaultValue = "true_person", paramLabel = "FIELD")
  String truth;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "N")
  int rounds;

  @Override
  public Integer call() {
    PrintWriter err = commandSpec.commandLine().getErr();
    PrintWriter out = commandSpec.commandLine().getOut();
    int threads = Runtime.getRuntime().availableProcessors();
    List<CasualtyRecord> records = ListFile.read(file, err);
    Linker job =
        Linker.dedupe(
            DefaultSpecs.casualtyLists().without(java.util.Set.of(truth)), records, threads);
    TrainSteps.measure(job, threads, rounds, out);
    return 0;
  }
}
