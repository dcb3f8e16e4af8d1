package org.sijil.core.linkage;

/**
 * Groups records into persons without chaining strangers. Pairs are taken strongest first; two
 * clusters merge only when the mean match probability over all pairs between them reaches the
 * threshold (average linkage). Pairs between them that blocking never compared are scored now, so a
 * third record joins a pair only if it resembles both, and one strong link between two large
 * clusters cannot fuse them. Reviewers' decisions come first: a match merges, a non-match forbids
 * any merge that would put the two records together.
 */
final class Clusterer {

  /**
   * Two clusters with more pairs between them than this never merge: no person has hundreds of
   * records, and a blob that large means a name too common to separate, not one person.
   */
  static final long MAX_CROSS_PAIRS = 1_000;

  private final int[] parent;
  private final int[] size;
  private final int[] next; // circular member lists
  private final PairScorer scorer;

  /** Record index → the scorer's position of that record. */
  private final int[] position;

  private final Decisions decisions;
  private final Scratch scratch = new Scratch();

  /** Cluster pairs (roots and sizes) already refused: many edges join the same two clusters. */
  private final java.util.Set<Long> refused = new java.util.HashSet<>();

  private Clusterer(int n, PairScorer scorer, int[] position, Decisions decisions) {
    this.position = position;
    parent = new int[n];
    size = new int[n];
    next = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      next[i] = i;
    }
    this.scorer = scorer;
    this.decisions = decisions;
  }

  /**
   * Returns each record's cluster label: the smallest record index in its cluster, so labels do not
   * depend on processing order.
   */
  static int[] cluster(
      int n,
      ScoredPairs pairs,
      PairScorer scorer,
      int[] position,
      double threshold,
      Decisions decisions,
      int[] initial) {
    Clusterer c = new Clusterer(n, scorer, position, decisions);
    if (initial != null) {
      java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        if (initial[i] >= 0) {
          Integer f = first.putIfAbsent(initial[i], i);
          if (f != null && c.find(f) != c.find(i)) {
            c.union(c.find(f), c.find(i));
          }
        }
      }
    }
    for (long k : decisions.matches()) {
      int a = (int) (k >>> 32);
      int b = (int) k;
      if (a < n && b < n && !c.forbidden(c.find(a), c.find(b))) {
        c.union(c.find(a), c.find(b));
      }
    }
    for (int idx : pairs.byWeightDescending()) {
      double p = pairs.probability(idx);
      if (p < threshold) {
        break;
      }
      int ra = c.find(pairs.left(idx));
      int rb = c.find(pairs.right(idx));
      if (ra == rb || c.forbidden(ra, rb)) {
        continue;
      }
      if (c.size[ra] == 1 && c.size[rb] == 1) {
        c.union(ra, rb);
        continue;
      }
      long state =
          RecordTable.mix(
              RecordTable.mix(Math.min(ra, rb) * 0x9E3779B97F4A7C15L + Math.max(ra, rb))
                  + ((long) c.size[ra] << 32 | c.size[rb]));
      if (c.refused.contains(state)) {
        continue;
      }
      if (c.meanLinkage(ra, rb) >= threshold) {
        c.union(ra, rb);
      } else {
        c.refused.add(state);
      }
    }
    int[] label = new int[n];
    int[] min = new int[n];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      int r = c.find(i);
      min[r] = Math.min(min[r], i);
    }
    for (int i = 0; i < n; i++) {
      label[i] = min[c.find(i)];
    }
    return label;
  }

  /**
   * Mean probability over the pairs between two clusters that the job compares (in a link job, only
   * pairs across the two lists), each scored by the same pure function scoring used.
   */
  private double meanLinkage(int ra, int rb) {
    if ((long) size[ra] * size[rb] > MAX_CROSS_PAIRS) {
      return 0;
    }
    RecordTable t = scorer.table;
    double sum = 0;
    long count = 0;
    int x = ra;
    do {
      int y = rb;
      do {
        // By the scorer's positions (each list keeps its side there), so a caller may number a
        // subset of the records in any order (SplitJob clusters one component at a time).
        if (!t.isLink() || (position[x] < t.leftSize()) != (position[y] < t.leftSize())) {
          count++;
          sum +=
              decisions.isMatch(x, y)
                  ? 1.0
                  : PairScorer.probability(
                      scorer.weight(
                          Math.min(position[x], position[y]),
                          Math.max(position[x], position[y]),
                          scratch));
        }
        y = next[y];
      } while (y != rb);
      x = next[x];
    } while (x != ra);
    return count == 0 ? 0 : sum / count;
  }

  private boolean forbidden(int ra, int rb) {
    if (!decisions.hasNonMatches()) {
      return false;
    }
    int x = ra;
    do {
      int y = rb;
      do {
        if (decisions.isNonMatch(x, y)) {
          return true;
        }
        y = next[y];
      } while (y != rb);
      x = next[x];
    } while (x != ra);
    return false;
  }

  private int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private void union(int ra, int rb) {
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    int t = next[ra];
    next[ra] = next[rb];
    next[rb] = t;
  }
}
