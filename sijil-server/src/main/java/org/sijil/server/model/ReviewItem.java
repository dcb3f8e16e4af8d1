package org.sijil.server.model;

/**
 * A pair in the uncertainty band, waiting for (or carrying) an analyst's decision.
 *
 * @param pairId the pair's identifier, as the review commands use it
 * @param left one record
 * @param right the other
 * @param link the scored pair with its explanation and any decision (match, non-match, unsure)
 * @param decidedBy who decided, or null
 * @param note the decision's note, or null
 */
public record ReviewItem(
    String pairId,
    SourceRecord left,
    SourceRecord right,
    Link link,
    String decidedBy,
    String note) {

  /** The verdict that keeps a pair waiting for a second analyst. */
  public static final String UNSURE = "unsure";

  /** The verdicts an analyst may give: match, non-match, unsure. */
  public static final java.util.List<String> VERDICTS =
      java.util.List.of("match", "non-match", UNSURE);

  /** Whether {@code verdict} settles the pair (match or non-match); null and unsure do not. */
  public static boolean settles(String verdict) {
    return verdict != null && !UNSURE.equals(verdict);
  }
}
