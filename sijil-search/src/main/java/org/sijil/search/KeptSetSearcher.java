package org.sijil.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher over the same reader whose unscored term queries walk the kept set of their term
 * ({@link TermMatchSets}) where the segment has one, instead of the term's postings.
 *
 * <p>Why: the heaviest pages of a name search are full names of three or four common tokens
 * (Muhammad, Ahmed, Mahmoud) with a rare or damaged family name; their "all tokens but one" tier
 * has tens of thousands of candidates at 1M persons (48,545 scored for one page), and for each one
 * WAND advances every clause's union of alternatives, mostly common terms' postings (block decoding
 * and a postings cursor opened per term and segment). Inside a constant-score union a term only
 * says which persons it has, and its kept set says the same with a bit test, without opening the
 * postings. The persons and the costs are the term's own, so the walk, its order and its scores do
 * not change.
 */
final class KeptSetSearcher extends IndexSearcher {

  private final TermMatchSets kept;

  private KeptSetSearcher(IndexSearcher searcher, TermMatchSets kept) {
    super(searcher.getTopReaderContext());
    this.kept = kept;
    setSimilarity(searcher.getSimilarity());
    setQueryCache(searcher.getQueryCache());
    setQueryCachingPolicy(searcher.getQueryCachingPolicy());
  }

  /**
   * A searcher building weights for {@code searcher}'s reader, reading the sets of {@code kept}.
   */
  static IndexSearcher over(IndexSearcher searcher, TermMatchSets kept) {
    return new KeptSetSearcher(searcher, kept);
  }

  @Override
  public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
    Weight w = super.createWeight(query, scoreMode, boost);
    if (query instanceof TermQuery t && !scoreMode.needsScores()) {
      return new KeptSetWeight(t.getTerm(), w, scoreMode);
    }
    return w;
  }

  /** A term's unscored weight, its persons read from the kept set where there is one. */
  private final class KeptSetWeight extends FilterWeight {
    private final Term term;
    private final ScoreMode scoreMode;

    KeptSetWeight(Term term, Weight in, ScoreMode scoreMode) {
      super(in);
      this.term = term;
      this.scoreMode = scoreMode;
    }

    @Override
    public Scorer scorer(LeafReaderContext segment) throws IOException {
      ScorerSupplier s = scorerSupplier(segment);
      return s == null ? null : s.get(Long.MAX_VALUE);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext segment) throws IOException {
      ScorerSupplier postings = in.scorerSupplier(segment);
      IndexReader.CacheHelper helper = segment.reader().getCoreCacheHelper();
      FixedBitSet set = postings == null || helper == null ? null : kept.get(helper.getKey(), term);
      if (set == null) {
        return postings;
      }
      Weight weight = this;
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) {
          // The term's own cost (its document frequency), so the walk's order stays the same.
          return new ConstantScoreScorer(
              weight, 0f, scoreMode, new BitSetIterator(set, postings.cost()));
        }

        @Override
        public long cost() {
          return postings.cost();
        }
      };
    }

    @Override
    public int count(LeafReaderContext segment) throws IOException {
      return in.count(segment);
    }
  }
}
