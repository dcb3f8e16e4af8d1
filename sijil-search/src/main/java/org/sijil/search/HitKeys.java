package org.sijil.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

/**
 * The person id ({@link Fields#ID}) and register order ({@link Fields#ORDER}) of a page's hits,
 * read with one doc values iterator per field per segment, the hits visited in doc order. Opening
 * the sorted id values costs more than reading them (a terms dictionary and its slices of the
 * file): once per hit, it was a fifth of a one-token page's CPU.
 *
 * @param ids each hit's person id, in the order the hits were given; null when none
 * @param orders each hit's register order, likewise; -1 when none
 */
record HitKeys(String[] ids, long[] orders) {

  static HitKeys of(List<LeafReaderContext> leaves, int[] docs) throws IOException {
    String[] ids = new String[docs.length];
    long[] orders = new long[docs.length];
    HitWalk.inDocOrder(
        leaves,
        docs,
        leaf -> {
          SortedDocValues idValues = leaf.reader().getSortedDocValues(Fields.ID);
          NumericDocValues orderValues = leaf.reader().getNumericDocValues(Fields.ORDER);
          return (i, doc) -> {
            ids[i] =
                idValues != null && idValues.advanceExact(doc)
                    ? idValues.lookupOrd(idValues.ordValue()).utf8ToString()
                    : null;
            orders[i] =
                orderValues != null && orderValues.advanceExact(doc) ? orderValues.longValue() : -1;
          };
        });
    return new HitKeys(ids, orders);
  }
}
