package org.sijil.core.incident;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A type of incident in the (editable) vocabulary: a code and its names in English and Arabic.
 * {@link #DEFAULTS} is the starting vocabulary; analysts add types to a register.
 */
public record IncidentType(String code, String english, String arabic) {

  /** Type codes: lower-case words joined by hyphens. */
  public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,5}");

  public IncidentType {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidIncident("code", "'" + code + "' is not lower-case words joined by '-'");
    }
    // Name the missing field, so a form or the API can point at it.
    if (english == null || english.isBlank()) {
      throw new InvalidIncident("english", "type " + code + " needs an English name");
    }
    if (arabic == null || arabic.isBlank()) {
      throw new InvalidIncident("arabic", "type " + code + " needs an Arabic name");
    }
  }

  /** The starting vocabulary. */
  public static final List<IncidentType> DEFAULTS =
      List.of(
          new IncidentType("airstrike-home", "Airstrike on a home", "غارة على منزل"),
          new IncidentType("hospital", "Attack on a hospital", "استهداف مستشفى"),
          new IncidentType(
              "school-shelter", "Attack on a school or shelter", "استهداف مدرسة أو مركز إيواء"),
          new IncidentType(
              "aid-distribution", "Attack at an aid distribution", "استهداف نقطة توزيع مساعدات"),
          new IncidentType("vehicle", "Strike on a vehicle", "استهداف مركبة"),
          new IncidentType("sniper", "Sniper fire", "إطلاق نار من قناص"),
          new IncidentType("shelling", "Artillery shelling", "قصف مدفعي"),
          new IncidentType("other", "Other", "أخرى"));
}
