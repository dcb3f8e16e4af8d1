package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Visits a page's hits in doc order, segment by segment: what reading per-document values of a few
 * hits needs. Doc values and postings iterate forwards only, and opening one (a terms dictionary,
 * slices of the file) costs more than reading it, so each is opened once per segment and advanced
 * through that segment's hits in increasing doc id.
 */
final class HitWalk {

  private HitWalk() {}

  /** What is opened once per segment: gives the visitor of that segment's hits. */
  interface Segment {
    Hit open(LeafReaderContext leaf) throws IOException;
  }

  /** Visits one hit of the segment it was opened for. */
  interface Hit {
    /**
     * @param index the hit's place in the array given to {@link #inDocOrder}
     * @param doc its doc id within the segment
     */
    void visit(int index, int doc) throws IOException;
  }

  /**
   * Visits every hit of {@code docs} (top-level doc ids), in doc order, opening each segment once.
   */
  static void inDocOrder(List<LeafReaderContext> leaves, int[] docs, Segment segment)
      throws IOException {
    LeafReaderContext leaf = null;
    Hit hit = null;
    for (long docAndIndex : byDoc(docs)) {
      int doc = (int) (docAndIndex >>> 32);
      int i = (int) docAndIndex;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        hit = segment.open(leaf);
      }
      hit.visit(i, doc - leaf.docBase);
    }
  }

  /** What is done with one segment's hits. */
  interface Run {
    /**
     * @param leaf the segment
     * @param docs its hits' doc ids within the segment, increasing
     * @param places each one's place in the array given to {@link #bySegment}
     */
    void visit(LeafReaderContext leaf, int[] docs, int[] places) throws IOException;
  }

  /**
   * Hands each segment's hits of {@code docs} (top-level doc ids) to {@code run} at once, in doc
   * order: for work that goes through one value list at a time over all of a segment's hits.
   */
  static void bySegment(List<LeafReaderContext> leaves, int[] docs, Run run) throws IOException {
    long[] sorted = byDoc(docs);
    for (int from = 0; from < sorted.length; ) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex((int) (sorted[from] >>> 32), leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int to = from;
      while (to < sorted.length && (int) (sorted[to] >>> 32) < end) {
        to++;
      }
      int[] inLeaf = new int[to - from];
      int[] places = new int[to - from];
      for (int k = 0; k < inLeaf.length; k++) {
        inLeaf[k] = (int) (sorted[from + k] >>> 32) - leaf.docBase;
        places[k] = (int) sorted[from + k];
      }
      run.visit(leaf, inLeaf, places);
      from = to;
    }
  }

  /**
   * Each hit's doc id (high half) and place (low half), sorted: by doc, then place, as a stable
   * sort of the places by doc would give. A primitive sort, not {@code Arrays.sort} of boxed places
   * with a comparator: java.util.TimSort is shared by every object sort in the JVM, and the second
   * array type and comparator met there (the re-ranking's, Lucene's) made the JIT throw its code
   * away and compile it again, request after request (docs/benchmarks.md, "Session 15, h-jit").
   */
  static long[] byDoc(int[] docs) {
    long[] byDoc = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = (long) docs[i] << 32 | i;
    }
    Arrays.sort(byDoc);
    return byDoc;
  }
}
