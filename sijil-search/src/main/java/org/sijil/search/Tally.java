package org.sijil.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A token clause of {@link GivenBonus} that adds each score it gives, in a double, to the sum of
 * the scorer being made for its segment: the exact sum Lucene rounds to a float, to which the bonus
 * is added before the one rounding. It matches and scores what its clause does.
 */
final class Tally extends Query {

  /** Where a {@link GivenBonus} scorer being made hands its sum to its token clauses' scorers. */
  static final class Board {
    /** The sum of the scorer being made, or null outside of its making. */
    Sum sum;
  }

  /** The scores given to the person being scored, summed. One per segment's scorer. */
  static final class Sum {
    double value;
  }

  private final Query clause;
  private final Board board;

  Tally(Query clause, Board board) {
    this.clause = clause;
    this.board = board;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = clause.rewrite(searcher);
    return r == clause ? super.rewrite(searcher) : new Tally(r, board);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight w = searcher.createWeight(clause, scoreMode, boost);
    return scoreMode.needsScores() ? new TallyWeight(this, w, board) : w;
  }

  private static final class TallyWeight extends FilterWeight {
    private final Board board;

    TallyWeight(Query query, Weight clause, Board board) {
      super(query, clause);
      this.board = board;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      Scorer s = in.scorer(context);
      Sum sum = board.sum;
      return s == null || sum == null ? s : new TallyScorer(this, s, sum);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false;
    }
  }

  private static final class TallyScorer extends Scorer {
    private final Scorer in;
    private final Sum sum;

    TallyScorer(Weight weight, Scorer in, Sum sum) {
      super(weight);
      this.in = in;
      this.sum = sum;
    }

    @Override
    public float score() throws IOException {
      float s = in.score();
      sum.value += s;
      return s;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "MUST"));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    clause.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return clause.toString(field);
  }

  /** Equal to another tally of an equal clause: the board only carries a scorer's sum. */
  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && clause.equals(((Tally) other).clause);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + clause.hashCode();
  }
}
