package org.sijil.server.model;

/**
 * A pair in the uncertainty band, waiting for (or carrying) an analyst's decision.
 *
 * @param pairId the pair's identifier, as the review commands use it
 * @param left one record
 * @param right the other
 * @param link the scored pair with its explanation and any decision
 * @param decidedBy who decided, or null
 * @param note the decision's note, or null
 */
public record ReviewItem(
    String pairId,
    SourceRecord left,
    SourceRecord right,
    Link link,
    String decidedBy,
    String note) {}
