package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;

/**
 * The persons and scores of a name query among a few candidates of a segment ({@link
 * CandidateFilter}), worked out term by term instead of through Lucene's scorers.
 *
 * <p>Why: once {@link TierCandidates} leaves a handful of candidates (six in the median full Arabic
 * name), Lucene's walk over them was mostly fixed cost: a weight per term, alternative and clause,
 * then per segment a terms cursor and a postings enum opened for every term of every clause however
 * few candidates there are, and the scorer tree over them. Here each term the segment holds is
 * advanced once over the candidates, through one terms cursor and one reused postings enum per
 * field (a term with a kept set, {@link TermMatchSets}, is read from its bits; a term the page's
 * look-ups found absent from the segment costs nothing), into a bit per candidate; the query's
 * clauses combine those bits.
 *
 * <p>The scores are the bytes Lucene gives: every scored part of a name query is a constant (a
 * boosted {@link ConstantScoreQuery}), a token's clause takes the highest of its alternatives that
 * match ({@link DisjunctionMaxQuery} without tie-break, {@link CoveredClause}), and the query sums
 * the clauses that match in double and rounds once to float, as Lucene's disjunction and
 * conjunction scorers do. A query of any other shape (a score from term statistics, a tie-break,
 * required and optional scored clauses together, a query kind not known here) is left to Lucene:
 * {@link #of} gives null.
 */
final class CandidateScores {

  /**
   * Candidates in a segment up to which they are scored here; with more, Lucene's scorers run (they
   * skip persons who cannot enter the page once it is full, which pays when candidates are many).
   */
  static final int DIRECT_UP_TO = 256;

  /** What a person matches, without a score: a term, or a combination of matches. */
  sealed interface Match permits TermMatch, Combined, Everyone {}

  record TermMatch(Term term, TermStates states) implements Match {}

  /** All of {@code required}, at least {@code min} of {@code optional}, none of {@code not}. */
  record Combined(List<Match> required, List<Match> optional, int min, List<Match> not)
      implements Match {}

  record Everyone() implements Match {}

  /** A scored part: a constant for a match, the best of alternatives, a covered clause. */
  sealed interface Scored permits Constant, Best, Covered {}

  record Constant(Match match, float score) implements Scored {}

  record Best(List<Scored> alternatives) implements Scored {}

  record Covered(Scored driver, List<Scored> covered) implements Scored {}

  /** The query's scored clauses; a person matches at least {@code min} of them and all filters. */
  private final List<Scored> clauses;

  private final int min;
  private final List<Match> filters;
  private final List<Match> excluded;
  private final boolean needsScores;

  private CandidateScores(
      List<Scored> clauses, int min, List<Match> filters, List<Match> excluded, boolean scores) {
    this.clauses = clauses;
    this.min = min;
    this.filters = filters;
    this.excluded = excluded;
    this.needsScores = scores;
  }

