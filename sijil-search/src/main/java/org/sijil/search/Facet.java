package org.sijil.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Facet counts over every hit of a query, from the sorted-set doc values written by {@link
 * Documents}.
 */
final class Facet {

  /** Values shown per dimension at most (places can be many). */
  static final int TOP_VALUES = 50;

  static final List<String> DIMENSIONS =
      List.of(
          Fields.FACET_SEX,
          Fields.FACET_AGE,
          Fields.FACET_SOURCE,
          Fields.FACET_RELEASE,
          Fields.FACET_PLACE,
          Fields.FACET_STATUS);

  private Facet() {}

  static Map<String, Map<String, Long>> counts(IndexSearcher s, Query q) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state;
    try {
      state =
          new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), Documents.facetsConfig());
    } catch (IllegalArgumentException noFacetsYet) {
      return out; // an index without any facet value (empty)
    }
    FacetsCollector fc = s.search(q, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : DIMENSIONS) {
      FacetResult r = counts.getTopChildren(TOP_VALUES, dim);
      Map<String, Long> values = new LinkedHashMap<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, values);
    }
    return out;
  }
}
