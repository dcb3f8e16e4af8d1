package org.sijil.app.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijil.core.estimate.Design;
import org.sijil.core.estimate.EstimateOptions;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.core.estimate.MultipleSystemsEstimator;
import org.sijil.core.estimate.StratumEstimate;

/**
 * Estimates per group for the published estimate: by sex and by age band, each a stratified
 * multiple-systems estimate of its own (complete-case: people of unknown sex or age are in no group
 * of that breakdown). The overall estimate is not their sum.
 *
 * <p>Rules: a group with fewer than {@value #MIN_LISTED} listed people, or whose estimate or
 * interval is not a finite number, is published with its listed count and the reason, never with a
 * number; a breakdown the estimator refuses is published as one line with the reason.
 */
final class GroupEstimates {

  /** Fewest listed people a group needs for its own estimate to be shown. */
  static final int MIN_LISTED = 50;

  /** Age band edges: 0-17, 18-29, 30-44, 45-59, 60+. */
  static final double[] AGE_EDGES = {0, 18, 30, 45, 60};

  /** The breakdowns, in the order published. */
  static final List<String> VARIABLES = List.of("sex", "age");

  /** Why a group has no number. */
  static final String TOO_FEW = "too few people on the lists for an estimate of this group";

  static final String NOT_FINITE =
      "no finite estimate for this group: the lists overlap too little";

  private GroupEstimates() {}

  /** The groups of {@code table} (which holds the variables "sex" and "age", age numeric). */
  static List<PublishedEstimate.Group> of(MembershipTable table, EstimateOptions options) {
    List<PublishedEstimate.Group> out = new ArrayList<>();
    for (String variable : VARIABLES) {
      Design design =
          Design.stratified(
              List.of(variable), variable.equals("age") ? Map.of("age", AGE_EDGES) : Map.of());
      EstimationResult r;
      try {
        r = new MultipleSystemsEstimator(options).estimate(table, design);
      } catch (RuntimeException e) {
        out.add(new PublishedEstimate.Group(variable, null, 0, null, reason(e)));
        continue;
      }
      for (StratumEstimate s : r.strata()) {
        out.add(group(variable, s));
      }
    }
    return out;
  }

  private static PublishedEstimate.Group group(String variable, StratumEstimate s) {
    long listed = Math.round(s.listed());
    if (listed < MIN_LISTED) {
      return new PublishedEstimate.Group(variable, s.stratum(), listed, null, TOO_FEW);
    }
    var t = s.total();
    if (!Double.isFinite(t.estimate())
        || !Double.isFinite(t.lower())
        || !Double.isFinite(t.upper())) {
      return new PublishedEstimate.Group(variable, s.stratum(), listed, null, NOT_FINITE);
    }
    return new PublishedEstimate.Group(
        variable,
        s.stratum(),
        listed,
        new PublishedEstimate.Interval(t.estimate(), t.lower(), t.upper()),
        null);
  }

  private static String reason(RuntimeException e) {
    return "no estimate by this breakdown: " + e.getMessage();
  }
}
