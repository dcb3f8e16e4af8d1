package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The persons matching all token clauses of a name query but one, without scores: the candidates of
 * the "all tokens but one" tier ({@link CandidateFilter}), exactly its persons; or, for a query of
 * required tokens (a given and a family name), the persons matching every clause.
 *
 * <p>Why: that tier's persons are few (a full Arabic name's median is 8 a page), and WAND found
 * them by walking every posting of two common tokens' unions of alternatives, tens of thousands a
 * page. A common clause's match set is the same from request to request, so it is kept as a bitset
 * ({@link ClauseMatchSets}) and the tier is a few word-wise operations over a segment's words. A
 * clause matching fewer than a {@link #COMMON_SHARE}th of the segment is cheap to walk and is not
 * kept: its persons are walked and each is tested against the common clauses' sets.
 */
final class TierCandidates extends Query {

  /** A clause is common, and its match set kept, from this share of the segment's persons. */
  static final int COMMON_SHARE = 64;

  private final List<Query> clauses;
  private final int need;
  private final ClauseMatchSets kept;

  private TierCandidates(List<Query> clauses, int need, ClauseMatchSets kept) {
    this.clauses = List.copyOf(clauses);
    this.need = need;
    this.kept = kept;
  }

  /**
   * The query run on its candidates when it is an "all tokens but one" tier (three clauses or more,
   * all optional, all but one required) or a conjunction of two token clauses or more, otherwise
   * the query itself.
   */
  static Query tier(Query query, ClauseMatchSets kept) {
    if (!(query instanceof BooleanQuery b)) {
      return query;
    }
    int n = b.clauses().size();
    int need = need(b);
    if (n < 2 || need < n - 1 || (need == n - 1 && n < Searching.MISSING_ONE_FROM)) {
      return query;
    }
    List<Query> clauses = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      clauses.add(c.getQuery());
    }
    return new CandidateFilter(query, new TierCandidates(clauses, need, kept));
  }

  /**
   * Clauses a person must match: every one when all are required, or the minimum of optional ones;
   * -1 otherwise.
   */
  private static int need(BooleanQuery b) {
    long must = b.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.MUST).count();
    long should =
        b.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.SHOULD).count();
    if (must == b.clauses().size()) {
      return (int) must;
    }
    return should == b.clauses().size() ? b.getMinimumNumberShouldMatch() : -1;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    List<Weight> weights = new ArrayList<>();
    for (Query c : clauses) {
      weights.add(searcher.createWeight(searcher.rewrite(c), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext segment) throws IOException {
        FixedBitSet tier = candidates(segment, weights);
        if (tier == null) {
          return null;
        }
        long cost = tier.cardinality();
        return new ConstantScoreScorer(
            this, score(), scoreMode, new BitSetIterator(tier, Math.max(1, cost)));
      }

      @Override
      public boolean isCacheable(LeafReaderContext segment) {
        return false; // its parts are kept by ClauseMatchSets
      }
    };
  }

  /** The segment's persons in all clauses but one at least, or null when none. */
  private FixedBitSet candidates(LeafReaderContext segment, List<Weight> weights)
      throws IOException {
    int maxDoc = segment.reader().maxDoc();
    List<long[]> common = new ArrayList<>();
    List<int[]> rare = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      FixedBitSet set = kept.get(segment, clauses.get(i));
      if (set == null) {
        ScorerSupplier s = weights.get(i).scorerSupplier(segment);
        if (s == null) {
          rare.add(new int[0]);
          continue;
        }
        if (s.cost() * COMMON_SHARE < maxDoc) {
          rare.add(walk(s.get(Long.MAX_VALUE), maxDoc));
          continue;
        }
        set = TierBits.of(s.get(Long.MAX_VALUE), maxDoc);
        kept.put(segment, clauses.get(i), set);
      }
      common.add(set.getBits());
    }
    FixedBitSet tier = TierBits.atLeast(common, rare, clauses.size(), need, maxDoc);
    return tier.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS ? null : tier;
  }

  /** The scorer's persons, in order. */
  private static int[] walk(Scorer s, int maxDoc) throws IOException {
    int[] docs = new int[16];
    int n = 0;
    TwoPhaseIterator confirm = s.twoPhaseIterator();
    DocIdSetIterator it = confirm == null ? s.iterator() : confirm.approximation();
    for (int d = it.nextDoc(); d < maxDoc; d = it.nextDoc()) {
      if (confirm == null || confirm.matches()) {
        if (n == docs.length) {
          docs = java.util.Arrays.copyOf(docs, n * 2);
        }
        docs[n++] = d;
      }
    }
    return java.util.Arrays.copyOf(docs, n);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "tier(" + clauses + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && clauses.equals(((TierCandidates) other).clauses)
        && need == ((TierCandidates) other).need
        && kept == ((TierCandidates) other).kept;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), clauses, need, System.identityHashCode(kept));
  }
}
