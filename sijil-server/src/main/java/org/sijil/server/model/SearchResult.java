package org.sijil.server.model;

import java.util.List;
import java.util.Map;
import org.sijil.search.MatchReason;

/**
 * One page of search hits.
 *
 * @param total hits counted; a lower bound when {@code totalExact} is false (very common names)
 * @param totalExact whether {@code total} is exact
 * @param offset hits skipped
 * @param limit page size asked for
 * @param hits this page, best first
 * @param facets per dimension, value → count over all hits (empty unless asked for)
 * @param suggestions close spellings when nothing was found
 */
public record SearchResult(
    long total,
    boolean totalExact,
    int offset,
    int limit,
    List<Hit> hits,
    Map<String, Map<String, Long>> facets,
    List<String> suggestions) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    suggestions = List.copyOf(suggestions);
  }

  /** A person found, with a relevance score in [0,1] and why they matched. */
  public record Hit(Person person, double score, List<MatchReason> reasons) {

    public Hit {
      reasons = List.copyOf(reasons);
    }
  }
}
