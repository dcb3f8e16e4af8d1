package org.sijil.cli.estimate;

import java.io.PrintWriter;
import org.sijil.core.estimate.Design;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.core.estimate.MultipleSystemsEstimator;

/** {@code sijil estimate ... --bench RUNS}: times the analysis on loaded data (after warm-up). */
final class EstimateBench {

  private EstimateBench() {}

  /** CPU time of the whole process (imputations run on several threads). */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  static void run(
      MultipleSystemsEstimator estimator,
      MembershipTable data,
      Design design,
      int runs,
      long loadNanos,
      PrintWriter out) {
    int warmup = Math.max(1, Math.min(runs, 3));
    EstimationResult last = null;
    for (int i = 0; i < warmup; i++) {
      last = estimator.estimate(data, design);
    }
    long[] nanos = new long[runs];
    long cpuStart = processCpuNanos();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      last = estimator.estimate(data, design);
      nanos[i] = System.nanoTime() - start;
    }
    double cpuMillisPerRun = (processCpuNanos() - cpuStart) / 1e6 / runs;
    java.util.Arrays.sort(nanos);
    double total = 0;
    for (long n : nanos) {
      total += n;
    }
    out.printf(
        "estimate bench: %,d people, %d lists, %d strata, %d imputations%n",
        data.size(), data.k(), last.strata().size(), last.imputations());
    out.printf("load:     %.1f ms (file read once)%n", loadNanos / 1e6);
    out.printf(
        "analysis: median %.1f ms, min %.1f ms, max %.1f ms, mean %.1f ms over %d runs (after %d warm-up)%n",
        nanos[runs / 2] / 1e6,
        nanos[0] / 1e6,
        nanos[runs - 1] / 1e6,
        total / runs / 1e6,
        runs,
        warmup);
    // Wall time suffers when other processes share the cores; CPU time does not.
    out.printf(
        "cpu:      %.1f ms per run (process CPU time, all threads; %d cores available)%n",
        cpuMillisPerRun, Runtime.getRuntime().availableProcessors());
    out.printf(
        "result:   total %s (%s - %s)%n",
        EstimateReport.whole(last.total().estimate()),
        EstimateReport.whole(last.total().lower()),
        EstimateReport.whole(last.total().upper()));
    out.flush();
  }
}
