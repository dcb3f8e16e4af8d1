package org.sijil.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.sijil.core.names.ComparableName;

/**
 * The shown names of hits the re-ranking met before, kept by doc id for one index version: a kept
 * hit costs an array read, where it cost reading both names from doc values, building their
 * Strings, and hashing and comparing them in full in each name cache ({@code ConcurrentHashMap.get}
 * and the doc values were a third of the re-ranking's CPU, docs/benchmarks.md "Session 19,
 * h-serve"). Each kept hit holds its names and, once {@link Rescorer} has made them, their prepared
 * forms, which depend on the name alone.
 *
 * <p>Bounded, keeping what pages use: at most {@link #LIMIT} hits are kept per index version. Once
 * full, a hit not kept is read as before, and after as many such misses as the bound a sweep drops
 * the kept hits no page has read since the last sweep (each kept hit marks itself used when read),
 * making room for the hits pages ask for now. A sweep never drops a hit in use, so a steady mix up
 * to twice as wide as the bound keeps its first hits (dropping them for others would only trade
 * misses), while a mix that moves on frees the hits it left. A page on another reader (the index
 * was reopened, doc ids may mean other persons) starts a new table. Safe for concurrent pages: a
 * prepared form is made from the name alone, so two pages making it at once store equal values,
 * published through volatile fields; one sweep runs at a time, and a hit a page reads while it is
 * dropped is still whole (a later page reads it again from doc values).
 */
final class KeptNames {

  /**
   * Hits kept per index version at most. A kept hit with its names and forms holds about 2.9 KB
   * (measured at 1M persons: 91,427 hits, 257 MB), so the bound is some 290 MB, a seventh of a
   * server's 2 GB heap. The server's benchmark mix (4,000 queries) meets 91,427 distinct hits at
   * 1M, all kept from its second pass on; a larger bound would cost heap for no hit on that mix
   * (docs/benchmarks.md, "Session 22, h-reasons").
   */
  static final int LIMIT = 100_000;

  private final int limit;
  private final AtomicReference<ForReader> current = new AtomicReference<>();

  KeptNames() {
    this(LIMIT);
  }

  /** Keeping at most {@code limit} hits per index version. */
  KeptNames(int limit) {
    this.limit = limit;
  }

  /** A hit's shown names and, once made, the re-ranking's forms of them. */
  static final class Shown {
    final String arabic;
    final String latin;

    /** Whether the shown Arabic name is in Arabic script ({@link NameTerms#isArabic}). */
    final boolean arabicScript;

    volatile ComparableName arabicChain;
    volatile ComparableName arabicName;
    volatile ComparableName latinName;
    volatile List<TokenOrder.Token> arabicOrder;
    volatile List<TokenOrder.Token> latinOrder;

    /** The hit's person id and register order, once a page has shown it ({@link HitKeys}). */
    volatile HitKeys.Key keys;

    /**
     * Read by a page since the last sweep, or kept since: a new hit outlives one sweep (a plain
     * flag: a lost write only drops a hit early or late).
     */
    boolean used = true;

    Shown(String arabic, String latin) {
      this.arabic = arabic;
      this.latin = latin;
      this.arabicScript = arabic != null && NameTerms.isArabic(arabic);
    }
  }

  /** The kept hits of one reader: one table per segment, made at the segment's first hit. */
  private static final class ForReader {
    final IndexReaderContext top;
    final AtomicReferenceArray<AtomicReferenceArray<Shown>> segments;
    final AtomicInteger size = new AtomicInteger();

    /**
     * Each segment's first doc id: a hit's segment found in an int array, where searching the
     * leaves' list read a context per step (1 % of a server's CPU at 1M persons).
     */
    final int[] docBases;

    /** Hits read from doc values while full, since the last sweep. */
    final AtomicInteger missedWhileFull = new AtomicInteger();

    /** Held by the page that sweeps; the others skip the sweep. */
    final AtomicBoolean sweeping = new AtomicBoolean();

    ForReader(IndexReaderContext top) {
      this.top = top;
      this.segments = new AtomicReferenceArray<>(top.leaves().size());
      this.docBases = top.leaves().stream().mapToInt(leaf -> leaf.docBase).toArray();
    }

