package org.sijil.search;

import java.io.IOException;
import java.util.List;
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
 * <p>Bounded: at most {@link #LIMIT} hits are kept per index version, after which new hits are read
 * as before. A page on another reader (the index was reopened, doc ids may mean other persons)
 * starts a new table. Safe for concurrent pages: a prepared form is made from the name alone, so
 * two pages making it at once store equal values, published through volatile fields.
 */
final class KeptNames {

  /** Hits kept per index version at most (each some 200 bytes with its names and forms). */
  static final int LIMIT = 100_000;

  private final AtomicReference<ForReader> current = new AtomicReference<>();

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

    ForReader(IndexReaderContext top) {
      this.top = top;
      this.segments = new AtomicReferenceArray<>(top.leaves().size());
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
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    Shown[] out = new Shown[hits.length];
    int missing = 0;
    for (int i = 0; i < hits.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      out[i] = f.segment(leaf).get(hits[i].doc - leaf.docBase);
      missing += out[i] == null ? 1 : 0;
    }
    if (missing > 0) {
      read(f, leaves, s, hits, out, missing);
    }
    return out;
  }

  /** Reads the names of the hits not kept, and keeps them while under the bound. */
  private static void read(
      ForReader f,
      List<LeafReaderContext> leaves,
      IndexSearcher s,
      ScoreDoc[] hits,
      Shown[] out,
      int missing)
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
      if (f.size.get() < LIMIT) {
        int doc = toRead[m].doc;
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        if (f.segment(leaf).compareAndSet(doc - leaf.docBase, null, shown)) {
          f.size.incrementAndGet();
        }
      }
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
