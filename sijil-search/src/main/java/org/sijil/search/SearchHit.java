package org.sijil.search;

import java.util.List;

/**
 * A person found.
 *
 * @param id the person's id
 * @param order the person's register order ({@link SearchDocument#order})
 * @param score relevance in [0, 1]: the share of query tokens matched, each weighted by how it
 *     matched
 * @param reasons why the person matched, one per matched query token (or the identity number)
 * @param shown the person's stored hit view ({@link SearchDocument#shown}), or null when none was
 *     stored
 */
public record SearchHit(
    String id, long order, double score, List<MatchReason> reasons, String shown) {

  /** A hit without a stored view. */
  public SearchHit(String id, long order, double score, List<MatchReason> reasons) {
    this(id, order, score, reasons, null);
  }

  public SearchHit {
    reasons = List.copyOf(reasons);
  }
}
