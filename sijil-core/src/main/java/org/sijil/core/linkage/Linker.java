package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * One linkage job over one list (dedupe) or two (link): the entry point of the linkage engine.
 *
 * <pre>
 * Linker job = Linker.link(spec, left, right, threads);
 * job.checkPairLimit(maxPairs);          // counts per rule, before any scoring
 * LinkageModel model = job.train();      // or a saved model
 * ScoredPairs pairs = job.score(model, 0.01);
 * int[] cluster = job.cluster(model, pairs, 0.5, Decisions.none());
 * Explanation why = job.explain(model, i, j);
 * </pre>
 *
 * The spec in effect drops comparisons and blocking rules on fields the data lacks ({@link
 * #spec()}).
 */
public final class Linker {

  private final LinkageSpec spec;
  private final RecordTable table;
  private final Candidates candidates;
  private final int threads;

  /** Internal position (name order, see {@link Locality}) → the caller's record index. */
  private final int[] external;

  /** The caller's record index → internal position. */
  private final int[] internal;

  private Linker(
      LinkageSpec requested, List<CasualtyRecord> left, List<CasualtyRecord> right, int threads) {
    this.threads = Math.max(1, threads);
    // Every step below is parallel inside; on a pool of its own, all of it uses every thread.
    Built b = Workers.run(this.threads, () -> build(requested, left, right, this.threads));
    this.external = b.external;
    this.internal = Locality.inverse(external);
    this.spec = b.spec;
    this.table = b.table;
    this.candidates = b.candidates;
  }

  /** What the constructor builds: the order, the features and the candidate pairs. */
  private record Built(
      int[] external, LinkageSpec spec, RecordTable table, Candidates candidates) {}

  private static Built build(
      LinkageSpec requested, List<CasualtyRecord> left, List<CasualtyRecord> right, int threads) {
    // Views, not copies: compact records are built when read (see RecordViews).
    List<CasualtyRecord> all =
        right == null ? RecordViews.indexed(left) : RecordViews.concat(left, right);
    Locality.Order order = Locality.ordered(requested, all, left.size(), threads);
    int[] external = order.external();
    List<CasualtyRecord> ordered = RecordViews.permuted(all, external);
    RecordTable table =
        RecordTable.of(
            requested, ordered, left.size(), right != null, order.field(), order.texts());
    LinkageSpec effective;
    try {
      effective = requested.onlyFields(table::hasValues);
    } catch (IllegalArgumentException e) {
      throw new UserError("nothing to link on: " + e.getMessage());
    }
    // The rules' indexes are independent: built side by side.
    List<BlockingRuleSpec> blocking = effective.blocking();
    BlockIndex[] rules = new BlockIndex[blocking.size()];
    java.util.stream.IntStream.range(0, rules.length)
        .parallel()
        .forEach(r -> rules[r] = new BlockIndex(blocking.get(r), table));
    return new Built(external, effective, table, new Candidates(table, rules));
  }

  public static Linker dedupe(LinkageSpec spec, List<CasualtyRecord> records, int threads) {
    return new Linker(spec, records, null, threads);
  }

  public static Linker link(
      LinkageSpec spec, List<CasualtyRecord> left, List<CasualtyRecord> right, int threads) {
    return new Linker(spec, left, right, threads);
  }

  /** The spec in effect: the requested one minus comparisons and rules on absent fields. */
  public LinkageSpec spec() {
    return spec;
  }

  /** The job's records with their features, in the job's internal order (name order). */
  public RecordTable table() {
    return table;
  }

  /** Candidate pairs per blocking rule, known before anything is scored. */
  public List<RuleCount> candidateCounts() {
    List<RuleCount> out = new ArrayList<>();
    for (BlockIndex b : candidates.rules) {
      out.add(new RuleCount(b.rule.name(), b.pairs));
    }
    return out;
  }

  /** Fails, naming the rule and its count, when a blocking rule yields more than maxPairs pairs. */
  public void checkPairLimit(long maxPairs) {
    for (RuleCount c : candidateCounts()) {
      if (c.pairs() > maxPairs) {
        throw new org.sijil.core.SijilException(
            org.sijil.core.ErrorCode.TOO_MANY_PAIRS,
            "blocking rule "
                + c.rule()
                + " produces "
                + c.pairs()
                + " candidate pairs, over the limit of "
                + maxPairs
                + ": tighten or drop the rule in the spec",
            null,
            null,
            c.rule(),
            java.util.Map.of("pairs", String.valueOf(c.pairs()), "limit", String.valueOf(maxPairs)),
            null);
      }
    }
  }

  public LinkageModel train() {
    return Trainer.train(spec, table, candidates, threads);
  }

  /** Compiles a model against this job's records (checks it fits the spec). */
  PairScorer scorer(LinkageModel model) {
    try {
      return new PairScorer(spec, model, table);
    } catch (IllegalArgumentException e) {
      throw new UserError("the model does not fit the spec in effect: " + e.getMessage());
    }
  }

  /**
   * Scores every candidate pair once (union of the rules) in parallel, keeping those with
   * probability at least {@code keepProbability}; the rest are dropped as they are scored.
   */
  public ScoredPairs score(LinkageModel model, double keepProbability) {
    return score(model, keepProbability, null, new long[1]);
  }

  /**
   * Incremental scoring: only candidate pairs with at least one record flagged in {@code touching}
   * (e.g. the records of a new release) are compared; pairs among the others keep their earlier
   * outcome.
   */
  public ScoredPairs scoreTouching(LinkageModel model, double keepProbability, boolean[] touching) {
    if (touching.length != table.size()) {
      throw new IllegalArgumentException(
          "touching has " + touching.length + " flags for " + table.size() + " records");
    }
    boolean[] inner = new boolean[touching.length];
    for (int i = 0; i < inner.length; i++) {
      inner[i] = touching[external[i]];
    }
    return score(model, keepProbability, inner, new long[1]);
  }

  /** Scores in internal positions; the pairs returned are in the caller's record indices. */
  ScoredPairs score(
      LinkageModel model, double keepProbability, boolean[] touching, long[] comparedOut) {
    PairScorer scorer = scorer(model);
    double keepWeight = PairScorer.weightOf(Math.max(1e-12, Math.min(1 - 1e-12, keepProbability)));
    List<Candidates.Unit> units = candidates.units;
    long[] compared = new long[units.size()];
    ScoredPairs[] parts =
        Workers.map(
            units.size(),
            threads,
            i -> {
              ScoredPairs kept = new ScoredPairs(64);
              Scratch s = new Scratch();
              long[] n = new long[1];
              candidates.forEach(
                  units.get(i),
                  true,
                  (a, b) -> {
                    if (touching != null && !touching[a] && !touching[b]) {
                      return;
                    }
                    n[0]++;
                    double w = scorer.weightAtLeast(a, b, s, keepWeight);
                    if (w >= keepWeight) {
                      kept.add(a, b, w);
                    }
                  });
              compared[i] = n[0];
              return kept;
            },
            new ScoredPairs[0]);
    int total = 0;
    for (ScoredPairs p : parts) {
      total += p.size();
    }
    ScoredPairs all = new ScoredPairs(total);
    for (ScoredPairs p : parts) {
      all.addAll(p, external);
    }
    long c = 0;
    for (long x : compared) {
      c += x;
    }
    comparedOut[0] = c;
    return all;
  }

  /** Like {@link #score(LinkageModel, double)}, also reporting throughput. */
  public ScoredPairs score(
      LinkageModel model, double keepProbability, java.util.function.Consumer<ScoringStats> stats) {
    long t0 = System.nanoTime();
    long[] compared = new long[1];
    ScoredPairs p = score(model, keepProbability, null, compared);
    stats.accept(new ScoringStats(compared[0], p.size(), System.nanoTime() - t0, threads));
    return p;
  }

  /** Cluster label per record (the smallest record index of its cluster). */
  public int[] cluster(
      LinkageModel model, ScoredPairs pairs, double threshold, Decisions decisions) {
    return Clusterer.cluster(
        table.size(), pairs, scorer(model), internal, threshold, decisions, null);
  }

  /**
   * Clusters starting from existing persons: records with the same {@code initial} group (≥ 0)
   * start together and are never split; records with -1 are placed by the pairs.
   */
  public int[] cluster(
      LinkageModel model, ScoredPairs pairs, double threshold, Decisions decisions, int[] initial) {
    return Clusterer.cluster(
        table.size(), pairs, scorer(model), internal, threshold, decisions, initial);
  }

  /**
   * For two duplicate-free lists: each record in at most one pair, strongest pairs first, at or
   * above the threshold. Reviewers' non-match decisions exclude a pair; match decisions are taken
   * first. Returns indices into {@code pairs} in descending probability.
   */
  public int[] oneToOne(ScoredPairs pairs, double threshold, Decisions decisions) {
    boolean[] used = new boolean[table.size()];
    List<Integer> out = new ArrayList<>();
    int[] order = pairs.byWeightDescending();
    for (int pass = 0; pass < 2; pass++) {
      for (int idx : order) {
        int a = pairs.left(idx);
        int b = pairs.right(idx);
        boolean decidedMatch = decisions.isMatch(a, b);
        if ((pass == 0) != decidedMatch) {
          continue;
        }
        if (used[a]
            || used[b]
            || decisions.isNonMatch(a, b)
            || (!decidedMatch && pairs.probability(idx) < threshold)) {
          continue;
        }
        used[a] = true;
        used[b] = true;
        out.add(idx);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The match-weight waterfall of records a and b (indices in this job). */
  public Explanation explain(LinkageModel model, int a, int b) {
    if (a < 0 || b < 0 || a >= table.size() || b >= table.size() || a == b) {
      throw new UserError("no such pair of records: " + a + ", " + b);
    }
    int x = internal[a];
    int y = internal[b];
    // Scored in table order (as linking scores the pair); shown with a on the left, as asked.
    Explanation e = scorer(model).explain(Math.min(x, y), Math.max(x, y));
    return x < y ? e : e.withSidesSwapped();
  }

  /** Match weight of a pair (for pairs blocking did not propose, e.g. reviewers' questions). */
  public double probability(LinkageModel model, int a, int b) {
    int x = internal[a];
    int y = internal[b];
    return PairScorer.probability(
        scorer(model).weight(Math.min(x, y), Math.max(x, y), new Scratch()));
  }

  /** The candidate pairs' work units (for {@link SplitJob}). */
  Candidates candidates() {
    return candidates;
  }

  /** Internal position → the caller's record index (for {@link SplitJob}). */
  int[] external() {
    return external;
  }

  /** The caller's record index → internal position (for {@link SplitJob}). */
  int[] internal() {
    return internal;
  }
}
