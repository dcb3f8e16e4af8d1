package org.sijil.core.estimate;

/** A candidate model left out of the average, and why. */
public record Exclusion(String model, String reason) {}
