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
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a], docs[b]));
    LeafReaderContext leaf = null;
    Hit hit = null;
    for (int i : byDoc) {
      int doc = docs[i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        hit = segment.open(leaf);
      }
      hit.visit(i, doc - leaf.docBase);
    }
  }
}
