package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * The persons matching all token clauses of a name query but one, or more (a superset of the "all
 * tokens but one" tier's persons), made per segment from the kept sets of common indexed terms
 * ({@link TermMatchSets}): the candidates of {@link CandidateFilter}.
 *
 * <p>Why: that tier's persons are few (a full Arabic name's median is 8 a page), and WAND found
 * them by walking every posting of two common tokens' unions of alternatives, tens of thousands a
 * page. A clause matches at most the union of the terms it asks (its driver's alone when it is a
 * {@link CoveredClause}; a cross-script alternative's terms or its filter term, whichever is rarer
 * in the segment), so its set is the OR of its common terms' kept sets and its rare terms'
 * postings; the tier is then counted word-wise ({@link TierBits}). When a common term of the query
 * has no set yet in a segment, the query runs there alone: making a set costs every posting of the
 * term, paid only on its second use.
 */
final class TierCandidates {

  /** A term is common, and its set kept, from this share of the segment's persons. */
  static final int COMMON_SHARE = 64;

  /**
   * A clause's rare persons are set in words, not listed, from this share of the segment's persons
   * (a quarter of a person a word): at 1M persons a full name's rare clauses list 2,351 persons
   * (median, p90 5,906), and gathering, sorting, copying and merging such lists cost more than
   * zeroing the segment's words, setting their bits and counting the tier word by word.
   */
  static final int LISTED_SHARE = 256;

  private final List<ClauseTerms> clauses;
  private final int need;
  private final TermMatchSets kept;

