package org.sijil.cli.estimate;

import java.io.PrintWriter;
import org.sijil.core.estimate.Design;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.core.estimate.MultipleSystemsEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sijil-tools bench estimate}: the product's {@code estimate} (same inputs and options), but
 * the analysis is run several times after loading and only its timings are printed.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Times multiple-systems estimation: loads the lists like 'sijil estimate', then runs the"
          + " analysis RUNS times and prints load and analysis times instead of results."
    })
public final class BenchEstimateCommand extends EstimateCommand {

  @Option(
      names = "--runs",
      paramLabel = "RUNS",
      defaultValue = "3",
      description = "How many times to run the analysis after loading (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  boolean measured(
      MultipleSystemsEstimator estimator,
      MembershipTable data,
      Design design,
      long loadNanos,
      PrintWriter out) {
    EstimateBench.run(estimator, data, design, runs, loadNanos, out);
    return true;
  }
}
