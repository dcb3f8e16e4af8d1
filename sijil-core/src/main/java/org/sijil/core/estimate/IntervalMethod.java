package org.sijil.core.estimate;

/** How a model's 95% interval for the unlisted count is computed. */
public enum IntervalMethod {
  /**
   * Wald on the log of the unlisted estimate, as the published studies (and R's glm) compute it.
   */
  WALD("Wald on log(unlisted), as published"),
  /** Profile likelihood: the deviance rises by χ²₁(0.95) = 3.84; better with skewed likelihoods. */
  PROFILE("profile likelihood");

  private final String description;

  IntervalMethod(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
