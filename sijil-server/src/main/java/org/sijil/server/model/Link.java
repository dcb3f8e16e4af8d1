package org.sijil.server.model;

import java.util.List;

/**
 * A scored pair of records inside (or proposed for) one person, with the reason.
 *
 * @param left record id of one side
 * @param right record id of the other side
 * @param probability match probability in [0,1]
 * @param explanation the waterfall that produced it; prior first
 * @param decision an analyst's decision if any: {@code match} or {@code non-match}; else null
 */
public record Link(
    String left,
    String right,
    double probability,
    List<ExplanationTerm> explanation,
    String decision) {
  public Link {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0,1], not " + probability);
    }
    explanation = explanation == null ? List.of() : List.copyOf(explanation);
  }
}
