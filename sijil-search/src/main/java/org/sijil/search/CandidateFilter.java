package org.sijil.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query run only on the persons of {@code candidates}, which hold every person the query matches:
 * the same persons and scores, but the query's clauses are advanced only to candidates.
 *
 * <p>Not a Lucene {@code FILTER} clause beside the query: in Lucene 9.12 a conjunction of a filter
 * and a minimum-should-match disjunction does not hand the page's lowest competitive score on to
 * the disjunction, which then can no longer skip persons who cannot enter the page. Here the
 * query's scorer is told it, and gives its own maximum scores.
 */
final class CandidateFilter extends Query {

  private final Query query;
  private final TierCandidates candidates;

  /**
   * @param query what is matched and scored
   * @param candidates a superset of the query's persons, per segment
   */
  CandidateFilter(Query query, TierCandidates candidates) {
    this.query = Objects.requireNonNull(query);
    this.candidates = Objects.requireNonNull(candidates);
  }

  Query query() {
    return query;
  }

  TierCandidates candidates() {
    return candidates;
  }

  /**
   * Itself: the query is rewritten only for a segment whose candidates are left to Lucene ({@link
   * FilteredWeight}). Rewriting a full name's query (hundreds of alternatives, a new object for
   * each clause that changes) was 6-8 % of a full Arabic name's page at 200k, while {@link
   * CandidateScores} reads the query as built: its rewritten form matches and scores the same.
   */
  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new FilteredWeight(this, searcher, scoreMode, boost);
  }

  /**
   * Per segment: no scorer without candidates; few candidates scored directly ({@link
   * CandidateScores}); otherwise the query's own scorer, advanced only to candidates. The query's
   * weight (a weight per term, alternative and clause) is made only for a segment that needs it.
   */
  private static final class FilteredWeight extends Weight {
    private final IndexSearcher searcher;
    private final Query query;
    private final ScoreMode scoreMode;
    private final float boost;
    private final TierCandidates candidates;
    private final CandidateScores direct;
    private Weight queryWeight;

    FilteredWeight(CandidateFilter parent, IndexSearcher searcher, ScoreMode mode, float boost) {
      super(parent);
      this.searcher = searcher;
      this.query = parent.query;
      this.scoreMode = mode;
      this.boost = boost;
      this.candidates = parent.candidates;
      this.direct = CandidateScores.of(parent.query, mode, boost);
    }

    @Override
    public Scorer scorer(LeafReaderContext segment) throws IOException {
      int[] c = candidates.candidatesOnce(segment);
      if (c == null) {
        return queryWeight().scorer(segment); // the candidates cannot be made from kept sets here
      }
      if (c.length == 0) {
        return null; // no candidate in the segment, so no person of the query
      }
      if (direct != null && c.length <= CandidateScores.DIRECT_UP_TO) {
        CandidateScores.Found found =
            direct.among(segment, c, candidates.kept(), candidates.held(segment));
        return found.docs().length == 0 ? null : new FoundScorer(this, found);
      }
      Scorer q = queryWeight().scorer(segment);
      return q == null ? null : new FilteredScorer(this, q, new DocsIterator(c));
    }

    /** The query's own weight, made at first need. */
    private synchronized Weight queryWeight() throws IOException {
      if (queryWeight == null) {
        // The query's unscored terms read the kept sets the candidates are made from.
        IndexSearcher terms = KeptSetSearcher.over(searcher, candidates.kept());
        queryWeight = terms.createWeight(terms.rewrite(query), scoreMode, boost);
      }
      return queryWeight;
    }

    @Override
    public Explanation explain(LeafReaderContext segment, int doc) throws IOException {
      return queryWeight().explain(segment, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext segment) {
      return false; // the candidates come from a cache of their own
    }
  }

  /** The matching candidates with the scores {@link CandidateScores} worked out for them. */
  private static final class FoundScorer extends Scorer {
    private final CandidateScores.Found found;
    private final DocsIterator docs;

    FoundScorer(Weight weight, CandidateScores.Found found) {
      super(weight);
      this.found = found;
      this.docs = new DocsIterator(found.docs());
    }

    @Override
    public int docID() {
      return docs.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return docs;
    }

    @Override
    public float score() {
      return found.scores()[docs.at];
    }

    @Override
    public float getMaxScore(int upTo) {
      return found.maxScore();
    }
  }

  /** The conjunction's persons; scores, maxima and the competitive score are the query's. */
  private static final class FilteredScorer extends Scorer {
    private final Scorer query;
    private final DocIdSetIterator both;

    FilteredScorer(Weight weight, Scorer query, DocIdSetIterator candidates) {
      super(weight);
      this.query = query;
      this.both = ConjunctionUtils.intersectIterators(List.of(candidates, query.iterator()));
    }

    @Override
    public int docID() {
      return both.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return both;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return TwoPhaseIterator.unwrap(both);
    }

    @Override
    public float score() throws IOException {
      return query.score();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return query.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return query.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      query.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(query, "MUST"));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "candidates(" + candidates + ", " + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && query.equals(((CandidateFilter) other).query)
        && candidates.equals(((CandidateFilter) other).candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, candidates);
  }

  /** Sorted persons as an iterator; advancing walks forward, as the conjunction leads with it. */
  private static final class DocsIterator extends DocIdSetIterator {
    private final int[] docs;

    /** The place in {@code docs} of the current person. */
    private int at = -1;

    private int doc = -1;

    DocsIterator(int[] docs) {
      this.docs = docs;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      at++;
      doc = at < docs.length ? docs[at] : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public int advance(int target) {
      while (doc < target) {
        nextDoc();
      }
      return doc;
    }

    @Override
    public long cost() {
      return docs.length;
    }
  }
}
