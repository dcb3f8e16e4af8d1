package org.sijil.search;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
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
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    HitWalk.inDocOrder(
        s.getIndexReader().leaves(),
        docs,
        leaf -> {
          BinaryDocValues ar = leaf.reader().getBinaryDocValues(Fields.SHOWN_AR);
          BinaryDocValues en = leaf.reader().getBinaryDocValues(Fields.SHOWN_LATIN);
          return (i, doc) -> {
            arabic[i] = read(ar, doc);
            latin[i] = read(en, doc);
          };
        });
    return new ShownNames(arabic, latin);
  }

  private static String read(BinaryDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }
}
