package org.sijil.cli.names;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.names.ArabicNormalizer;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.NameComparator;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.SyntheticNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil bench-names}: throughput of the name engine's hot paths on one thread, measured in
 * the thread's own CPU time, so figures are per core even on a busy machine (wall-clock figures are
 * printed beside them). The JMH benchmark {@code NamesBenchmark} measures the same paths.
 */
@Command(
    name = "bench-names",
    mixinStandardHelpOptions = true,
    description =
        "Measure names/s of normalize+skeleton and comparisons/s of the chain comparator.")
public final class BenchNamesCommand implements Runnable {

  @Option(
      names = "--seconds",
      defaultValue = "5",
      paramLabel = "S",
      description = "CPU seconds per measurement (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Also measure on the real names of DIR/moh/moh-list-03-*.csv (e.g. ../shared/data).")
  java.nio.file.Path data;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    if (!(seconds > 0) || seconds > 600) {
      throw new UserError("--seconds must be in (0, 600], got " + seconds);
    }
    int n = 4096;
    Random random = new Random(2024);
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = SyntheticNames.arabic(random);
    }
    Table table = new Table("path", "ops_per_cpu_second", "ops_per_wall_second", "ops");
    measureAll(table, names, "synthetic");
    if (data != null) {
      java.nio.file.Path moh = data.resolve("moh");
      java.nio.file.Path file;
      try (var files = java.nio.file.Files.list(moh)) {
        file =
            files
                .filter(p -> p.getFileName().toString().startsWith("moh-list-03-"))
                .findFirst()
                .orElseThrow(() -> new UserError(moh + ": no moh-list-03-*.csv"));
      } catch (java.io.IOException e) {
        throw new UserError(moh + ": cannot list: " + e.getMessage());
      }
      java.util.List<NameEvaluation.Row> rows = NameEvaluation.read(file);
      int size = Integer.highestOneBit(rows.size());
      String[] real = new String[size];
      for (int i = 0; i < size; i++) {
        real[i] = rows.get(i).name();
      }
      measureAll(table, real, "real");
    }
    Printer.print(table, format.format(), spec.commandLine().getOut());
  }

  private void measureAll(Table table, String[] names, String kind) {
    int n = names.length;
    ComparableName[] parsed = new ComparableName[n];
    for (int i = 0; i < n; i++) {
      parsed[i] = ComparableName.arabic(names[i]);
    }
    // Candidate pairs as blocking yields them: both names share a blocking key.
    java.util.Map<String, java.util.List<Integer>> blocks = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : NameKeys.blockingKeys(names[i])) {
        blocks.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(i);
      }
    }
    int[] left = new int[1 << 20];
    int[] right = new int[1 << 20];
    int filled = 0;
    outer:
    for (java.util.List<Integer> block : blocks.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          if (filled == left.length) {
            break outer;
          }
          left[filled] = block.get(x);
          right[filled++] = block.get(y);
        }
      }
    }
    int pairs = Integer.highestOneBit(Math.max(1, filled));
    NameComparator cmp = NameComparator.standard();
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    measure(
        table,
        kind + ": normalize + skeleton key (names)",
        i ->
            normalizer.normalize(names[i & (n - 1)]).length()
                + NameKeys.arabicSkeleton(names[i & (n - 1)]).length());
    measure(
        table,
        kind + ": normalize (names)",
        i -> normalizer.normalize(names[i & (n - 1)]).length());
    measure(
        table,
        kind + ": prepare ComparableName (names)",
        i -> ComparableName.arabic(names[i & (n - 1)]).size());
    measure(
        table,
        kind + ": chain comparison, random pairs (pairs)",
        i -> cmp.compare(parsed[i & (n - 1)], parsed[(i * 131 + (i >>> 12)) & (n - 1)]));
    measure(
        table,
        kind + ": chain comparison, blocked pairs (pairs)",
        i -> cmp.compare(parsed[left[i & (pairs - 1)]], parsed[right[i & (pairs - 1)]]));
  }

  private void measure(Table table, String label, IntToDoubleFunction op) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double sink = 0;
    // Warm-up: let the JIT compile the path.
    long warmEnd = threads.getCurrentThreadCpuTime() + (long) (Math.min(2.0, seconds) * 1e9);
    int i = 0;
    while (threads.getCurrentThreadCpuTime() < warmEnd) {
      for (int k = 0; k < 4096; k++) {
        sink += op.applyAsDouble(i++);
      }
    }
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long ops = 0;
    long end = cpu0 + (long) (seconds * 1e9);
    long cpu;
    do {
      for (int k = 0; k < 4096; k++) {
        sink += op.applyAsDouble(i++);
      }
      ops += 4096;
      cpu = threads.getCurrentThreadCpuTime();
    } while (cpu < end);
    long wall = System.nanoTime() - wall0;
    table.add(label, Math.round(ops / ((cpu - cpu0) / 1e9)), Math.round(ops / (wall / 1e9)), ops);
    if (sink == 42.4242) {
      spec.commandLine().getOut().print(""); // keeps the results alive
    }
  }
}
