package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * Several training samples (rules' and the union's) counted together, each distinct pair compared
 * once. Every sample draws exactly the pairs, and as many times, as {@link TrainingSample} alone
 * would; only the comparisons are shared. A true duplicate is found by most training rules and
 * drawn by nearly all of their samples, so counted one sample at a time it was compared up to six
 * times.
 *
 * <p>Three passes: each sample's drawn pairs are collected (the samples' units side by side) and
 * sorted; the distinct pairs of all samples are compared once, in record order; each sample then
 * counts the patterns of its own pairs. Patterns are whole counts, so the result does not depend on
 * the order in which they are added: {@link TrainingSample#countAll} gives the same maps.
 */
final class SharedSamples {

  /** Distinct pairs compared per work unit of the comparing pass. */
  static final int COMPARE_UNIT = 16_384;

  private final PairScorer levels;
  private final int threads;

  private SharedSamples(PairScorer levels, int threads) {
    this.levels = levels;
    this.threads = threads;
  }

  /**
   * Pattern counts (as {@link PatternSource#patterns}) by rule (-1: the union), and how many
   * distinct pairs were compared for them all.
   */
  record Counted(Map<Integer, Map<Long, Long>> byRule, int distinctPairs) {}

  /** The samples of {@code rules} (-1: the union), counted together. */
  static Counted count(
      PairScorer levels, Candidates cand, int[] rules, TrainingSpec t, int threads) {
    List<TrainingSample> samples = new ArrayList<>();
    for (int r : rules) {
      samples.add(new TrainingSample(levels, cand, r, t));
    }
    SharedSamples shared = new SharedSamples(levels, threads);
    Drawn[] drawn = shared.drawAll(samples);
    long[] distinct = distinct(drawn);
    long[] codes = shared.compare(distinct);
    Map<Integer, Map<Long, Long>> out = new HashMap<>();
    for (int i = 0; i < rules.length; i++) {
      out.put(rules[i], drawn[i].patterns(distinct, codes));
    }
    return new Counted(out, distinct.length);
  }

  /**
   * One sample's drawn pairs, packed as {@link #key}, sorted (a pair drawn twice is there twice),
   * and the pairs enumerated to draw them.
   */
  record Drawn(long[] keys, long enumerated) {

    /** Pattern code → pairs of this sample, plus {@link PatternSource#ENUMERATED}. */
    Map<Long, Long> patterns(long[] distinct, long[] codes) {
      Map<Long, long[]> counts = new HashMap<>();
      int at = 0;
      for (long k : keys) {
        while (distinct[at] != k) {
          at++;
        }
        counts.computeIfAbsent(codes[at], c -> new long[1])[0]++;
      }
      Map<Long, Long> out = new HashMap<>();
      counts.forEach((c, n) -> out.put(c, n[0]));
      out.put(PatternSource.ENUMERATED, enumerated);
      return out;
    }
  }

  /** Record indices a and b (both ≥ 0) in one long, a first: sorted keys are in record order. */
  static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  /** Each sample's drawn pairs, sorted: every sample's units drawn side by side. */
  private Drawn[] drawAll(List<TrainingSample> samples) {
    List<int[]> tasks = new ArrayList<>();
    List<List<Candidates.Unit>> units = new ArrayList<>();
    for (int s = 0; s < samples.size(); s++) {
      units.add(samples.get(s).units());
      for (int u = 0; u < units.get(s).size(); u++) {
        tasks.add(new int[] {s, u});
      }
    }
    Drawn[] parts =
        Workers.map(
            tasks.size(),
            threads,
            i -> {
              int s = tasks.get(i)[0];
              LongStream.Builder keys = LongStream.builder();
              long seen =
                  samples
                      .get(s)
                      .draw(units.get(s).get(tasks.get(i)[1]), (a, b) -> keys.add(key(a, b)));
              return new Drawn(keys.build().toArray(), seen);
            },
            new Drawn[0]);
    return Workers.map(samples.size(), threads, s -> joined(parts, tasks, s), new Drawn[0]);
  }

  /** The parts of sample {@code s} in one sorted array. */
  private static Drawn joined(Drawn[] parts, List<int[]> tasks, int s) {
    int total = 0;
    long seen = 0;
    for (int i = 0; i < parts.length; i++) {
      if (tasks.get(i)[0] == s) {
        total += parts[i].keys().length;
        seen += parts[i].enumerated();
      }
    }
    long[] sorted = new long[total];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      if (tasks.get(i)[0] == s) {
        System.arraycopy(parts[i].keys(), 0, sorted, n, parts[i].keys().length);
        n += parts[i].keys().length;
      }
    }
    Arrays.sort(sorted);
    return new Drawn(sorted, seen);
  }

  /**
   * The distinct keys of all samples, in order: their arrays joined, sorted once and each run of
   * equal keys kept once, in n log n of all the keys whatever the number of samples.
   */
  static long[] distinct(Drawn[] drawn) {
    int total = 0;
    for (Drawn d : drawn) {
      total += d.keys().length;
    }
    long[] all = new long[total];
    int n = 0;
    for (Drawn d : drawn) {
      System.arraycopy(d.keys(), 0, all, n, d.keys().length);
      n += d.keys().length;
    }
    Arrays.sort(all);
    int kept = 0;
    for (int i = 0; i < all.length; i++) {
      if (kept == 0 || all[i] != all[kept - 1]) {
        all[kept++] = all[i];
      }
    }
    return Arrays.copyOf(all, kept);
  }

  /**
   * The pattern code of every distinct pair, in runs of {@link #COMPARE_UNIT} side by side. Each
   * worker thread keeps one {@link Scratch} for all its runs, so its token memos stay warm.
   */
  private long[] compare(long[] distinct) {
    long[] codes = new long[distinct.length];
    int units = (distinct.length + COMPARE_UNIT - 1) / COMPARE_UNIT;
    ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    Workers.map(
        units,
        threads,
        u -> {
          Scratch s = scratch.get();
          int[] lv = new int[levels.comparisons.length];
          int to = Math.min(distinct.length, (u + 1) * COMPARE_UNIT);
          for (int i = u * COMPARE_UNIT; i < to; i++) {
            levels.levels((int) (distinct[i] >>> 32), (int) distinct[i], s, lv);
            codes[i] = TrainingSample.code(lv);
          }
          return null;
        },
        new Object[0]);
    return codes;
  }
}
