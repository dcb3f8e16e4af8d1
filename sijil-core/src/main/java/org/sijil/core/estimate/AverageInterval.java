package org.sijil.core.estimate;

/** How the interval of the model-averaged estimate is computed. */
public enum AverageInterval {
  /** Weighted mean of the kept models' bounds, with the averaging weights: the published method. */
  WEIGHTED("weighted mean of model bounds, as published"),
  /**
   * Parametric bootstrap: cells are redrawn as Poisson counts around the model-averaged fit, every
   * candidate refitted, filtered and re-averaged; the interval is the basic bootstrap interval on
   * the log scale for the unlisted count (including its own Poisson variation).
   */
  BOOTSTRAP("parametric bootstrap of the averaged estimate");

  private final String description;

  AverageInterval(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
