package org.sijil.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total hits counted; exact when {@code totalExact}, otherwise a lower bound, 100 (names
 *     match many persons, most of them partly, and counting them all would cost more than the page:
 *     shown as "more than 100")
 * @param totalExact whether {@code total} is exact
 * @param hits this page, best first
 * @param facets per facet dimension, value → count over all hits (empty unless asked for)
 * @param suggestions close spellings of the query when it found nothing, best first
 */
public record SearchPage(
    long total,
    boolean totalExact,
    List<SearchHit> hits,
    Map<String, Map<String, Long>> facets,
    List<String> suggestions) {

  public SearchPage {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    suggestions = List.copyOf(suggestions);
  }
}
