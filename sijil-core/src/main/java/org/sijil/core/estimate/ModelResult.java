package org.sijil.core.estimate;

/**
 * One fitted candidate model: its terms, fit statistics (AIC and BIC include the Poisson
 * log-factorial constant, as R's glm reports them), and the unlisted count with its interval.
 * {@code intervalMethod} says how the interval was computed (profile falls back to Wald with a note
 * when covariates make the unlisted count a sum of cells).
 */
public record ModelResult(
    ModelSpec spec,
    String formula,
    int parameters,
    double deviance,
    int residualDf,
    double aic,
    double bic,
    Estimate unlisted,
    IntervalMethod intervalMethod,
    FitStatus status,
    String problem) {

  public boolean ok() {
    return status == FitStatus.OK;
  }
}
