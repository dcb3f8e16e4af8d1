package org.sijil.core.incident;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Suggests whether a record's death belongs to an incident. Rules, first that applies:
 *
 * <ol>
 *   <li>the record's list has an incident field naming this incident's id → {@link
 *       VictimLink.Certainty#PROBABLE};
 *   <li>the date of death falls on the incident's day(s) and the place of death names the
 *       incident's governorate ({@link Governorate#match}) → {@link VictimLink.Certainty#POSSIBLE};
 *   <li>otherwise no suggestion (a missing date or place never suggests).
 * </ol>
 *
 * Suggestions are never links: an analyst confirms or rejects each.
 */
public final class VictimMatcher {

  private VictimMatcher() {}

  /** The certainty to suggest the record with, or empty. */
  public static Optional<VictimLink.Certainty> suggest(
      Incident incident, LocalDate dateOfDeath, String placeOfDeath, String incidentField) {
    if (incidentField != null && incidentField.strip().equalsIgnoreCase(incident.id())) {
      return Optional.of(VictimLink.Certainty.PROBABLE);
    }
    if (incident.date().covers(dateOfDeath)
        && Governorate.match(placeOfDeath).orElse(null) == incident.place().governorate()) {
      return Optional.of(VictimLink.Certainty.POSSIBLE);
    }
    return Optional.empty();
  }
}
