package org.sijil.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * What a page's terms cost in the index, kept from page to page for one index version: each term's
 * per-segment states ({@link TermLookups}) and each typo alternative's rewritten query (its
 * Levenshtein automaton walked over the terms dictionary). Both depend only on the term and the
 * reader, and names are Zipfian, so most of a page's terms were looked up by an earlier page: the
 * look-ups and the rewrites were half of the CPU and of the heap of building a page's queries (JFR,
 * docs/benchmarks.md "Session 19, h-qbuild"). The analyzed form of each query text is kept beside
 * them ({@link ForReader#term}). The queries are the same objects as without it: a {@link
 * org.apache.lucene.search.TermQuery} is equal by its term alone, and the states kept are those the
 * page would have made (built without a term, so Lucene only reads them).
 *
 * <p>Bounded: each map holds at most {@link #LIMIT} (rewrites: {@link #REWRITE_LIMIT}) entries and
 * is emptied when full (the common names come back within a few pages). Kept for one reader at a
 * time: a page on another reader (the index was reopened) starts new maps, so states are never used
 * with a reader they were not made for. Held by the search instance; safe for concurrent pages.
 */
final class KeptTerms {

  /**
   * Entries of each of the term maps (states, analyzed texts) kept at most. 40,000 fresh queries of
   * the seven kinds at 1M look up 108,000 distinct terms; a kept entry holds some 260 bytes (94.5
   * MB for 359,482 entries of all maps, docs/benchmarks.md), so the bounds hold about 110 MB.
   */
  static final int LIMIT = 200_000;

  /**
   * Typo rewrites kept at most: each up to {@link Queries#TYPO_TERMS} term queries with their
   * states (a few KB); 40,000 fresh queries make 4,100 distinct ones.
   */
  static final int REWRITE_LIMIT = 5_000;

  private final AtomicReference<ForReader> current = new AtomicReference<>();

  /** A query text of a field. */
  record FieldText(String field, String text) {}

  /** The kept terms of one reader (one index version). */
  static final class ForReader {

    private final IndexReaderContext top;
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();
    private final Map<Query, Query> rewritten = new ConcurrentHashMap<>();
    private final Map<FieldText, BytesRef> analyzed = new ConcurrentHashMap<>();

    private ForReader(IndexReaderContext top) {
      this.top = top;
    }

    /** The term's states, looked up with {@code lookup} when not kept. */
    TermStates states(Term term, Function<Term, TermStates> lookup) {
      return kept(states, term, lookup, LIMIT);
    }

    /** The query rewritten, with {@code rewrite} when not kept. */
    Query rewritten(Query q, Function<Query, Query> rewrite) {
      return kept(rewritten, q, rewrite, REWRITE_LIMIT);
    }

    /**
     * The indexed form of a query text in the field, made with {@code analyze} when not kept: each
     * ICU folding builds a token stream and its attributes, 7 % of building a page's queries. A
     * {@link NameAnalyzer} has no settings, so the field and text decide the bytes; they are shared
     * and only read.
     */
    BytesRef term(String field, String text, Function<FieldText, BytesRef> analyze) {
      return kept(analyzed, new FieldText(field, text), analyze, LIMIT);
    }

    int size() {
      return states.size() + rewritten.size() + analyzed.size();
    }

    private static <K, V> V kept(Map<K, V> map, K key, Function<K, V> make, int limit) {
      V v = map.get(key);
      if (v == null) {
        v = make.apply(key); // outside the map: a look-up must not block other pages' keys
        if (map.size() >= limit) {
          map.clear();
        }
        map.put(key, v);
      }
      return v;
    }
  }

  /** The kept terms of the searcher's reader; new ones when the reader changed. */
  ForReader of(IndexSearcher searcher) {
    IndexReaderContext top = searcher.getTopReaderContext();
    ForReader f = current.get();
    if (f == null || f.top != top) {
      f = new ForReader(top);
      current.set(f);
    }
    return f;
  }
}
