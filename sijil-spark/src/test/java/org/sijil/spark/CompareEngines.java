package org.sijil.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.sijil.core.linkage.Decisions;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * Measurement tool (not a test): the in-process engine and the Spark engine on one synthetic list,
 * with the model difference, the pairwise F1 between their clusters, and wall and CPU time of each.
 *
 * <pre>
 * java -Xmx10g [Spark's --add-opens] -cp ... org.sijil.spark.CompareEngines FILE RECORDS SEED
 *     THREADS MASTER...
 * </pre>
 *
 * FILE is written (as {@code sijil synth --records RECORDS --seed SEED}) when it does not exist.
 * THREADS is the in-process engine's (0 to skip it); each MASTER (e.g. local[1] local[2]) is one
 * Spark run.
 */
public final class CompareEngines {

  private CompareEngines() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long n = Long.parseLong(args[1]);
    long seed = Long.parseLong(args[2]);
    int threads = Integer.parseInt(args[3]);
    List<String> masters = List.of(args).subList(4, args.length);
    if (!Files.exists(file)) {
      long t = System.nanoTime();
      SameAnswersTest.writeSynth(file, n, seed);
      say("synth %,d records written in %.1f s", n, secs(t));
    }
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    LinkageModel model = null;
    int[] cluster = null;
    if (threads > 0) {
      say("load before in-process: %s", load());
      long t = System.nanoTime();
      long cpu = cpu();
      List<CasualtyRecord> records = SameAnswersTest.readInProcess(file);
      double read = secs(t);
      Linker linker = Linker.dedupe(spec, records, threads);
      model = linker.train();
      ScoredPairs pairs = linker.score(model, 0.01);
      cluster = linker.cluster(model, pairs, 0.5, Decisions.none());
      say(
          "in-process (%d threads): %,d records, %,d pairs kept, %,d clusters; %.1f s wall"
              + " (read %.1f s), %.1f s CPU; load after %s",
          threads,
          records.size(),
          pairs.size(),
          java.util.Arrays.stream(cluster).distinct().count(),
          secs(t),
          read,
          (cpu() - cpu) / 1e9,
          load());
    }
    for (String master : masters) {
      System.gc();
      SparkSession spark =
          SparkSession.builder()
              .master(master)
              .appName("sijil compare")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "8")
              .getOrCreate();
      try {
        say("load before spark %s: %s", master, load());
        long t = System.nanoTime();
        long cpu = cpu();
        SparkLinkage.Result r =
            new SparkLinkage(JavaSparkContext.fromSparkContext(spark.sparkContext()))
                .dedupe(SparkDedupe.read(spark, file.toString(), false), spec, null, 0.5);
        say(
            "spark %s: %,d records, %,d pairs kept, %,d clusters; %.1f s wall, %.1f s CPU;"
                + " load after %s",
            master,
            r.records().size(),
            r.scoredPairs(),
            java.util.Arrays.stream(r.cluster()).distinct().count(),
            secs(t),
            (cpu() - cpu) / 1e9,
            load());
        if (model != null) {
          say("  model difference: %s", ModelDiff.of(model, r.model()));
          PairwiseF1 f1 = PairwiseF1.of(cluster, r.cluster());
          int differ = 0;
          for (int i = 0; i < cluster.length; i++) {
            differ += cluster[i] == r.cluster()[i] ? 0 : 1;
          }
          say(
              "  pairwise F1 between engines %.6f (%s); records with another label: %d",
              f1.f1(), f1, differ);
        }
      } finally {
        spark.stop();
      }
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String load() throws java.io.IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void say(String f, Object... a) {
    System.out.printf(Locale.ROOT, f + "%n", a);
    System.out.flush();
  }
}
