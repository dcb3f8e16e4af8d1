package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.linkage.Decisions;
import org.sijil.core.linkage.Evaluation;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.ScoringStats;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sijil bench dedupe FILE}: the dedupe pipeline end to end with the time of each phase,
 * candidate pairs scored per second per thread, peak heap, and pairwise quality against a truth
 * column (e.g. a file from {@code sijil synth}).
 */
@Command(
    name = "dedupe",
    mixinStandardHelpOptions = true,
    description = {
      "Runs read, features, train, score, cluster and write on FILE and prints the time of each phase,"
          + " candidate pairs scored per second per thread, peak heap and pairwise precision/recall/F1"
          + " against --truth (excluded from matching).",
      "Example: sijil synth --records 1000000 --out s.csv && java -Xmx8g -jar sijil.jar bench dedupe s.csv"
    })
public final class BenchDedupeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(
      names = "--truth",
      defaultValue = "true_person",
      paramLabel = "FIELD",
      description = "Truth column (default: ${DEFAULT-VALUE}).")
  String truth;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write row,cluster (default: a temp file).")
  Path out;

  @Option(
      names = "--save-model",
      paramLabel = "FILE",
      description = "Also write the fitted model (JSON) here.")
  Path saveModel;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "Score with this saved model instead of training (the train phase then only reads it).")
  Path model;

  @Option(
      names = "--live-heap",
      description =
          "Also report the live heap (after full GCs, outside the phase times) after read and after"
              + " features+blocking: what the records and the features hold.")
  boolean liveHeap;

  /** Live heap bytes after full collections, or -1 when not asked for. */
  private long live() {
    if (!liveHeap) {
      return -1;
    }
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = commandSpec.commandLine().getErr();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Table t = new Table("phase", "seconds", "cpu_seconds", "detail");
    AllocationMeter meter = AllocationMeter.start();
    long[] allocated = {0};
    long[] cpu = {cpu()};
    long start = System.nanoTime();
    long t0 = System.nanoTime();
    List<CasualtyRecord> records = ListFile.read(file, err);
    t.add(
        "read",
        secs(t0),
        cpuSecs(cpu),
        records.size() + " records" + allocation(meter, allocated, records.size()));
    long afterRead = live();
    cpu[0] = cpu();
    t0 = System.nanoTime();
    LinkageSpec spec = DefaultSpecs.casualtyLists().without(java.util.Set.of(truth));
    Linker job = Linker.dedupe(spec, records, n);
    long candidates = job.candidateCounts().stream().mapToLong(c -> c.pairs()).sum();
    t.add(
        "features+blocking",
        secs(t0),
        cpuSecs(cpu),
        candidates
            + " candidate pairs over all rules"
            + allocation(meter, allocated, records.size()));
    long afterFeatures = live();
    cpu[0] = cpu();
    t0 = System.nanoTime();
    LinkageModel fitted =
        this.model == null
            ? job.train()
            : LinkageJson.readModel(Files.readString(this.model), this.model.toString());
    if (saveModel != null) {
      Files.writeString(saveModel, LinkageJson.write(fitted));
    }
    t.add(
        "train",
        secs(t0),
        cpuSecs(cpu),
        String.format(Locale.ROOT, "prior %.3g", fitted.prior())
            + allocation(meter, allocated, records.size()));
    ScoringStats[] st = new ScoringStats[1];
    ScoredPairs pairs = job.score(fitted, 0.01, s -> st[0] = s);
    double scoreCpu = cpuSecs(cpu);
    t.add(
        "score",
        Math.round(st[0].nanos() / 1e8) / 10.0,
        scoreCpu,
        String.format(
                Locale.ROOT,
                "%,d distinct pairs; %,.0f pairs per CPU-second; %,.0f pairs/s per thread wall-clock (%d threads)",
                st[0].compared(),
                st[0].compared() / Math.max(1e-9, scoreCpu),
                st[0].pairsPerSecondPerThread(),
                st[0].threads())
            + allocation(meter, allocated, records.size()));
    t0 = System.nanoTime();
    int[] cluster = job.cluster(fitted, pairs, 0.5, Decisions.none());
    t.add(
        "cluster",
        secs(t0),
        cpuSecs(cpu),
        java.util.Arrays.stream(cluster).distinct().count()
            + " clusters"
            + allocation(meter, allocated, records.size()));
    t0 = System.nanoTime();
    Path target = out != null ? out : java.nio.file.Files.createTempFile("sijil-bench", ".csv");
    try (PrintWriter w = new PrintWriter(java.nio.file.Files.newBufferedWriter(target))) {
      w.println("row,cluster");
      for (int i = 0; i < cluster.length; i++) {
        w.print(ListFile.row(records, i));
        w.print(',');
        w.println(ListFile.row(records, cluster[i]));
      }
    }
    if (out == null) {
      java.nio.file.Files.deleteIfExists(target);
    }
    t.add("write", secs(t0), cpuSecs(cpu), "");
    t.add(
        "total",
        secs(start),
        Math.round(cpu() / 1e8) / 10.0,
        "process CPU time includes JIT and GC");
    String[] truthOf = new String[records.size()];
    for (int i = 0; i < truthOf.length; i++) {
      String v = Fields.value(records.get(i), truth);
      truthOf[i] = v == null || v.isBlank() ? null : v;
    }
    Evaluation e = Evaluation.ofClusters(cluster, truthOf);
    t.add(
        "quality",
        "",
        "",
        String.format(
            Locale.ROOT, "precision %.4f recall %.4f F1 %.4f", e.precision(), e.recall(), e.f1()));
    t.add("peak heap", "", "", String.format(Locale.ROOT, "%,d MiB", peakHeap() >> 20));
    if (liveHeap) {
      t.add("live heap after read", "", "", perRecord(afterRead, records.size()));
      t.add("live heap after features", "", "", perRecord(afterFeatures, records.size()));
    }
    Printer.print(t, OutputFormat.TABLE, commandSpec.commandLine().getOut());
    return 0;
  }

  /**
   * "; N B/record allocated": the heap bytes the whole process allocated since the last call per
   * record, a figure the machine's load cannot bend (unlike seconds).
   */
  private static String allocation(AllocationMeter meter, long[] last, int records) {
    long now = meter.allocated();
    long bytes = now - last[0];
    last[0] = now;
    return String.format(Locale.ROOT, "; %,d B/record allocated", bytes / Math.max(1, records));
  }

  private static String perRecord(long bytes, int records) {
    return String.format(
        Locale.ROOT, "%,d MiB, %,d bytes per record", bytes >> 20, bytes / Math.max(1, records));
  }

  private static double secs(long t0) {
    return Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
  }

  /** Process CPU time in nanoseconds (all threads, including JIT and GC). */
  static long cpu() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** CPU seconds since the last call (which {@code last[0]} remembers). */
  private static double cpuSecs(long[] last) {
    long now = cpu();
    double s = (now - last[0]) / 1e9;
    last[0] = now;
    return Math.round(s * 10) / 10.0;
  }

  /** Sum of the heap pools' peak usage since start. */
  static long peakHeap() {
    long sum = 0;
    List<MemoryPoolMXBean> pools = new ArrayList<>(ManagementFactory.getMemoryPoolMXBeans());
    for (MemoryPoolMXBean p : pools) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
