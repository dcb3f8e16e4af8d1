package org.sijil.server.model;

/**
 * A person search: a name in either script plus optional filters; null means no filter.
 *
 * @param q the name query (may be empty: filters alone)
 * @param sex {@code m} or {@code f}
 * @param minAge lowest age in years, inclusive
 * @param maxAge highest age in years, inclusive
 * @param source only persons with a record from this source
 * @param release only persons with a record in this release
 * @param place only persons whose place contains this text
 * @param dodFrom only persons who died on or after
 * @param dodTo only persons who died on or before
 * @param status only persons of this status ({@code multi-source} or {@code single-source})
 * @param offset results to skip
 * @param limit results to return (1..1000)
 * @param facets whether to count facet values over all hits
 */
public record SearchQuery(
    String q,
    String sex,
    Integer minAge,
    Integer maxAge,
    String source,
    String release,
    String place,
    java.time.LocalDate dodFrom,
    java.time.LocalDate dodTo,
    String status,
    int offset,
    int limit,
    boolean facets) {

  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    q = q == null ? "" : q.strip();
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ": " + limit);
    }
  }

  /** A query without status filter and facets (the fields before search had them). */
  public SearchQuery(
      String q,
      String sex,
      Integer minAge,
      Integer maxAge,
      String source,
      String release,
      String place,
      java.time.LocalDate dodFrom,
      java.time.LocalDate dodTo,
      int offset,
      int limit) {
    this(
        q, sex, minAge, maxAge, source, release, place, dodFrom, dodTo, null, offset, limit, false);
  }

  public static SearchQuery of(String q) {
    return new SearchQuery(q, null, null, null, null, null, null, null, null, 0, 20);
  }
}
