package org.sijil.core.names;

/**
 * Discrete agreement levels of a name comparison, for the Fellegi–Sunter model (each level gets its
 * own m- and u-probability). Thresholds are on the similarity returned by {@link NameComparator};
 * they were set from the real-data evaluation in {@code docs/real-data.md} ("Names").
 */
public enum NameLevel {
  /** Every compared token equal after normalization and certain repairs, none missing. */
  EXACT,
  /** Similarity at least {@link #HIGH_THRESHOLD}: spelling variants of one name. */
  HIGH,
  /** Similarity at least {@link #MEDIUM_THRESHOLD}: probably one name, with a damaged token. */
  MEDIUM,
  /** Similarity at least {@link #LOW_THRESHOLD}: shares much (e.g. a relative's name). */
  LOW,
  /** Below {@link #LOW_THRESHOLD}. */
  DIFFERENT,
  /** One side has no name: no evidence either way. */
  MISSING;

  public static final double EXACT_THRESHOLD = 0.9999;
  public static final double HIGH_THRESHOLD = 0.92;
  public static final double MEDIUM_THRESHOLD = 0.84;
  public static final double LOW_THRESHOLD = 0.70;

  /** The level of a similarity in [0,1]. */
  public static NameLevel of(double similarity) {
    if (similarity >= EXACT_THRESHOLD) {
      return EXACT;
    }
    if (similarity >= HIGH_THRESHOLD) {
      return HIGH;
    }
    if (similarity >= MEDIUM_THRESHOLD) {
      return MEDIUM;
    }
    if (similarity >= LOW_THRESHOLD) {
      return LOW;
    }
    return DIFFERENT;
  }
}
