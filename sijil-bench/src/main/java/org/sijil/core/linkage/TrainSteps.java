package org.sijil.core.linkage;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * The work of training, scoring and clustering one job, step by step (issue 19, h-fit): per step
 * its pairs (enumerated, compared, distinct patterns), wall and process CPU seconds, each step run
 * {@code rounds} times in one JVM so later rounds are compiled. The u estimate's random pairs are
 * also compared the way they were before batching ({@link #unbatched}), alternately, so both are
 * measured in the same JVM on the same features, and their patterns must be equal.
 */
public final class TrainSteps {

  private final Linker job;
  private final int threads;
  private final PrintWriter out;

  private TrainSteps(Linker job, int threads, PrintWriter out) {
    this.job = job;
    this.threads = threads;
    this.out = out;
  }

  /** Measures every step {@code rounds} times and prints one line per step and round. */
  public static void measure(Linker job, int threads, int rounds, PrintWriter out) {
    new TrainSteps(job, threads, out).run(rounds);
  }

  private void run(int rounds) {
    TrainingSpec t = job.spec().training();
    RecordTable table = job.table();
    Candidates cand = job.candidates();
    PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), table);
    out.printf(
        "%-34s %5s %8s %8s %12s %12s %9s%n",
        "step", "round", "wall s", "cpu s", "enumerated", "compared", "patterns");
    LinkageModel model = null;
    for (int round = 1; round <= rounds; round++) {
      int rd = round;
      Map<Long, Long>[] u = new Map[2];
      step(
          "u random pairs, batches of 1",
          rd,
          () -> {
            u[0] = UEstimator.patterns(levels, table, t, threads, 1);
            long total = u[0].values().stream().mapToLong(Long::longValue).sum();
            return new long[] {total, total, u[0].size()};
          });
      step(
          "u random pairs, batches of " + UEstimator.BATCH,
          rd,
          () -> {
            u[1] = UEstimator.patterns(levels, table, t, threads);
            long total = u[1].values().stream().mapToLong(Long::longValue).sum();
            return new long[] {total, total, u[1].size()};
          });
      if (!u[0].equals(u[1])) {
        throw new IllegalStateException("the two u estimates' patterns differ");
      }
      Map<Integer, Map<Long, Long>> samples = new HashMap<>();
      for (int r = -1; r < cand.rules.length; r++) {
        BlockIndex bi = r < 0 ? null : cand.rules[r];
        if (bi != null && (!t.emRules().contains(bi.rule.name()) || bi.pairs == 0)) {
          continue;
        }
        int rule = r;
        step(
            "sample " + (bi == null ? "union (prior)" : bi.rule.name()),
            rd,
            () -> {
              Map<Long, Long> p = new TrainingSample(levels, cand, rule, t).countAll(threads);
              samples.put(rule, p);
              long enumerated = p.get(PatternSource.ENUMERATED);
              return new long[] {enumerated, drawn(p), p.size() - 1};
            });
      }
      step(
          "samples shared, each pair once",
          rd,
          () -> {
            int[] rules = Trainer.sampledRules(job.spec(), cand);
            SharedSamples.Counted counted = SharedSamples.count(levels, cand, rules, t, threads);
            Map<Integer, Map<Long, Long>> shared = counted.byRule();
            long drawn = 0;
            for (int r : rules) {
              if (samples.containsKey(r) && !samples.get(r).equals(shared.get(r))) {
                throw new IllegalStateException("the shared sample of rule " + r + " differs");
              }
              drawn += drawn(shared.get(r));
            }
            return new long[] {drawn, counted.distinctPairs(), shared.size()};
          });
      LinkageModel[] fitted = new LinkageModel[1];
      step(
          "EM, rounds of u (counts given)",
          rd,
          () -> {
            fitted[0] =
                Trainer.train(
                    job.spec(),
                    table,
                    cand,
                    new PatternSource() {
                      @Override
                      public long[][] uCounts() {
                        throw new IllegalStateException("patterns are given");
                      }

                      @Override
                      public Map<Long, Long> uPatterns() {
                        return u[1];
                      }

                      @Override
                      public Map<Long, Long> patterns(int rule) {
                        return samples.get(rule);
                      }
                    });
            return new long[] {0, 0, 0};
          });
      model = fitted[0];
      step(
          "enumerate candidates (exclusive)",
          rd,
          () -> {
            long[] n = new long[cand.units.size()];
            Workers.map(
                cand.units.size(),
                threads,
                i -> {
                  long[] c = new long[1];
                  cand.forEach(cand.units.get(i), true, (a, b) -> c[0]++);
                  n[i] = c[0];
                  return null;
                },
                new Object[0]);
            long sum = java.util.Arrays.stream(n).sum();
            return new long[] {sum, 0, 0};
          });
      LinkageModel m = model;
      ScoredPairs[] kept = new ScoredPairs[1];
      step(
          "score",
          rd,
          () -> {
            long[] compared = new long[1];
            kept[0] = job.score(m, 0.01, null, compared);
            return new long[] {compared[0], compared[0], kept[0].size()};
          });
      step(
          "cluster",
          rd,
          () -> {
            int[] c = job.cluster(m, kept[0], 0.5, Decisions.none());
            return new long[] {kept[0].size(), 0, java.util.Arrays.stream(c).distinct().count()};
          });
    }
    out.flush();
  }

  private void step(String name, int round, java.util.function.Supplier<long[]> work) {
    long cpu0 = cpu();
    long t0 = System.nanoTime();
    long[] n = work.get();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpu() - cpu0) / 1e9;
    out.printf(
        Locale.ROOT,
        "%-34s %5d %8.2f %8.2f %,12d %,12d %,9d%n",
        name,
        round,
        wall,
        cpu,
        n[0],
        n[1],
        n[2]);
    out.flush();
  }

  private static long drawn(Map<Long, Long> p) {
    return p.entrySet().stream()
        .filter(e -> e.getKey() != PatternSource.ENUMERATED)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : 0;
  }
}