  /** Each segment's candidates once made ({@link #candidatesOnce}); {@link #ALONE} for none. */
  private final Map<LeafReaderContext, int[]> made = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Each segment's rare terms' persons as making its candidates decoded them ({@link
   * SegmentCursors#hold}), kept where the candidates are few enough to be scored directly ({@link
   * CandidateScores#DIRECT_UP_TO}): which candidate holds a term is then found in its list, not by
   * seeking the term and advancing its postings a second time.
   */
  private final Map<LeafReaderContext, Map<Term, int[]>> held =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A rare term's persons are held for the scorers up to this many: a longer list costs more heap
   * to copy than seeking the term and advancing its postings over a few candidates (at 1M, holding
   * every decoded list took 25-100 KB more a full name's page).
   */
  static final int HELD_UP_TO = 512;

  /** Made for a segment where the query runs alone (its candidates are null). */
  private static final int[] ALONE = new int[0];

  /**
   * The states of the query's terms as the page's look-ups made them ({@link PageTerms}): a term is
   * found in a segment from its state, without seeking it again in the terms dictionary.
   */
  private final Map<Term, TermStates> states;

  private TierCandidates(
      List<ClauseTerms> clauses, int need, TermMatchSets kept, Map<Term, TermStates> states) {
    this.clauses = clauses;
    this.need = need;
    this.kept = kept;
    this.states = states;
  }

  /** The rare terms' persons decoded in making the segment's candidates, by term; may be empty. */
  Map<Term, int[]> held(LeafReaderContext segment) {
    return held.getOrDefault(segment, Map.of());
  }

  /** The kept sets the candidates are made from. */
  TermMatchSets kept() {
    return kept;
  }

  /**
   * The query run on its candidates when it is an "all tokens but one" tier (three clauses or more,
   * all optional, all but one required) of clauses made of terms only, otherwise the query itself.
   */
  static Query tier(Query query, TermMatchSets kept) {
    if (!(query instanceof BooleanQuery b)) {
      return query;
    }
    int n = b.clauses().size();
    boolean allOptional =
        b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
    if (n < Searching.MISSING_ONE_FROM
        || !allOptional
        || b.getMinimumNumberShouldMatch() != n - 1) {
      return query;
    }
    List<ClauseTerms> clauses = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      ClauseTerms terms = ClauseTerms.of(c.getQuery());
      if (terms == null) {
        return query;
      }
      clauses.add(terms);
    }
    return new CandidateFilter(query, new TierCandidates(clauses, n - 1, kept, states(query)));
  }

  /** The states of the query's term queries that carry them. */
  private static Map<Term, TermStates> states(Query query) {
    Map<Term, TermStates> states = new HashMap<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            if (query instanceof TermQuery t && t.getTermStates() != null) {
              states.put(t.getTerm(), t.getTermStates());
            }
          }
        });
    return states;
  }

  /**
   * {@link #candidates}, made once per segment for this query: the page's top ({@link RareFirst})
   * and the walk it may leave to Lucene ask for the same segments, and making them counts the uses
   * of common terms without kept sets. The arrays are shared: not to be changed.
   */
  int[] candidatesOnce(LeafReaderContext segment) throws IOException {
    int[] c = made.get(segment);
    if (c == null) {
      int[] fresh = candidates(segment);
      c = fresh == null ? ALONE : fresh;
      made.put(segment, c);
    }
    return c == ALONE ? null : c;
  }

  /**
   * The segment's candidates in order, or null when the query must run alone there (a segment
   * without a core key, or a common term whose set is not kept yet).
   */
  int[] candidates(LeafReaderContext segment) throws IOException {
    IndexReader.CacheHelper helper = segment.reader().getCoreCacheHelper();
    if (helper == null) {
      return null; // a wrapping reader (the benchmarks' counting one): nothing can be kept
    }
    int maxDoc = segment.reader().maxDoc();
    int words = FixedBitSet.bits2words(maxDoc);
    List<long[]> common = new ArrayList<>();
    List<int[]> rare = new ArrayList<>();
    try {
      SegmentCursors cursors = new SegmentCursors(segment, states);
      boolean missing = false;
      for (ClauseTerms c : clauses) {
        List<Term> clause = c.inSegment(cursors);
        if (missing) {
          countUses(segment, helper, clause, cursors); // so that they are admitted together
        } else {
          missing = !addClause(segment, helper, clause, cursors, words, common, rare);
        }
      }
      if (missing) {
        return null;
      }
      long[] tier = kept.borrow(words);
      common.add(tier); // given back with the clauses' scratch
      TierBits.atLeast(
          common.subList(0, common.size() - 1), rare, need, clauses.size(), tier, words);
      int[] docs = TierBits.docs(tier, words);
      if (docs.length <= CandidateScores.DIRECT_UP_TO) {
        held.put(segment, cursors.held());
      }
      return docs;
    } finally {
      common.forEach(kept::giveBack);
    }
  }

  /**
   * Adds the clause's persons in the segment to {@code common} (as scratch words, when the clause
   * has a common term or many persons) or to {@code rare} (sorted); false when a common term has no
   * kept set.
   */
  private boolean addClause(
      LeafReaderContext segment,
      IndexReader.CacheHelper helper,
      List<Term> clause,
      SegmentCursors cursors,
      int words,
      List<long[]> common,
      List<int[]> rare)
      throws IOException {
    int maxDoc = segment.reader().maxDoc();
    long[] union = null;
    int[] docs = null;
    int n = 0;
    int lists = 0; // rare terms gathered in docs: one term's persons are sorted and distinct
    for (Term t : clause) {
      FixedBitSet set = kept.get(helper.getKey(), t);
      if (set == null) {
        TermsEnum cursor = cursors.seek(t);
        if (cursor == null) {
          continue;
        }
        if ((long) cursor.docFreq() * COMMON_SHARE < maxDoc) {
          if (union == null && (long) (n + cursor.docFreq()) * LISTED_SHARE >= maxDoc) {
            union = kept.borrow(words); // many rare persons: words from here on, no long list
          }
          PostingsEnum p = cursors.postings(t.field(), cursor);
          if (union != null) {
            setAll(p, union);
            continue;
          }
          docs = cursors.gathered();
          int from = n;
          for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            docs[n++] = d;
          }
          if (n - from <= HELD_UP_TO) {
            cursors.hold(t, Arrays.copyOfRange(docs, from, n));
          }
          lists++;
          continue;
        }
        if (!kept.admit(helper.getKey(), t)) {
          if (union != null) {
            kept.giveBack(union);
          }
          countUses(segment, helper, clause.subList(clause.indexOf(t) + 1, clause.size()), cursors);
          return false;
        }
        set = setOf(cursor, maxDoc);
        kept.put(helper, t, set);
      }
      if (union == null) {
        union = kept.borrow(words);
      }
      TierBits.or(union, set.getBits(), words);
    }
    if (union == null) {
      if (lists > 1) {
        Arrays.sort(docs, 0, n);
      }
      rare.add(n == 0 ? new int[0] : TierBits.distinct(docs, n));
    } else {
      for (int i = 0; i < n; i++) {
        union[docs[i] >> 6] |= 1L << docs[i];
      }
      common.add(union);
    }
    return true;
  }

  private static void setAll(PostingsEnum p, long[] words) throws IOException {
    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
      words[d >> 6] |= 1L << d;
    }
  }

  /** Counts a use of each of the terms that is common in the segment and has no kept set. */
  private void countUses(
      LeafReaderContext segment,
      IndexReader.CacheHelper helper,
      List<Term> terms,
      SegmentCursors cursors)
      throws IOException {
    int maxDoc = segment.reader().maxDoc();
    for (Term t : terms) {
      if (kept.get(helper.getKey(), t) == null) {
        TermsEnum cursor = cursors.seek(t);
        if (cursor != null && (long) cursor.docFreq() * COMMON_SHARE >= maxDoc) {
          kept.admit(helper.getKey(), t);
        }
      }
    }
  }

  private static FixedBitSet setOf(TermsEnum cursor, int maxDoc) throws IOException {
    FixedBitSet set = new FixedBitSet(maxDoc);
    PostingsEnum p = cursor.postings(null, PostingsEnum.NONE);
    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
      set.set(d);
    }
    return set;
  }

  @Override
  public String toString() {
    return "tier(" + clauses + ", " + need + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TierCandidates t
        && clauses.equals(t.clauses)
        && need == t.need
        && kept == t.kept;
  }

  @Override
  public int hashCode() {
    return 31 * clauses.hashCode() + need;
  }
}