    /** The segment holding top-level doc id {@code doc}. */
    LeafReaderContext leafOf(int doc) {
      return top.leaves().get(ReaderUtil.subIndex(doc, docBases));
    }

    AtomicReferenceArray<Shown> segment(LeafReaderContext leaf) {
      AtomicReferenceArray<Shown> table = segments.get(leaf.ord);
      if (table == null) {
        segments.compareAndSet(leaf.ord, null, new AtomicReferenceArray<>(leaf.reader().maxDoc()));
        table = segments.get(leaf.ord);
      }
      return table;
    }
  }

  /**
   * The shown names of {@code hits}, in the order given; read from doc values for hits not kept.
   */
  Shown[] of(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    ForReader f = forReader(s);
    Shown[] out = new Shown[hits.length];
    int missing = 0;
    for (int i = 0; i < hits.length; i++) {
      LeafReaderContext leaf = f.leafOf(hits[i].doc);
      out[i] = f.segment(leaf).get(hits[i].doc - leaf.docBase);
      if (out[i] == null) {
        missing++;
      } else if (!out[i].used) {
        out[i].used = true;
      }
    }
    if (missing > 0) {
      read(f, s, hits, out, missing);
    }
    return out;
  }

  /**
   * The kept hit of each of {@code docs} (top-level doc ids), null for a hit not kept: reads no doc
   * values and marks nothing read (the page's re-ranking has just read these hits).
   */
  Shown[] keptOf(IndexSearcher s, int[] docs) {
    ForReader f = forReader(s);
    Shown[] out = new Shown[docs.length];
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = f.leafOf(docs[i]);
      out[i] = f.segment(leaf).get(docs[i] - leaf.docBase);
    }
    return out;
  }

  /** Hits kept now for the current reader (for tests). */
  int size() {
    ForReader f = current.get();
    return f == null ? 0 : f.size.get();
  }

  /** Reads the names of the hits not kept, and keeps them while under the bound. */
  private void read(ForReader f, IndexSearcher s, ScoreDoc[] hits, Shown[] out, int missing)
      throws IOException {
    ScoreDoc[] toRead = new ScoreDoc[missing];
    int[] places = new int[missing];
    for (int i = 0, m = 0; i < hits.length; i++) {
      if (out[i] == null) {
        toRead[m] = hits[i];
        places[m++] = i;
      }
    }
    ShownNames names = ShownNames.of(s, toRead);
    for (int m = 0; m < missing; m++) {
      Shown shown = new Shown(names.arabic()[m], names.latin()[m]);
      out[places[m]] = shown;
      if (f.size.get() < limit) {
        int doc = toRead[m].doc;
        LeafReaderContext leaf = f.leafOf(doc);
        if (f.segment(leaf).compareAndSet(doc - leaf.docBase, null, shown)) {
          f.size.incrementAndGet();
        }
      } else if (f.missedWhileFull.incrementAndGet() >= limit) {
        sweep(f);
      }
    }
  }

  /**
   * Drops the kept hits not read since the last sweep and marks the rest unread. Walks every
   * segment's table (4 bytes per document: some milliseconds at 1M), once per {@link #limit}
   * misses.
   */
  private static void sweep(ForReader f) {
    if (!f.sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      f.missedWhileFull.set(0);
      for (int seg = 0; seg < f.segments.length(); seg++) {
        AtomicReferenceArray<Shown> table = f.segments.get(seg);
        for (int doc = 0; table != null && doc < table.length(); doc++) {
          Shown shown = table.get(doc);
          if (shown == null) {
            continue;
          }
          if (shown.used) {
            shown.used = false;
          } else if (table.compareAndSet(doc, shown, null)) {
            f.size.decrementAndGet();
          }
        }
      }
    } finally {
      f.sweeping.set(false);
    }
  }

  private ForReader forReader(IndexSearcher s) {
    IndexReaderContext top = s.getTopReaderContext();
    ForReader f = current.get();
    if (f == null || f.top != top) {
      f = new ForReader(top);
      current.set(f);
    }
    return f;
  }
}
