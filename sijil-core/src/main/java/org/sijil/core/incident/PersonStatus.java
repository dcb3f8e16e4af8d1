package org.sijil.core.incident;

import java.util.Locale;

/**
 * Where a person's listing stands, as casualty recorders grade it (see {@code docs/grading.md}).
 */
public enum PersonStatus {
  /** One independent source so far, no analyst decision. */
  PENDING,
  /** Two or more independent sources list the person. */
  CORROBORATED,
  /** An analyst confirmed the person from the evidence. */
  CONFIRMED,
  /** An analyst recorded a doubt that is not resolved. */
  CONTESTED,
  /** An analyst removed the person from the public count (the history keeps them). */
  REMOVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PersonStatus ofCode(String code) {
    return VictimLink.parse(PersonStatus.class, "status", code);
  }
}
