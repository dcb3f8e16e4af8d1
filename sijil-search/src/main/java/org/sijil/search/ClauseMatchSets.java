package org.sijil.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The persons each common query token's clause matches, per index segment, kept across requests as
 * bitsets. Names are Zipfian: "محمد", "احمد" or "Mohammed" are in most queries, and the "all tokens
 * but one" tier spent most of its time walking their unions of alternatives to find the few persons
 * of the page; with the sets kept, the tier's candidates are a few word-wise bit operations ({@link
 * TierCandidates}).
 *
 * <p>Entries are keyed by the segment's core (deletions do not change what a clause's postings
 * match: deleted persons are dropped when hits are collected) and the clause's query, whose
 * equality is by value. They go, least recently used first, when the sets exceed the byte budget,
 * and all of a segment's go when the segment closes (after a merge or a sync). One instance per
 * searcher owner; safe for concurrent requests: a set is built outside the lock, and two requests
 * building the same one at once both keep an equal set.
 */
final class ClauseMatchSets {

  /**
   * The default budget, 128 MB: a set of a segment of a million persons takes 125 kB, so this holds
   * about a thousand clause-segment pairs, the few hundred common tokens (a token's first-position
   * clause, with the given-name bonus, is another clause) over a handful of segments, at a
   * sixteenth of the server's 2 GB heap.
   */
  static final long DEFAULT_BYTES = 128L << 20;

  private record Key(Object core, Query clause) {}

  private final long budget;
  private final Map<Key, FixedBitSet> sets = new LinkedHashMap<>(64, 0.75f, true);
  private final Set<Object> watchedCores = new HashSet<>();
  private long bytes;

  /** Sets kept up to {@code budgetBytes} bytes in all. */
  ClauseMatchSets(long budgetBytes) {
    this.budget = budgetBytes;
  }

  /** The kept match set of the clause in the segment, or null. */
  FixedBitSet get(LeafReaderContext segment, Query clause) {
    Object core = core(segment);
    if (core == null) {
      return null;
    }
    synchronized (this) {
      return sets.get(new Key(core, clause));
    }
  }

  /** Keeps the clause's match set in the segment (not when the segment cannot be told apart). */
  void put(LeafReaderContext segment, Query clause, FixedBitSet matches) {
    IndexReader.CacheHelper helper = segment.reader().getCoreCacheHelper();
    if (helper == null) {
      return;
    }
    Object core = helper.getKey();
    long size = matches.ramBytesUsed();
    boolean watch;
    synchronized (this) {
      FixedBitSet old = sets.put(new Key(core, clause), matches);
      bytes += size - (old == null ? 0 : old.ramBytesUsed());
      evictOverBudget();
      watch = watchedCores.add(core);
    }
    if (watch) {
      helper.addClosedListener(this::dropCore);
    }
  }

  /** Bytes the kept sets take. */
  synchronized long bytes() {
    return bytes;
  }

  /** Sets kept. */
  synchronized int size() {
    return sets.size();
  }

  private static Object core(LeafReaderContext segment) {
    IndexReader.CacheHelper helper = segment.reader().getCoreCacheHelper();
    return helper == null ? null : helper.getKey();
  }

  private void evictOverBudget() {
    Iterator<Map.Entry<Key, FixedBitSet>> eldest = sets.entrySet().iterator();
    while (bytes > budget && eldest.hasNext()) {
      bytes -= eldest.next().getValue().ramBytesUsed();
      eldest.remove();
    }
  }

  private synchronized void dropCore(IndexReader.CacheKey core) {
    List<Key> gone = new ArrayList<>();
    for (Map.Entry<Key, FixedBitSet> e : sets.entrySet()) {
      if (e.getKey().core() == core) {
        gone.add(e.getKey());
      }
    }
    for (Key k : gone) {
      bytes -= sets.remove(k).ramBytesUsed();
    }
    watchedCores.remove(core);
  }
}
