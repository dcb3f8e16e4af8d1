package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * The training sample of one blocking rule's candidate pairs (pairs another rule also finds
 * included), or of the union of the rules with each pair once, counted by comparison pattern.
 *
 * <p>Rules: about {@code training.emSamplePairs} pairs, each chosen by a hash of the pair and the
 * seed (salted by the rule), never by a shared random stream, so the sample is the same whether the
 * work units are counted on one thread, many, or many machines. A pattern is the comparison levels
 * packed four bits each, first comparison highest.
 */
final class TrainingSample {

  private final PairScorer levels;
  private final Candidates cand;
  private final int rule;
  private final long seed;
  private final long threshold;

  /**
   * @param levels assigns the comparison levels (its weights are not used)
   * @param rule a blocking rule's index, or -1 for the union of the rules
   */
  TrainingSample(PairScorer levels, Candidates cand, int rule, TrainingSpec t) {
    this.levels = levels;
    this.cand = cand;
    this.rule = rule;
    this.seed = RecordTable.mix(t.seed() ^ (rule + 1) * 0x9E3779B97F4A7C15L);
    long pairs = 0;
    for (int r = 0; r < cand.rules.length; r++) {
      if (rule < 0 || r == rule) {
        pairs += cand.rules[r].pairs;
      }
    }
    // In double: an int over a long would divide to 0 once the pairs outnumber the sample.
    double p = pairs == 0 ? 1.0 : Math.min(1.0, (double) t.emSamplePairs() / pairs);
    this.threshold = p >= 1 ? Long.MAX_VALUE : (long) (p * Long.MAX_VALUE);
  }

  /** The work units this sample draws from: the rule's, or all. */
  List<Candidates.Unit> units() {
    List<Candidates.Unit> out = new ArrayList<>();
    for (Candidates.Unit u : cand.units) {
      if (rule < 0 || u.rule() == rule) {
        out.add(u);
      }
    }
    return out;
  }

  /**
   * Adds one work unit's sampled pairs to {@code into} (pattern → count).
   *
   * @return the pairs of the unit enumerated
   */
  long count(Candidates.Unit unit, Map<Long, long[]> into) {
    int nc = levels.comparisons.length;
    Scratch s = new Scratch();
    int[] lv = new int[nc];
    return draw(
        unit,
        (a, b) -> {
          levels.levels(a, b, s, lv);
          into.computeIfAbsent(code(lv), k -> new long[1])[0]++;
        });
  }

  /**
   * Hands {@code drawn} each pair of the unit that this sample takes, in enumeration order.
   *
   * @return the pairs of the unit enumerated
   */
  long draw(Candidates.Unit unit, PairSink drawn) {
    if (rule >= 0 && unit.rule() != rule) {
      throw new IllegalArgumentException("unit " + unit + " is not of rule " + rule);
    }
    long[] seen = new long[1];
    cand.forEach(
        unit,
        rule < 0,
        (a, b) -> {
          seen[0]++;
          long h = RecordTable.mix(seed + a * 0x632BE59BD9B4E019L + b) >>> 1;
          if (h <= threshold) {
            drawn.pair(a, b);
          }
        });
    return seen[0];
  }

  /** A pair's levels packed four bits each, first comparison highest: its pattern code. */
  static long code(int[] lv) {
    long code = 0;
    for (int l : lv) {
      code = (code << 4) | l;
    }
    return code;
  }

  /** The whole sample counted here, the units side by side: as {@link PatternSource#patterns}. */
  Map<Long, Long> countAll(int threads) {
    List<Candidates.Unit> units = units();
    long[] enumerated = new long[units.size()];
    @SuppressWarnings("unchecked")
    Map<Long, long[]>[] parts =
        Workers.map(
            units.size(),
            threads,
            i -> {
              Map<Long, long[]> local = new HashMap<>();
              enumerated[i] = count(units.get(i), local);
              return local;
            },
            new Map[0]);
    Map<Long, Long> out = new HashMap<>();
    for (Map<Long, long[]> m : parts) {
      m.forEach((k, v) -> out.merge(k, v[0], Long::sum));
    }
    long seen = 0;
    for (long e : enumerated) {
      seen += e;
    }
    out.put(PatternSource.ENUMERATED, seen);
    return out;
  }

  /** Summed counts (pattern → pairs, plus the enumerated pairs) as EM's rows, in pattern order. */
  static Trainer.Patterns decode(Map<Long, Long> counts, int nc) {
    TreeMap<Long, Long> sorted = new TreeMap<>(counts);
    Long enumerated = sorted.remove(PatternSource.ENUMERATED);
    int[][] rows = new int[sorted.size()][];
    long[] n = new long[sorted.size()];
    long total = 0;
    int i = 0;
    for (Map.Entry<Long, Long> e : sorted.entrySet()) {
      int[] lv = new int[nc];
      long code = e.getKey();
      for (int c = nc - 1; c >= 0; c--) {
        lv[c] = (int) (code & 15);
        code >>>= 4;
      }
      rows[i] = lv;
      n[i] = e.getValue();
      total += n[i];
      i++;
    }
    return new Trainer.Patterns(rows, n, total, enumerated == null ? 0 : enumerated);
  }
}
