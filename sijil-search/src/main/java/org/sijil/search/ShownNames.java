package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The shown Arabic and Latin names of some hits ({@link Fields#SHOWN_AR}, {@link
 * Fields#SHOWN_LATIN}), read from binary doc values: a hit costs two lookups, where a stored
 * document meant decompressing the block of documents around it (a quarter of a cheap page's CPU).
 * Doc values iterate forwards only, so the hits are visited in doc order, one iterator per field
 * per segment.
 *
 * @param arabic each hit's shown Arabic name, in the order the hits were given; null when none
 * @param latin each hit's shown Latin name, likewise
 */
record ShownNames(String[] arabic, String[] latin) {

  static ShownNames of(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    String[] arabic = new String[hits.length];
    String[] latin = new String[hits.length];
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues ar = null;
    BinaryDocValues en = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        ar = leaf.reader().getBinaryDocValues(Fields.SHOWN_AR);
        en = leaf.reader().getBinaryDocValues(Fields.SHOWN_LATIN);
      }
      arabic[i] = read(ar, doc - leaf.docBase);
      latin[i] = read(en, doc - leaf.docBase);
    }
    return new ShownNames(arabic, latin);
  }

  private static String read(BinaryDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }
}
