package org.sijil.core.estimate;

/**
 * How a model fit ended. Anything but {@link #OK} is reported and keeps the model out of averaging.
 */
public enum FitStatus {
  /** Converged to an interior maximum with an invertible information matrix. */
  OK,
  /** Some fitted cells went to zero (zero counts): parameters at infinity, estimate unreliable. */
  BOUNDARY,
  /** IRLS did not converge. */
  NOT_CONVERGED,
  /** The design is singular for the data: some parameter is not identifiable. */
  SINGULAR
}
