package org.sijil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A searcher over the same reader for the weights of one page's reasons, looking each term up once
 * per segment however many of the page's alternatives hold it: every cross-script alternative holds
 * the same {@code scripts} filter term, which each looked up again. Terms are looked up lazily, per
 * segment ({@link TermStates#build} without statistics), as a term query without scores does; a
 * query needing scores is left as it is. One instance per page and thread; no query cache, as the
 * reasons' own weights never had one.
 */
final class SharedTerms extends IndexSearcher {

  private final Map<Term, TermStates> looked = new HashMap<>();
  private final TermLookups lookups;

  SharedTerms(IndexSearcher s) {
    super(s.getIndexReader());
    setQueryCache(null);
    setSimilarity(s.getSimilarity());
    lookups = new TermLookups(this);
  }

  @Override
  public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
    if (query instanceof TermQuery t && !scoreMode.needsScores() && t.getTermStates() == null) {
      TermStates states = looked.get(t.getTerm());
      if (states == null) {
        states = lookups.states(t.getTerm());
        looked.put(t.getTerm(), states);
      }
      return super.createWeight(new TermQuery(t.getTerm(), states), scoreMode, boost);
    }
    return super.createWeight(query, scoreMode, boost);
  }
}
