package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;

/**
 * The top of an "all tokens but one" tier ({@link CandidateFilter}) found without walking all of
 * its candidates: the persons of its rarest clause are scored first, then the other candidates in
 * order, only until none of those left could enter the page.
 *
 * <p>Why: a full name of three common names and a rare family name ("Ayah Ahmed Mahmoud Aliqoqa")
 * has tens of thousands of candidates, everyone holding the three common names. Lucene's WAND walks
 * them in order and may skip a person only once the page's lowest score passes what the three
 * common clauses can give together; the persons who pass it all hold the rare name, and the walk
 * meets forty of them only near its end: it scored 48,545 persons for that page at 1M
 * (docs/benchmarks.md "Session 22, h-heavy"). Scored first, those persons fill the page at once. A
 * candidate without the rare clause scores at most the other clauses' ceilings ({@link
 * CandidateScores#ceiling}) summed as Lucene sums them (in double, rounded once to float); once the
 * page's lowest hit beats that bound (or ties it with an earlier person: ties go to the earlier
 * person), no candidate left can enter.
 *
 * <p>The answer is Lucene's: the same hits in the same order (score, then person), the same float
 * scores ({@link CandidateScores}), deleted persons left out, and the total as {@code
 * TopScoreDocCollector} gives it with a threshold: exact while at most the threshold (the larger of
 * the count limit and the hits wanted) match, otherwise a lower bound above the threshold marked
 * "greater than or equal". When the walk would go past its {@link Limits}, or the query is of
 * another shape, it gives null and the caller runs the query.
 */
final class RareFirst {

  /**
   * When a try is worth it, and how far it may go before the query is left to run.
   *
   * @param many candidates (live, all segments) from which a tier is tried: with fewer, Lucene's
   *     walk costs a few milliseconds at most, and a try that fails costs a fair share of that
   * @param postings persons the rare clause's levels' terms may hold in all: finding which
   *     candidates hold them reads every posting
   * @param first candidates holding the levels' terms, scored first, at most
   * @param scan candidates without them, scored in order, at most
   * @param unfilled whether to walk on in order when the levels' persons do not fill the page (no
   *     candidate can be passed over before it is full: a long walk; tests)
   */
  record Limits(int many, long postings, int first, int scan, boolean unfilled) {

    /** Measured at 1M (docs/benchmarks.md "Session 23, coordinator"). */
    static final Limits DEFAULT = new Limits(16_384, 8192, 1024, 2048, false);
  }

  /** Candidates scored together ({@link CandidateScores#among}): its fixed cost is per call. */
  private static final int CHUNK = CandidateScores.DIRECT_UP_TO;

  private final List<LeafReaderContext> leaves;
  private final CandidateScores scores;
  private final TermMatchSets kept;
  private final HitQueue top;
  private final int fetch;
  private final int threshold;
  private final Limits limits;
  private int matched;

  private RareFirst(
      List<LeafReaderContext> leaves,
      CandidateScores scores,
      TermMatchSets kept,
      int fetch,
      int threshold,
      Limits limits) {
    this.leaves = leaves;
    this.limits = limits;
    this.scores = scores;
    this.kept = kept;
    this.top = new HitQueue(fetch, false);
    this.fetch = fetch;
    this.threshold = threshold;
  }

  /**
   * The top {@code fetch} hits of {@code query} with the total counted exactly up to {@code
   * countUpTo} (or up to {@code fetch} if larger), as a search with {@code
   * TopScoreDocCollectorManager(fetch, null, countUpTo)} gives them; null when the query is not a
   * tier with many candidates in a segment, or when finding its top would walk too many.
   */
  static TopDocs top(List<LeafReaderContext> leaves, Query query, int fetch, int countUpTo)
      throws IOException {
    return top(leaves, query, fetch, countUpTo, Limits.DEFAULT);
  }

  /** As {@link #top(List, Query, int, int)}, within {@code limits}. */
  static TopDocs top(
      List<LeafReaderContext> leaves, Query query, int fetch, int countUpTo, Limits limits)
      throws IOException {
    if (!(query instanceof CandidateFilter tier)) {
      return null;
    }
    int[][] candidates = new int[leaves.size()][];
    int many = 0;
    for (LeafReaderContext leaf : leaves) {
      candidates[leaf.ord] = tier.candidates().candidatesOnce(leaf);
      if (candidates[leaf.ord] == null) {
        return null; // the query runs alone in this segment
      }
      many += candidates[leaf.ord].length;
    }
    if (many < limits.many()) {
      return null; // the walk is short: a failed try would cost more than it can save
    }
    // Made again here (the walk's weight has its own) only for the few tiers tried.
    CandidateScores scores = CandidateScores.of(tier.query(), ScoreMode.COMPLETE, 1f);
    if (scores == null || !scores.clausesOnly() || scores.clauses().size() < 2) {
      return null;
    }
    for (LeafReaderContext leaf : leaves) {
      candidates[leaf.ord] = live(leaf, candidates[leaf.ord]);
    }
    RareClause rare = RareClause.of(scores.clauses(), leaves);
    if (rare == null) {
      return null;
    }
    RareFirst walk =
        new RareFirst(
            leaves, scores, tier.candidates().kept(), fetch, Math.max(countUpTo, fetch), limits);
    return walk.run(candidates, rare);
  }

