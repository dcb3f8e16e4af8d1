package org.sijil.cli.register;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.Register;

/**
 * What the register benchmarks ({@code bench import}, {@code bench log-cost}) share: the timed
 * import of a list as the system user, the machine's figures around it (process CPU, peak heap,
 * load average: other processes share the machine), the measures printed as a table or JSON, and a
 * scratch folder deleted afterwards.
 */
final class BenchMeasures {

  private BenchMeasures() {}

  /** Imports {@code list} as release {@code label} of source {@code bench}, with no progress. */
  static ImportRelease.Summary importList(Register reg, Path list, String label) {
    return new ImportRelease(reg)
        .run(
            new ImportRelease.Request(list, "bench", label, null, ReadOptions.defaults(), false),
            Actor.systemUser(),
            ProgressListener.NONE);
  }

  /** CPU time of the whole process (all threads, including DuckDB's), or 0 where unavailable. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : 0;
  }

  /** Heap bytes allocated so far by all threads, ended ones included, or 0 where unavailable. */
  static long allocatedBytes() {
    return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean sun
        ? sun.getTotalThreadAllocatedBytes()
        : 0;
  }

  /** Sum over heap pools of their peak usage since the JVM started. */
  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  /** The system's load average over the last minute, unrounded. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Prints the measures in order, as JSON or as a two-column table in {@code format}. */
  static void print(Map<String, Object> measures, OutputFormat format, PrintWriter out) {
    if (format == OutputFormat.JSON) {
      Printer.printJson(measures, out);
    } else {
      Table t = new Table("measure", "value");
      measures.forEach(t::add);
      Printer.print(t, format, out);
    }
  }

  /** A temporary folder for the lists and registers of one benchmark, deleted with all in it. */
  record Scratch(Path dir) implements AutoCloseable {

    static Scratch create(String prefix) throws IOException {
      return new Scratch(Files.createTempDirectory(prefix));
    }

    @Override
    public void close() throws IOException {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
