package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * Several {@link TrainingSample}s (some rules' and the union's) counted in one pass over the
 * candidate pairs, with the same counts as each sample counted alone.
 *
 * <p>Why: counted alone, each training rule's sample enumerates that rule's pairs and the union's
 * enumerates every rule's, so a pair of several training rules is enumerated several times and,
 * when several samples draw it (a true duplicate is found by most rules, whose samples take nearly
 * all of their pairs), compared several times. Here each distinct pair is enumerated once, by the
 * first rule that finds it ({@link Candidates#forEach} exclusive), and compared at most once. A
 * rule's sample holds the pairs the rule finds and its hash draws, whichever rule enumerates them:
 * a later rule finds the pair when it {@link BlockIndex#pairs pairs} the two records, an earlier
 * one never does (else it would have enumerated the pair). Each rule enumerates its pairs smaller
 * record first, so the hash of a pair is the same whichever rule finds it.
 */
final class TrainingSamples {

  private final PairScorer levels;
  private final Candidates cand;
  private final TrainingSample[] samples;

  /**
   * @param rules the samples to count: a rule's index, or -1 for the union of the rules
   */
  TrainingSamples(PairScorer levels, Candidates cand, int[] rules, TrainingSpec t) {
    this.levels = levels;
    this.cand = cand;
    samples = new TrainingSample[rules.length];
    for (int i = 0; i < rules.length; i++) {
      samples[i] = new TrainingSample(levels, cand, rules[i], t);
    }
  }

  /**
   * Each sample's counts, keyed by its rule (-1: the union), as {@link TrainingSample#countAll}
   * gives them: pattern → pairs, plus {@link PatternSource#ENUMERATED} → the pairs it enumerates
   * alone (its rule's pairs, or the distinct pairs of the union).
   */
  Map<Integer, Map<Long, Long>> countAll(int threads) {
    List<Candidates.Unit> units = cand.units;
    long[] distinct = new long[units.size()];
    @SuppressWarnings("unchecked")
    Map<Long, long[]>[][] parts =
        Workers.map(
            units.size(),
            threads,
            i -> {
              Map<Long, long[]>[] local = newMaps();
              distinct[i] = count(units.get(i), local);
              return local;
            },
            new Map[0][]);
    Map<Integer, Map<Long, Long>> out = new HashMap<>();
    for (int k = 0; k < samples.length; k++) {
      Map<Long, Long> sum = new HashMap<>();
      for (Map<Long, long[]>[] part : parts) {
        part[k].forEach((code, n) -> sum.merge(code, n[0], Long::sum));
      }
      sum.put(PatternSource.ENUMERATED, enumeratedAlone(samples[k].rule(), distinct));
      out.put(samples[k].rule(), sum);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Map<Long, long[]>[] newMaps() {
    Map<Long, long[]>[] maps = new Map[samples.length];
    for (int k = 0; k < maps.length; k++) {
      maps[k] = new HashMap<>();
    }
    return maps;
  }

  /** What the sample would have enumerated alone: all of its rule's pairs, or every distinct pair. */
  private long enumeratedAlone(int rule, long[] distinct) {
    if (rule >= 0) {
      return cand.pairs(rule);
    }
    long sum = 0;
    for (long d : distinct) {
      sum += d;
    }
    return sum;
  }

  /**
   * Adds one unit's pairs (those its rule is the first to find) to the samples that draw them.
   *
   * @return the pairs enumerated
   */
  private long count(Candidates.Unit unit, Map<Long, long[]>[] into) {
    int first = unit.rule();
    int nc = levels.comparisons.length;
    Scratch s = new Scratch();
    int[] lv = new int[nc];
    boolean[] drawn = new boolean[samples.length];
    long[] seen = new long[1];
    cand.forEach(
        unit,
        true,
        (a, b) -> {
          seen[0]++;
          if (!drawnBy(first, a, b, drawn)) {
            return;
          }
          levels.levels(a, b, s, lv);
          long code = 0;
          for (int c = 0; c < nc; c++) {
            code = (code << 4) | lv[c];
          }
          for (int k = 0; k < drawn.length; k++) {
            if (drawn[k]) {
              into[k].computeIfAbsent(code, x -> new long[1])[0]++;
            }
          }
        });
    return seen[0];
  }

  /** Marks the samples that draw the pair, first found by rule {@code first}; whether any does. */
  private boolean drawnBy(int first, int a, int b, boolean[] drawn) {
    boolean any = false;
    for (int k = 0; k < samples.length; k++) {
      TrainingSample t = samples[k];
      int rule = t.rule();
      // The hash first: it is arithmetic, the rule's test reads two records' groups.
      drawn[k] =
          (rule < 0 || rule >= first)
              && t.takes(a, b)
              && (rule <= first || cand.rules[rule].pairs(a, b));
      any |= drawn[k];
    }
    return any;
  }

  /**
   * The samples the trainer may ask for: each training rule's ({@link #trainingRules}) with enough
   * pairs to be fitted, and the union's (-1).
   */
  static int[] forTraining(TrainingSpec t, Candidates candidates) {
    List<String> emRules = trainingRules(t, candidates);
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < candidates.rules.length; r++) {
      BlockIndex bi = candidates.rules[r];
      if (bi.pairs >= 50 && (emRules.isEmpty() || emRules.contains(bi.rule.name()))) {
        out.add(r);
      }
    }
    out.add(-1);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The training rules in effect ({@code training.emRules}); empty: every rule trains. */
  static List<String> trainingRules(TrainingSpec t, Candidates candidates) {
    java.util.Set<String> inEffect = new java.util.HashSet<>();
    for (BlockIndex bi : candidates.rules) {
      inEffect.add(bi.rule.name());
    }
    return t.emRules().stream().filter(inEffect::contains).toList();
  }
}