  private TopDocs run(int[][] candidates, RareClause rare) throws IOException {
    int[][] scored = new int[leaves.size()][0];
    float bound = firstLevels(candidates, rare, scored);
    if (Float.isNaN(bound)) {
      return null;
    }
    int scanned = 0;
    for (LeafReaderContext leaf : leaves) {
      int[] rest = minus(candidates[leaf.ord], scored[leaf.ord]);
      for (int from = 0; from < rest.length; from += CHUNK) {
        if (done(leaf.docBase + rest[from], bound)) {
          return answer(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        }
        if (scanned >= limits.scan()) {
          return null;
        }
        int[] chunk = Arrays.copyOfRange(rest, from, Math.min(rest.length, from + CHUNK));
        add(leaf, chunk);
        scanned += chunk.length;
      }
    }
    // Every candidate scored: the count is exact, as Lucene's up to the threshold.
    return answer(
        matched > threshold
            ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
            : TotalHits.Relation.EQUAL_TO);
  }

  /**
   * Scores the holders of the rare clause's levels, highest first, into the page until its lowest
   * hit reaches the bound of the candidates left; their persons go into {@code scored} (sorted, per
   * segment). The bound reached, or NaN when the levels cannot fill the page cheaply.
   */
  private float firstLevels(int[][] candidates, RareClause rare, int[][] scored)
      throws IOException {
    long postings = 0;
    int first = 0;
    float last = Float.NaN;
    for (RareClause.Level level : rare.levels()) {
      postings += level.persons();
      if (postings > limits.postings()) {
        return Float.NaN;
      }
      int[][] fresh = new int[leaves.size()][];
      for (LeafReaderContext leaf : leaves) {
        int[] holding = RareClause.holders(leaf, candidates[leaf.ord], level.terms());
        fresh[leaf.ord] = minus(holding, scored[leaf.ord]);
        first += fresh[leaf.ord].length;
      }
      if (first > limits.first()) {
        return Float.NaN; // found before scoring them: holding is cheap, scoring is not
      }
      for (LeafReaderContext leaf : leaves) {
        add(leaf, fresh[leaf.ord]);
        scored[leaf.ord] = union(scored[leaf.ord], fresh[leaf.ord]);
      }
      if (top.size() == fetch && top.top().score >= level.bound()) {
        return level.bound();
      }
      last = level.bound();
    }
    // The levels did not fill the page: the walk in order would be long, unless told to go on.
    return limits.unfilled() ? last : Float.NaN;
  }

  /** Scores the segment's candidates {@code docs} into the page and the count. */
  private void add(LeafReaderContext leaf, int[] docs) throws IOException {
    if (docs.length == 0) {
      return;
    }
    CandidateScores.Found found = scores.among(leaf, docs, kept);
    for (int i = 0; i < found.docs().length; i++) {
      top.insertWithOverflow(new ScoreDoc(leaf.docBase + found.docs()[i], found.scores()[i]));
    }
    matched += found.docs().length;
  }

  /**
   * Whether no candidate from {@code next} on can enter the page or change its total: the page is
   * full, its lowest hit beats every score a candidate without the rare clause can have (or ties it
   * with an earlier person), and more persons than the threshold matched.
   */
  private boolean done(int next, float bound) {
    if (top.size() < fetch || matched <= threshold) {
      return false;
    }
    ScoreDoc lowest = top.top();
    return lowest.score > bound || (lowest.score == bound && lowest.doc < next);
  }

  private TopDocs answer(TotalHits.Relation relation) {
    ScoreDoc[] hits = new ScoreDoc[top.size()];
    for (int i = hits.length - 1; i >= 0; i--) {
      hits[i] = top.pop();
    }
    return new TopDocs(new TotalHits(matched, relation), hits);
  }

  /** The candidates not deleted: Lucene's collector never sees a deleted person. */
  private static int[] live(LeafReaderContext leaf, int[] candidates) {
    Bits live = leaf.reader().getLiveDocs();
    if (live == null) {
      return candidates;
    }
    int[] out = new int[candidates.length];
    int n = 0;
    for (int doc : candidates) {
      if (live.get(doc)) {
        out[n++] = doc;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The sorted {@code all} less the sorted {@code some}. */
  private static int[] minus(int[] all, int[] some) {
    if (some.length == 0) {
      return all;
    }
    int[] out = new int[all.length];
    int n = 0;
    int j = 0;
    for (int doc : all) {
      while (j < some.length && some[j] < doc) {
        j++;
      }
      if (j == some.length || some[j] != doc) {
        out[n++] = doc;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The sorted union of two sorted sets with nothing in common. */
  private static int[] union(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    Arrays.sort(out);
    return out;
  }
}