  /**
   * The query as worked out here, with the boost its weight was made with, or null when it is of a
   * shape left to Lucene. The query need not be rewritten: what Lucene's rewriting changes in a
   * name query (a one-alternative disjunction replaced by its alternative, a filter's required
   * clauses made filters, nested disjunctions flattened) changes neither persons nor scores.
   */
  static CandidateScores of(Query query, ScoreMode mode, float boost) {
    if (!(query instanceof BooleanQuery b)) {
      Scored alone = scored(query, boost); // a query of one token is its clause
      return alone == null
          ? null
          : new CandidateScores(List.of(alone), 1, List.of(), List.of(), mode.needsScores());
    }
    List<Scored> should = new ArrayList<>();
    List<Scored> must = new ArrayList<>();
    List<Match> filters = new ArrayList<>();
    List<Match> excluded = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      switch (c.getOccur()) {
        case SHOULD -> should.add(scored(c.getQuery(), boost));
        case MUST -> must.add(scored(c.getQuery(), boost));
        case FILTER -> filters.add(match(c.getQuery()));
        case MUST_NOT -> excluded.add(match(c.getQuery()));
      }
    }
    if (should.contains(null) || must.contains(null) || filters.contains(null)) {
      return null;
    }
    if (excluded.contains(null) || (!should.isEmpty() && !must.isEmpty())) {
      return null; // required and optional scores are summed in two roundings by Lucene
    }
    if (!must.isEmpty()) {
      return new CandidateScores(must, must.size(), filters, excluded, mode.needsScores());
    }
    int msm = b.getMinimumNumberShouldMatch();
    int least = msm > 0 ? msm : filters.isEmpty() ? 1 : 0;
    return new CandidateScores(should, least, filters, excluded, mode.needsScores());
  }

  /** A scored part as Lucene scores it under {@code boost}, or null when not known here. */
  private static Scored scored(Query q, float boost) {
    if (q instanceof BoostQuery b) {
      return scored(b.getQuery(), b.getBoost() * boost);
    }
    if (q instanceof ConstantScoreQuery c) {
      Match m = match(c.getQuery());
      return m == null ? null : new Constant(m, boost);
    }
    if (q instanceof MatchNoDocsQuery) {
      return new Constant(nobody(), boost);
    }
    if (q instanceof DisjunctionMaxQuery d && d.getTieBreakerMultiplier() == 0f) {
      List<Scored> alternatives = new ArrayList<>();
      for (Query alternative : d.getDisjuncts()) {
        alternatives.add(scored(alternative, boost));
      }
      return alternatives.contains(null) ? null : new Best(alternatives);
    }
    if (q instanceof CoveredClause c) {
      Scored driver = scored(c.driver(), boost);
      List<Scored> covered = new ArrayList<>();
      for (Query alternative : c.covered()) {
        covered.add(scored(alternative, boost));
      }
      return driver == null || covered.contains(null) ? null : new Covered(driver, covered);
    }
    return null;
  }

  /** What the query matches, or null when not known here. */
  private static Match match(Query q) {
    if (q instanceof TermQuery t) {
      return new TermMatch(t.getTerm(), t.getTermStates());
    }
    if (q instanceof BoostQuery b) {
      return match(b.getQuery());
    }
    if (q instanceof ConstantScoreQuery c) {
      return match(c.getQuery());
    }
    if (q instanceof CoveredClause c) {
      return match(c.driver());
    }
    if (q instanceof MatchAllDocsQuery) {
      return new Everyone();
    }
    if (q instanceof MatchNoDocsQuery) {
      return nobody();
    }
    if (q instanceof DisjunctionMaxQuery d) {
      return combined(List.of(), List.copyOf(d.getDisjuncts()), 1, List.of());
    }
    if (q instanceof BooleanQuery b) {
      List<Query> required = new ArrayList<>();
      List<Query> optional = new ArrayList<>();
      List<Query> not = new ArrayList<>();
      for (BooleanClause c : b.clauses()) {
        (c.isRequired() ? required : c.isProhibited() ? not : optional).add(c.getQuery());
      }
      int msm = b.getMinimumNumberShouldMatch();
      return combined(required, optional, msm > 0 ? msm : required.isEmpty() ? 1 : 0, not);
    }
    return null;
  }

  private static Match combined(
      List<Query> required, List<Query> optional, int min, List<Query> not) {
    List<Match> r = required.stream().map(CandidateScores::match).toList();
    List<Match> o = optional.stream().map(CandidateScores::match).toList();
    List<Match> n = not.stream().map(CandidateScores::match).toList();
    boolean known = !r.contains(null) && !o.contains(null) && !n.contains(null);
    return known ? new Combined(r, o, min, n) : null;
  }

  private static Match nobody() {
    return new Combined(List.of(), List.of(), 1, List.of());
  }

  /** The scored clauses, in the query's order. */
  List<Scored> clauses() {
    return clauses;
  }

  /** Whether the query is its scored clauses alone: no filter, no excluded part. */
  boolean clausesOnly() {
    return filters.isEmpty() && excluded.isEmpty();
  }

  /**
   * The highest score the part can give a person: a constant's, the best of alternatives', a
   * covered clause's driver or covered alternatives'.
   */
  static float ceiling(Scored part) {
    if (part instanceof Constant c) {
      return c.score();
    }
    float top = 0f;
    if (part instanceof Best b) {
      for (Scored alternative : b.alternatives()) {
        top = Math.max(top, ceiling(alternative));
      }
      return top;
    }
    Covered c = (Covered) part;
    top = ceiling(c.driver());
    for (Scored alternative : c.covered()) {
      top = Math.max(top, ceiling(alternative));
    }
    return top;
  }

  /** The candidates that match, in order, with their scores (zero without scores). */
  record Found(int[] docs, float[] scores, float maxScore) {}

  /**
   * The candidates of the segment (sorted) that the query matches, with their scores; the kept sets
   * of {@code kept} answer for their terms.
   */
  Found among(LeafReaderContext segment, int[] candidates, TermMatchSets kept) throws IOException {
    return among(segment, candidates, kept, Map.of());
  }

  /**
   * As {@link #among(LeafReaderContext, int[], TermMatchSets)}, the rare terms' persons of {@code
   * held} (by term, sorted: {@link TierCandidates#held}) answering for their terms.
   */
  Found among(
      LeafReaderContext segment, int[] candidates, TermMatchSets kept, Map<Term, int[]> held)
      throws IOException {
    CandidateBits among = new CandidateBits(segment, candidates, kept, held);
    int n = candidates.length;
    long[] all = among.of(new Everyone());
    for (Match f : filters) {
      CandidateBits.and(all, among.of(f));
    }
    for (Match e : excluded) {
      CandidateBits.andNot(all, among.of(e));
    }
    int[] matched = new int[n];
    double[] sums = new double[n];
    float[] score = new float[n];
    for (Scored clause : clauses) {
      long[] m = among.scored(clause, score);
      for (int i = 0; i < n; i++) {
        if (CandidateBits.isSet(m, i)) {
          matched[i]++;
          sums[i] += score[i];
        }
      }
    }
    int count = 0;
    int[] docs = new int[n];
    float[] scores = new float[n];
    float max = 0f;
    for (int i = 0; i < n; i++) {
      if (CandidateBits.isSet(all, i) && matched[i] >= min) {
        docs[count] = candidates[i];
        scores[count] = needsScores ? (float) sums[i] : 0f;
        max = Math.max(max, scores[count]);
        count++;
      }
    }
    return new Found(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count), max);
  }
}
