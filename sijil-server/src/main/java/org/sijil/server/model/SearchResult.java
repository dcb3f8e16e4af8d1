package org.sijil.server.model;

import java.util.List;

/** One page of search hits; {@code total} counts all hits, not only this page. */
public record SearchResult(long total, int offset, int limit, List<Hit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** A person found, with a relevance score in [0,1]. */
  public record Hit(Person person, double score) {}
}
