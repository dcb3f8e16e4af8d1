package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A name query whose tokens match as some of them must (a {@link BooleanQuery} of token clauses
 * with a minimum to match), plus the first token's given-name bonus beside the tokens rather than
 * inside the first token's clause: the same persons and the same scores, to the bit, as the bonus
 * inside (the first token's clause then scores {@link MatchReason.How#EXACT} for a person whose
 * given name the token is, and the bonus adds the rest).
 *
 * <p>Why: with all tokens but one required, Lucene's WAND walks every posting of two token clauses
 * and advances the others only to candidates, and picks the walked ones by their maximum score
 * first and their cost second. The bonus inside made the first token's maximum the highest, so its
 * clause was always walked, however common the first name (محمد, Mohammed); beside the tokens,
 * every clause's maximum is the same and WAND walks the two cheapest. The bonus is not a token: it
 * does not count toward the minimum, and is read only for the persons scored.
 *
 * <p>Same floats: Lucene sums its clauses' scores in a double and rounds the sum once to a float.
 * Adding the bonus to that float would round twice (2.95 against 2.9499998), so each token clause's
 * score is tallied as Lucene reads it, and the bonus added to the exact sum (sums of a few floats
 * near 1 are exact in a double, so the order does not matter).
 */
final class GivenBonus extends Query {

  private final List<Query> tokens;
  private final int minMatched;
  private final Query given;
  private final float bonus;

  /**
   * @param tokens the token clauses, the first one scoring a given-name match as written
   * @param minMatched token clauses a person must match
   * @param given the persons who get the bonus: all of them match the first token's clause
   * @param bonus the score it adds
   */
  GivenBonus(List<Query> tokens, int minMatched, Query given, float bonus) {
    this.tokens = List.copyOf(tokens);
    this.minMatched = minMatched;
    this.given = Objects.requireNonNull(given);
    this.bonus = bonus;
  }

  /** The tokens alone: what a search without scores runs. */
  private Query core(boolean tallied, Tally.Board board) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query t : tokens) {
      b.add(tallied ? new Tally(t, board) : t, Occur.SHOULD);
    }
    return b.setMinimumNumberShouldMatch(minMatched).build();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    List<Query> rewritten = new ArrayList<>();
    for (Query t : tokens) {
      rewritten.add(t.rewrite(searcher));
    }
    Query g = given.rewrite(searcher);
    if (rewritten.equals(tokens) && g == given) {
      return super.rewrite(searcher);
    }
    return new GivenBonus(rewritten, minMatched, g, bonus);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return searcher.createWeight(searcher.rewrite(core(false, null)), scoreMode, boost);
    }
    Tally.Board board = new Tally.Board();
    Weight core = searcher.createWeight(searcher.rewrite(core(true, board)), scoreMode, boost);
    Weight bonusWeight = searcher.createWeight(given, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new BonusWeight(this, core, bonusWeight, board, bonus * boost);
  }

  private static final class BonusWeight extends FilterWeight {
    private final Weight given;
    private final Tally.Board board;
    private final float bonus;

    BonusWeight(Query query, Weight core, Weight given, Tally.Board board, float bonus) {
      super(query, core);
      this.given = given;
      this.board = board;
      this.bonus = bonus;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      Tally.Sum sum = new Tally.Sum();
      Scorer core;
      // The token clauses' scorers are made within this call and take the board's sum.
      synchronized (board) {
        board.sum = sum;
        try {
          core = in.scorer(context);
        } finally {
          board.sum = null;
        }
      }
      if (core == null) {
        return null;
      }
      Scorer g = given.scorer(context);
      if (g == null) {
        return core;
      }
      if (g.twoPhaseIterator() != null) {
        throw new IllegalStateException("the given-name bonus must match exactly: " + given);
      }
      return new BonusScorer(this, core, g.iterator(), sum, bonus);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation e = in.explain(context, doc);
      if (!e.isMatch() || !given.explain(context, doc).isMatch()) {
        return e;
      }
      Explanation b = Explanation.match(bonus, "given-name bonus");
      return Explanation.match(e.getValue().floatValue() + bonus, "tokens and bonus:", e, b);
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return in.matches(context, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false; // scores are never cached; a count runs the tokens alone
    }
  }

  /** The tokens' scorer, and the bonus added for the persons it scores who have it. */
  private static final class BonusScorer extends Scorer {
    private final Scorer core;
    private final DocIdSetIterator given;
    private final Tally.Sum sum;
    private final float bonus;

    BonusScorer(Weight weight, Scorer core, DocIdSetIterator given, Tally.Sum sum, float bonus) {
      super(weight);
      this.core = core;
      this.given = given;
      this.sum = sum;
      this.bonus = bonus;
    }

    @Override
    public int docID() {
      return core.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return core.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return core.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      int doc = core.docID();
      sum.value = 0;
      float tokensScore = core.score();
      int at = given.docID();
      if (at < doc) {
        at = given.advance(doc);
      }
      // The tallied sum is the one Lucene rounded to tokensScore; round it once, bonus and all.
      return at == doc ? (float) (sum.value + bonus) : tokensScore;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return core.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return Math.nextUp(core.getMaxScore(upTo) + bonus);
    }

    /**
     * The tokens must reach the score less the bonus, less the rounding of the sum (a float's unit
     * in the last place, on the safe side).
     */
    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      double tokens = (double) minScore - bonus - Math.ulp(minScore);
      core.setMinCompetitiveScore(tokens <= 0 ? 0f : Math.nextDown((float) tokens));
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(core, "MUST"));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(Occur.SHOULD, this);
    tokens.forEach(q -> q.visit(v));
    given.visit(v);
  }

  @Override
  public String toString(String field) {
    return "bonus(" + tokens + " ≥" + minMatched + ", " + given.toString(field) + "^" + bonus + ")";
  }

  @Override
  public boolean equals(Object other) {
    if (!sameClassAs(other)) {
      return false;
    }
    GivenBonus o = (GivenBonus) other;
    return tokens.equals(o.tokens)
        && minMatched == o.minMatched
        && given.equals(o.given)
        && Float.compare(bonus, o.bonus) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), tokens, minMatched, given, bonus);
  }
}
