package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

/**
 * The person id ({@link Fields#ID}) and register order ({@link Fields#ORDER}) of a page's hits,
 * read with one doc values iterator per field per segment, the hits visited in doc order. Opening
 * the sorted id values costs more than reading them (a terms dictionary and its slices of the
 * file): once per hit, it was a fifth of a one-token page's CPU. A hit the re-ranking keeps ({@link
 * KeptNames}) keeps its keys too once read: a page whose hits were all met before opens no doc
 * values at all (opening them per segment was 2 % of a server's CPU at 1M persons,
 * docs/benchmarks.md "Session 24, h-rescore").
 *
 * @param ids each hit's person id, in the order the hits were given; null when none
 * @param orders each hit's register order, likewise; -1 when none
 */
record HitKeys(String[] ids, long[] orders) {

  /** One hit's keys, as kept with its names. */
  record Key(String id, long order) {}

  /**
   * As {@link #of(List, int[])}, taking the keys of hits kept before from {@code kept} (the kept
   * hit of each doc, or null) and keeping there the keys read now.
   */
  static HitKeys of(List<LeafReaderContext> leaves, int[] docs, KeptNames.Shown[] kept)
      throws IOException {
    String[] ids = new String[docs.length];
    long[] orders = new long[docs.length];
    int[] toRead = new int[docs.length];
    int[] places = new int[docs.length];
    int missing = 0;
    for (int i = 0; i < docs.length; i++) {
      Key key = kept[i] == null ? null : kept[i].keys;
      if (key == null) {
        toRead[missing] = docs[i];
        places[missing++] = i;
      } else {
        ids[i] = key.id();
        orders[i] = key.order();
      }
    }
    if (missing > 0) {
      HitKeys read = of(leaves, Arrays.copyOf(toRead, missing));
      for (int m = 0; m < missing; m++) {
        int i = places[m];
        ids[i] = read.ids[m];
        orders[i] = read.orders[m];
        if (kept[i] != null) {
          kept[i].keys = new Key(ids[i], orders[i]);
        }
      }
    }
    return new HitKeys(ids, orders);
  }

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
