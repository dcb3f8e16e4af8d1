package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
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
 * A query token's clause whose strongest alternatives match only persons its {@code driver} matches
 * too: the clause's persons are the driver's, and its score the highest of the driver's and of the
 * covered alternatives that match (what one {@link org.apache.lucene.search.DisjunctionMaxQuery}
 * over all of them gives).
 *
 * <p>Why: a token as written (and as the person's given name) is always indexed with its consonant
 * skeleton (Arabic) or its phonetic keys (Latin), made from the same token by the same functions as
 * the query's (see {@link Queries}), so every person with the written term also has the skeleton or
 * key term. A union of both walked the written postings beside the others for nothing: a full
 * name's n−1 tier walks every posting of two tokens' clauses. Here only the driver is walked, and
 * the covered alternatives are advanced to a person only when the person's score is asked for (the
 * few candidates that match enough tokens), so their postings are mostly skipped.
 */
final class CoveredClause extends Query {

  private final Query driver;
  private final List<Query> covered;

  /**
   * @param driver what the clause matches
   * @param covered alternatives matching only persons the driver matches, scored by their weight
   */
  CoveredClause(Query driver, List<Query> covered) {
    this.driver = Objects.requireNonNull(driver);
    this.covered = List.copyOf(covered);
  }

  /** What the clause matches: every person of a covered alternative is a person of it. */
  Query driver() {
    return driver;
  }

  /** The alternatives that match only persons of the driver, and may score them higher. */
  List<Query> covered() {
    return covered;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query d = driver.rewrite(searcher);
    List<Query> c = new ArrayList<>();
    for (Query q : covered) {
      c.add(q.rewrite(searcher));
    }
    if (d == driver && c.equals(covered)) {
      return super.rewrite(searcher);
    }
    return new CoveredClause(d, c);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight d = searcher.createWeight(driver, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return d; // the covered alternatives match no one the driver does not
    }
    List<Weight> c = new ArrayList<>();
    for (Query q : covered) {
      c.add(searcher.createWeight(q, scoreMode, boost));
    }
    return new CoveredWeight(this, d, c);
  }

  private static final class CoveredWeight extends Weight {
    private final Weight driver;
    private final List<Weight> covered;

    CoveredWeight(Query query, Weight driver, List<Weight> covered) {
      super(query);
      this.driver = driver;
      this.covered = covered;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      Scorer d = driver.scorer(context);
      if (d == null) {
        return null;
      }
      List<Scorer> c = new ArrayList<>();
      for (Weight w : covered) {
        Scorer s = w.scorer(context);
        if (s != null) {
          if (s.twoPhaseIterator() != null) {
            // score() reads a covered scorer as matching once it is on the person: an approximate
            // match would add scores the person does not have.
            throw new IllegalStateException(
                "a covered alternative must match exactly, not in two phases: " + w.getQuery());
          }
          c.add(s);
        }
      }
      return c.isEmpty() ? d : new CoveredScorer(this, d, c.toArray(new Scorer[0]));
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation best = driver.explain(context, doc);
      if (!best.isMatch()) {
        return best;
      }
      for (Weight w : covered) {
        Explanation e = w.explain(context, doc);
        if (e.isMatch() && e.getValue().floatValue() > best.getValue().floatValue()) {
          best = e;
        }
      }
      return Explanation.match(best.getValue(), "max of the driver and covered:", best);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return driver.isCacheable(ctx) && covered.stream().allMatch(w -> w.isCacheable(ctx));
    }
  }

  /** The driver's iterator; the covered scorers advanced lazily, only for a score. */
  private static final class CoveredScorer extends Scorer {
    private final Scorer driver;
    private final Scorer[] covered;

    CoveredScorer(Weight weight, Scorer driver, Scorer[] covered) {
      super(weight);
      this.driver = driver;
      this.covered = covered;
    }

    @Override
    public int docID() {
      return driver.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return driver.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return driver.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      int doc = driver.docID();
      float best = driver.score();
      for (Scorer c : covered) {
        int at = c.docID();
        if (at < doc) {
          at = c.iterator().advance(doc);
        }
        if (at == doc) {
          // Exact matches only (checked in scorer()): being on the person is matching.
          best = Math.max(best, c.score());
        }
      }
      return best;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      int upTo = driver.advanceShallow(target);
      for (Scorer c : covered) {
        upTo = Math.min(upTo, c.advanceShallow(target));
      }
      return upTo;
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float max = driver.getMaxScore(upTo);
      for (Scorer c : covered) {
        max = Math.max(max, c.getMaxScore(upTo));
      }
      return max;
    }

    /**
     * Passed on only when no covered alternative could reach the score: otherwise a person the
     * driver scores below it may still be competitive by a covered alternative.
     */
    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      for (Scorer c : covered) {
        if (c.getMaxScore(DocIdSetIterator.NO_MORE_DOCS) >= minScore) {
          return;
        }
      }
      driver.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      List<ChildScorable> out = new ArrayList<>();
      out.add(new ChildScorable(driver, "MUST"));
      for (Scorer c : covered) {
        out.add(new ChildScorable(c, "SHOULD"));
      }
      return out;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(Occur.SHOULD, this);
    driver.visit(v);
    covered.forEach(q -> q.visit(v));
  }

  @Override
  public String toString(String field) {
    return "covered(" + driver.toString(field) + " ⊇ " + covered + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && driver.equals(((CoveredClause) other).driver)
        && covered.equals(((CoveredClause) other).covered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), driver, covered);
  }
}
