package org.sijil.search;

import java.time.LocalDate;

/**
 * A search: text (a name in either script, an identity number, or nothing for filters alone) and
 * optional filters; null means no filter.
 *
 * @param text the query as typed; blank for filters alone
 * @param sex {@code m} or {@code f}
 * @param minAge lowest age in years, inclusive
 * @param maxAge highest age in years, inclusive (a person aged 30.5 is within {@code maxAge = 30})
 * @param dodFrom died on or after
 * @param dodTo died on or before
 * @param source has a record from this source
 * @param release has a record in this release (of {@code source} when both are given)
 * @param place the place contains these words (case and script folding applied)
 * @param status the person's status
 * @param offset hits to skip
 * @param limit hits to return, 1..{@link #MAX_LIMIT}
 * @param facets whether to count facet values over all hits (costs a pass over every hit)
 */
public record SearchRequest(
    String text,
    String sex,
    Integer minAge,
    Integer maxAge,
    LocalDate dodFrom,
    LocalDate dodTo,
    String source,
    String release,
    String place,
    String status,
    int offset,
    int limit,
    boolean facets) {

  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    text = text == null ? "" : text.strip();
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ": " + limit);
    }
    if (minAge != null && maxAge != null && minAge > maxAge) {
      throw new IllegalArgumentException("minAge " + minAge + " exceeds maxAge " + maxAge);
    }
    if (dodFrom != null && dodTo != null && dodFrom.isAfter(dodTo)) {
      throw new IllegalArgumentException("dodFrom " + dodFrom + " is after dodTo " + dodTo);
    }
  }

  /** A name or number search with no filters, first {@code limit} hits. */
  public static SearchRequest of(String text, int limit) {
    return new SearchRequest(
        text, null, null, null, null, null, null, null, null, null, 0, limit, false);
  }

  /** True when no filter is set. */
  public boolean unfiltered() {
    return sex == null
        && minAge == null
        && maxAge == null
        && dodFrom == null
        && dodTo == null
        && source == null
        && release == null
        && place == null
        && status == null;
  }
}
