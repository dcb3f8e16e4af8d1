package org.sijil.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The candidates of a name query of n ≥ 3 Arabic tokens run with all tokens but one required (a
 * missing grandfather, or a name the other list lacks), where most of the cost lies: WAND walks
 * every posting of two token clauses' skeleton unions to find the few dozen persons of the page.
 *
 * <p>Token clause i matches a person by its skeleton term S_i or by one of its other walked
 * alternatives U_i (readings, compound parts, the crossings into Latin names; the written form and
 * given name are within S_i, see {@link CoveredClause}). A person matching n−1 clauses matches two
 * of them by skeleton, and then has the pair term of those two skeletons ({@link
 * Fields#SKELETON_PAIRS}), or at most one, and then matches n−2 clauses by their U. So the union of
 * the query's skeleton pairs and of the persons in n−2 of the U_i holds every person of the tier
 * ({@link CandidateFilter}); it is built only when every token has a skeleton of its own (two
 * tokens of one skeleton would need no pair).
 */
final class TierCandidates {

  private final List<String> skeletons = new ArrayList<>();
  private final List<List<Query>> uncovered = new ArrayList<>();

  /**
   * One query token's clause, in order.
   *
   * @param foldedSkeleton the skeleton term it walks, as indexed; null or empty when none
   * @param others its other walked alternatives, scores aside
   */
  void token(String foldedSkeleton, List<Query> others) {
    skeletons.add(foldedSkeleton);
    uncovered.add(List.copyOf(others));
  }

  /**
   * The query run on the candidates only, or the query itself when they cannot be bounded this way:
   * fewer than three tokens, not exactly one token allowed missing, a token without a skeleton (a
   * Latin query), or two tokens of one skeleton.
   */
  Query filter(Query query, int minMatched, NameAnalyzer analyzer, PageTerms terms) {
    int n = skeletons.size();
    if (n < Searching.MISSING_ONE_FROM || minMatched != n - 1 || !distinctSkeletons()) {
      return query;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        String pair = NameTerms.skeletonPair(skeletons.get(i), skeletons.get(j));
        Term term =
            new Term(Fields.SKELETON_PAIRS, terms.term(analyzer, Fields.SKELETON_PAIRS, pair));
        any.add(terms.query(term), Occur.SHOULD);
      }
    }
    Query others = inAtLeast(n - 2);
    if (others != null) {
      any.add(others, Occur.SHOULD);
    }
    return new CandidateFilter(query, any.build());
  }

  private boolean distinctSkeletons() {
    for (String s : skeletons) {
      if (s == null || s.isEmpty()) {
        return false;
      }
    }
    return new HashSet<>(skeletons).size() == skeletons.size();
  }

  /** Persons matching at least {@code k} tokens by their other alternatives; null for none. */
  private Query inAtLeast(int k) {
    List<Query> unions = new ArrayList<>();
    for (List<Query> u : uncovered) {
      if (!u.isEmpty()) {
        unions.add(union(u));
      }
    }
    if (unions.size() < k) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    unions.forEach(u -> b.add(u, Occur.SHOULD));
    if (k > 1) {
      b.setMinimumNumberShouldMatch(k);
    }
    return b.build();
  }

  private static Query union(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }
}
