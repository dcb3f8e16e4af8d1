package org.sijil.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers sharing one query cache sized for name tokens. A name query is a conjunction (or an
 * "all but one") of tokens, each the union of 10–20 index terms (readings, variants, keys); common
 * tokens (given and father names) come back in request after request, and walking their union means
 * merging a dozen long postings lists. Lucene's default cache (32 MB) declines a union that costs
 * more than ten times the rarest clause it is advanced with ({@code skipCacheFactor}), which is
 * exactly a common given name next to a rare family name, so it caches almost nothing here. This
 * cache keeps a union as a bit set per segment once Lucene's usage policy (unchanged) has seen it
 * often enough (a union four times among the last 256 cacheable clauses), whatever its cost:
 * building it is paid once, and a common token is then advanced in constant time. It caches which
 * persons carry a token, not results: a token seen rarely is never cached, and the least recently
 * used fall out.
 */
final class TokenCache {

  /** Cached unions at most (each up to one bit per person and segment). */
  static final int MAX_QUERIES = 4096;

  /** Share of the heap the cache may hold: 1/{@value}. */
  static final int HEAP_SHARE = 16;

  /** The cache holds at most this many bytes whatever the heap. */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private TokenCache() {}

  /** A searcher factory whose searchers share one cache sized for a heap of {@code maxHeap}. */
  static SearcherFactory searchers(long maxHeap) {
    LRUQueryCache cache =
        new LRUQueryCache(MAX_QUERIES, bytesFor(maxHeap), leaf -> true, Float.POSITIVE_INFINITY);
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setQueryCache(cache);
        return s;
      }
    };
  }

  /** The cache's budget for a heap of {@code maxHeap} bytes. */
  static long bytesFor(long maxHeap) {
    return Math.min(MAX_BYTES, maxHeap / HEAP_SHARE);
  }
}
