package org.sijil.core.estimate;

/** The information criterion that weights models when averaging: weight ∝ exp(−Δ/2). */
public enum Criterion {
  AIC,
  BIC;

  double of(ModelResult m) {
    return this == AIC ? m.aic() : m.bic();
  }
}
