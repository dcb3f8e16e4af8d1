package org.sijil.core.incident;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An incident: one event in which people were killed or injured.
 *
 * <p>Rules: the id is 1-40 letters, digits, {@code .}, {@code _} or {@code -} (it appears in
 * addresses); the type is a code of the vocabulary ({@link IncidentType#CODE}); an actor may be
 * unknown (null), and then its grade says how sure that nothing more is known ({@code weak} by
 * default); counts are ranges; at least one description (Arabic or English).
 *
 * @param actor the actor the incident is attributed to; null when unattributed
 * @param grade how sure the attribution is
 */
public record Incident(
    String id,
    IncidentDate date,
    Place place,
    String type,
    String actor,
    AttributionGrade grade,
    Count killed,
    Count injured,
    List<IncidentSource> sources,
    String descriptionAr,
    String descriptionEn) {

  /** Incident ids: safe in addresses and file names. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  public Incident {
    if (id == null || !ID.matcher(id.strip()).matches()) {
      throw new InvalidIncident("id", "'" + id + "' is not 1-40 letters, digits, '.', '_' or '-'");
    }
    id = id.strip();
    if (date == null) {
      throw new InvalidIncident("date", "is required");
    }
    if (place == null) {
      throw new InvalidIncident("governorate", "is required");
    }
    if (type == null || !IncidentType.CODE.matcher(type.strip()).matches()) {
      throw new InvalidIncident("type", "'" + type + "' is not a type code (e.g. airstrike-home)");
    }
    type = type.strip();
    actor = Place.blankToNull(actor);
    grade = grade == null ? AttributionGrade.WEAK : grade;
    killed = killed == null ? Count.UNKNOWN : killed;
    injured = injured == null ? Count.UNKNOWN : injured;
    sources = sources == null ? List.of() : List.copyOf(sources);
    descriptionAr = Place.blankToNull(descriptionAr);
    descriptionEn = Place.blankToNull(descriptionEn);
    if (descriptionAr == null && descriptionEn == null) {
      throw new InvalidIncident("description_en", "an incident needs a description (ar or en)");
    }
  }
}
