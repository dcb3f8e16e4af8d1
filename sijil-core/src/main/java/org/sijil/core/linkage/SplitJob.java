package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * A dedupe or link job cut into independent tasks for a distributed engine (Apache Spark): each
 * task is a pure function of the job and a small number (a work unit, a sampling chunk, a cluster's
 * pairs), returning primitive results that the engine aggregates. The driver combines them with
 * {@link #train(PatternSource)}, which fits the same model as {@link Linker#train()} from the same
 * counts.
 *
 * <p>Rules: the tasks enumerate the same work units, samples (by a hash of the pair and the seed)
 * and random pairs as the in-process engine, so the counts, the model and the scored pairs are the
 * same whatever the number of tasks or executors. Record indices in results are the caller's (input
 * order).
 */
public final class SplitJob {

  /** Sampling chunks of the u-probabilities, as in the in-process engine. */
  public static final int U_CHUNKS = UEstimator.CHUNKS;

  /** The key under which a sample's count of enumerated pairs is reported. */
  public static final long ENUMERATED = PatternSource.ENUMERATED;

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

  /**
   * Builds the features and blocking indexes of two lists to link (one thread); the caller's
   * indices are the left list's records, then the right list's.
   */
  public static SplitJob link(
      LinkageSpec spec, List<CasualtyRecord> left, List<CasualtyRecord> right) {
    return new SplitJob(Linker.link(spec, left, right, 1));
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
    return UEstimator.countChunk(levelScorer(), linker.table(), linker.spec().training(), chunk);
  }

  /** Pattern counts (code → pairs) of the same chunk of random pairs as {@link #uCounts}. */
  public Map<Long, Long> uPatterns(int chunk) {
    return UEstimator.patternsChunk(
        levelScorer(), linker.table(), linker.spec().training(), chunk, UEstimator.BATCH);
  }

  /**
   * One work unit's share of a training sample: pattern code → pairs, plus {@link #ENUMERATED} →
   * pairs enumerated. {@code rule} ≥ 0 samples that rule's pairs (the unit must be of that rule);
   * -1 samples the union of the rules, each pair once.
   */
  public Map<Long, Long> samplePatterns(int unit, int rule) {
    Candidates cand = linker.candidates();
    Map<Long, long[]> counts = new TreeMap<>();
    long seen =
        new TrainingSample(levelScorer(), cand, rule, linker.spec().training())
            .count(cand.units.get(unit), counts);
    Map<Long, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v[0]));
    out.put(ENUMERATED, seen);
    return out;
  }

  /** Fits the model from counts gathered by the engine: the in-process trainer's rules. */
  public LinkageModel train(PatternSource source) {
    return Trainer.train(linker.spec(), linker.table(), linker.candidates(), source);
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

  /**
   * What {@code sijil link} writes without {@code --one-to-one}: the indices of the pairs at or
   * above the threshold whose two records ended in the same cluster, in the pairs' order.
   */
  public static int[] linksWithin(ScoredPairs pairs, int[] cluster, double threshold) {
    return java.util.stream.IntStream.range(0, pairs.size())
        .filter(i -> pairs.probability(i) >= threshold)
        .filter(i -> cluster[pairs.left(i)] == cluster[pairs.right(i)])
        .toArray();
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
