package org.sijil.core.incident;

import java.util.Locale;

/**
 * How sure the attribution of an incident to an actor is, on the scale civilian-harm monitors use
 * (after Airwars): confirmed, fair, weak, contested, discounted.
 */
public enum AttributionGrade {
  /** The actor acknowledged the incident. */
  CONFIRMED,
  /** Two or more independent credible sources attribute it, and nothing contradicts them. */
  FAIR,
  /** A single source attributes it. */
  WEAK,
  /** Sources attribute it to different actors. */
  CONTESTED,
  /** An analyst judged the attribution unfounded. */
  DISCOUNTED;

  /** The lower-case name used in files, the API and the log. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The grade with this code; the error names the field {@code attribution_grade}. */
  public static AttributionGrade ofCode(String code) {
    for (AttributionGrade g : values()) {
      if (g.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    throw new InvalidIncident(
        "attribution_grade",
        "'" + code + "' is not one of confirmed, fair, weak, contested, discounted");
  }

  /**
   * The grade the evidence supports, for an analyst to accept or override. Rules, first that
   * applies:
   *
   * <ol>
   *   <li>discounted by an analyst → {@link #DISCOUNTED};
   *   <li>sources name different actors → {@link #CONTESTED};
   *   <li>the actor acknowledged it → {@link #CONFIRMED};
   *   <li>two or more independent sources attribute it → {@link #FAIR};
   *   <li>otherwise (one source, or none) → {@link #WEAK}.
   * </ol>
   */
  public static AttributionGrade suggest(
      int independentSources, boolean acknowledged, boolean competingClaims, boolean discounted) {
    if (independentSources < 0) {
      throw new IllegalArgumentException(
          "independent sources must be >= 0, not " + independentSources);
    }
    if (discounted) {
      return DISCOUNTED;
    }
    if (competingClaims) {
      return CONTESTED;
    }
    if (acknowledged) {
      return CONFIRMED;
    }
    return independentSources >= 2 ? FAIR : WEAK;
  }
}
