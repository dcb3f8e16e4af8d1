package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.linkage.spec.TrainingSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * A dedupe job cut into independent tasks for a distributed engine (Apache Spark): each task is a
 * pure function of the job and a small number (a work unit, a sampling chunk, a cluster's pairs),
 * returning primitive results that the engine aggregates. The driver combines them with {@link
 * #train(PatternSource)}, which fits the same model as {@link Linker#train()} from the same counts.
 *
 * <p>Rules: the tasks enumerate the same work units, samples (by a hash of the pair and the seed)
 * and random pairs as the in-process engine, so the counts, the model and the scored pairs are the
 * same whatever the number of tasks or executors. Record indices in results are the caller's (input
 * order).
 */
public final class SplitJob {

  /** Sampling chunks of the u-probabilities, as in the in-process engine. */
  public static final int U_CHUNKS = 64;

  /** The key under which a sample's count of enumerated pairs is reported. */
  public static final long ENUMERATED = -1;

  private final Linker linker;

  private SplitJob(Linker linker) {
    this.linker = linker;
  }

  /**
   * Builds the features and blocking indexes of one list (one thread: tasks are the parallelism).
   */
  public static SplitJob dedupe(LinkageSpec spec, List<CasualtyRecord> records) {
    return new SplitJob(Linker.dedupe(spec, records, 1));
  }

  /** The in-process job underneath (for explanations and checks). */
  public Linker linker() {
    return linker;
  }

  /** Work units of the candidate pairs (rule, blocks), each a task of bounded size. */
  public int units() {
    return linker.candidates().units.size();
  }

  /** The blocking rule of a work unit (its index in the spec in effect). */
  public int ruleOf(int unit) {
    return linker.candidates().units.get(unit).rule();
  }

  /** Number of blocking rules in effect. */
  public int rules() {
    return linker.candidates().rules.length;
  }

  /** Level counts (per comparison, per level) of one chunk of random pairs. */
  public long[][] uCounts(int chunk) {
    PairScorer scorer = levelScorer();
    RecordTable table = linker.table();
    TrainingSpec t = linker.spec().training();
    int nc = scorer.comparisons.length;
    long target = Math.min(t.uSamplePairs(), Math.max(1000, table.allPairs()));
    long perChunk = (target + U_CHUNKS - 1) / U_CHUNKS;
    SplittableRandom rnd = new SplittableRandom(RecordTable.mix(t.seed() * 31 + chunk));
    long[][] counts = new long[nc][];
    for (int c = 0; c < nc; c++) {
      counts[c] = new long[scorer.comparisons[c].levels()];
    }
    Scratch s = new Scratch();
    int[] lv = new int[nc];
    int n = table.size();
    int left = table.leftSize();
    for (long i = 0; i < perChunk; i++) {
      int a;
      int b;
      if (table.isLink()) {
        a = rnd.nextInt(left);
        b = left + rnd.nextInt(n - left);
      } else {
        a = rnd.nextInt(n);
        b = rnd.nextInt(n - 1);
        if (b >= a) {
          b++;
        }
      }
      scorer.levels(a, b, s, lv);
      for (int c = 0; c < nc; c++) {
        counts[c][lv[c]]++;
      }
    }
    return counts;
  }

  /**
   * One work unit's share of a training sample: pattern code → pairs, plus {@link #ENUMERATED} →
   * pairs enumerated. {@code rule} ≥ 0 samples that rule's pairs (the unit must be of that rule);
   * -1 samples the union of the rules, each pair once.
   */
  public Map<Long, Long> samplePatterns(int unit, int rule) {
    Candidates cand = linker.candidates();
    Candidates.Unit u = cand.units.get(unit);
    boolean union = rule < 0;
    if (!union && u.rule() != rule) {
      throw new IllegalArgumentException("unit " + unit + " is not of rule " + rule);
    }
    long threshold = sampleThreshold(rule);
    long seed = RecordTable.mix(linker.spec().training().seed() ^ (rule + 1) * 0x9E3779B97F4A7C15L);
    PairScorer scorer = levelScorer();
    int nc = scorer.comparisons.length;
    Map<Long, Long> out = new TreeMap<>();
    Scratch s = new Scratch();
    int[] lv = new int[nc];
    long[] seen = new long[1];
    cand.forEach(
        u,
        union,
        (a, b) -> {
          seen[0]++;
          long h = RecordTable.mix(seed + a * 0x632BE59BD9B4E019L + b) >>> 1;
          if (h > threshold) {
            return;
          }
          scorer.levels(a, b, s, lv);
          long code = 0;
          for (int c = 0; c < nc; c++) {
            code = (code << 4) | lv[c];
          }
          out.merge(code, 1L, Long::sum);
        });
    out.put(ENUMERATED, seen[0]);
    return out;
  }

  /** The hash threshold under which a pair is in the sample, as the in-process trainer sets it. */
  private long sampleThreshold(int rule) {
    Candidates cand = linker.candidates();
    long pairs = 0;
    if (rule >= 0) {
      pairs = cand.rules[rule].pairs;
    } else {
      for (BlockIndex bi : cand.rules) {
        pairs += bi.pairs;
      }
    }
    double target = linker.spec().training().emSamplePairs();
    double p = pairs == 0 ? 1.0 : Math.min(1.0, target / pairs);
    return p >= 1 ? Long.MAX_VALUE : (long) (p * Long.MAX_VALUE);
  }

  /** Counts of the driver's training, gathered by the engine from the tasks above. */
  public interface PatternSource {

    /** Sum over the {@link #U_CHUNKS} chunks of {@link #uCounts}. */
    long[][] uCounts();

    /**
     * Sum over the rule's units ({@code rule} ≥ 0) or all units (-1) of {@link #samplePatterns}.
     */
    Map<Long, Long> patterns(int rule);
  }

  /** Fits the model from counts gathered by the engine: the in-process trainer's rules. */
  public LinkageModel train(PatternSource source) {
    return SplitTrainer.train(linker.spec(), linker.table(), linker.candidates(), source);
  }

  /**
   * The pairs of one work unit (the union of the rules, each pair once) with probability at least
   * {@code keepProbability}, in the caller's indices, smaller first: as {@link Linker#score}.
   */
  public ScoredPairs score(LinkageModel model, double keepProbability, int unit) {
    PairScorer scorer = linker.scorer(model);
    double keepWeight = PairScorer.weightOf(Math.max(1e-12, Math.min(1 - 1e-12, keepProbability)));
    ScoredPairs kept = new ScoredPairs(64);
    Scratch s = new Scratch();
    linker
        .candidates()
        .forEach(
            linker.candidates().units.get(unit),
            true,
            (a, b) -> {
              double w = scorer.weightAtLeast(a, b, s, keepWeight);
              if (w >= keepWeight) {
                kept.add(a, b, w);
              }
            });
    ScoredPairs out = new ScoredPairs(kept.size());
    out.addAll(kept, linker.external());
    return out;
  }

  /**
   * Clusters the records of one connected component of the pairs at or above the threshold, as
   * {@link Linker#cluster} clusters the whole job (no decisions). Clustering only ever merges
   * records joined by such pairs, so components are independent and the labels are the same.
   *
   * @param records the component's records (caller's indices), ascending
   * @param left,right,weight the component's pairs (caller's indices, left &lt; right)
   * @return each record's label: the smallest caller index of its cluster
   */
  public int[] clusterComponent(
      LinkageModel model,
      int[] records,
      int[] left,
      int[] right,
      double[] weight,
      double threshold) {
    if (linker.table().isLink()) {
      throw new IllegalStateException("component clustering is for dedupe jobs");
    }
    Map<Integer, Integer> local = new java.util.HashMap<>();
    for (int i = 0; i < records.length; i++) {
      if (i > 0 && records[i] <= records[i - 1]) {
        throw new IllegalArgumentException("records must ascend");
      }
      local.put(records[i], i);
    }
    ScoredPairs pairs = new ScoredPairs(left.length);
    for (int i = 0; i < left.length; i++) {
      pairs.add(local.get(left[i]), local.get(right[i]), weight[i]);
    }
    int[] position = new int[records.length];
    int[] internal = linker.internal();
    for (int i = 0; i < records.length; i++) {
      position[i] = internal[records[i]];
    }
    int[] label =
        Clusterer.cluster(
            records.length,
            pairs,
            linker.scorer(model),
            position,
            threshold,
            Decisions.none(),
            null);
    int[] out = new int[records.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = records[label[i]];
    }
    return out;
  }

  private PairScorer levelScorer() {
    return new PairScorer(linker.spec(), Trainer.placeholder(linker.spec()), linker.table());
  }

  /** Builds pairs from arrays (caller's indices), for engines that gather them from tasks. */
  public static ScoredPairs pairs(int[] left, int[] right, double[] weight) {
    ScoredPairs p = new ScoredPairs(left.length);
    for (int i = 0; i < left.length; i++) {
      p.add(left[i], right[i], weight[i]);
    }
    return p;
  }
}
