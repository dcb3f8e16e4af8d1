package org.sijil.search;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.FixedBitSet;

/**
 * The persons of each common indexed term, per index segment, kept across requests as bitsets, and
 * the per-request scratch words the candidates of {@link TierCandidates} are counted in.
 *
 * <p>Why per term and not per query clause: a clause is a token with its position's extras and its
 * readings, so clauses multiply with the queries (4,200 queries needed 5,899 clause sets, ~370 MB,
 * at 1M persons), while the terms with at least a {@link TierCandidates#COMMON_SHARE}th of a
 * segment are few and shared by every query (the skeletons and keys of common given names: 534 over
 * every field of the 1M-person index, 34 MB at 125 kB per million persons).
 *
 * <p>A term's set is made on its second use in a segment ({@link #admit}), so a one-off query never
 * pays for a set it would not reuse. Sets go, least recently used first, over the byte budget, and
 * all of a segment's go when the segment closes (after a merge or a sync). One instance per
 * searcher owner; safe for concurrent requests: a set is built outside the lock, and two requests
 * building the same one at once both keep an equal set.
 */
final class TermMatchSets {

  /**
   * The default budget, 64 MB: the whole common vocabulary of the 1M-person index (34 MB over every
   * field, about half of it in fields a name query never asks) with room for a register twice that
   * size, at a thirty-second of the server's 2 GB heap.
   */
  static final long DEFAULT_BYTES = 64L << 20;

  /** Uses counted before the count is started over: common terms are a few hundred a segment. */
  private static final int COUNTED_TERMS = 20_000;

  /**
   * Scratch word arrays kept for reuse at most: a request borrows one per common clause and one for
   * its candidates, so 64 serve 32 concurrent full names on one segment (8 MB at 1M persons).
   */
  private static final int SPARE_SCRATCH = 64;

  private record Key(Object core, Term term) {}

  private final long budget;
  private final Map<Key, FixedBitSet> sets = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<Key, Integer> uses = new HashMap<>();
  private final Set<Object> watchedCores = new HashSet<>();
  private final ArrayDeque<long[]> spare = new ArrayDeque<>();
  private long bytes;

  /** Scratch is made this long at least, so that any kept array serves any segment. */
  private int largestWords;

  /** Sets kept up to {@code budgetBytes} bytes in all. */
  TermMatchSets(long budgetBytes) {
    this.budget = budgetBytes;
  }

  /** The kept set of the term in the segment's core, or null. */
  synchronized FixedBitSet get(Object core, Term term) {
    return sets.get(new Key(core, term));
  }

  /** Counts a use of a common term without a kept set; true from its second use on. */
  synchronized boolean admit(Object core, Term term) {
    if (uses.size() >= COUNTED_TERMS) {
      uses.clear();
    }
    return uses.merge(new Key(core, term), 1, Integer::sum) >= 2;
  }

  /** Keeps the term's set in the segment whose core cache helper is given. */
  void put(IndexReader.CacheHelper segment, Term term, FixedBitSet matches) {
    Object core = segment.getKey();
    long size = matches.ramBytesUsed();
    boolean watch;
    synchronized (this) {
      Key key = new Key(core, term);
      uses.remove(key);
      FixedBitSet old = sets.put(key, matches);
      bytes += size - (old == null ? 0 : old.ramBytesUsed());
      evictOverBudget();
      watch = watchedCores.add(core);
    }
    if (watch) {
      segment.addClosedListener(this::dropCore);
    }
  }

  /** Zeroed scratch of at least {@code words} words, to be given back when done. */
  long[] borrow(int words) {
    long[] found;
    synchronized (this) {
      largestWords = Math.max(largestWords, words);
      found = spare.poll();
    }
    if (found == null || found.length < words) {
      return new long[Math.max(words, largestWords)];
    }
    Arrays.fill(found, 0, words, 0L);
    return found;
  }

  /** Gives back scratch from {@link #borrow}. */
  synchronized void giveBack(long[] scratch) {
    if (spare.size() < SPARE_SCRATCH && scratch.length >= largestWords) {
      spare.push(scratch);
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

  private void evictOverBudget() {
    Iterator<Map.Entry<Key, FixedBitSet>> eldest = sets.entrySet().iterator();
    while (bytes > budget && eldest.hasNext()) {
      bytes -= eldest.next().getValue().ramBytesUsed();
      eldest.remove();
    }
  }

  private synchronized void dropCore(IndexReader.CacheKey core) {
    Iterator<Map.Entry<Key, FixedBitSet>> it = sets.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, FixedBitSet> e = it.next();
      if (e.getKey().core() == core) {
        bytes -= e.getValue().ramBytesUsed();
        it.remove();
      }
    }
    uses.keySet().removeIf(k -> k.core() == core);
    watchedCores.remove(core);
  }
}
