package org.sijil.core.incident;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five governorates of the Gaza Strip, with the spellings lists use for them, so a record's
 * free-text place of death can be matched to an incident's governorate.
 */
public enum Governorate {
  NORTH_GAZA("north-gaza", "North Gaza", "شمال غزة", List.of("north gaza", "shamal ghazza")),
  GAZA("gaza", "Gaza", "غزة", List.of("gaza", "gaza city", "ghazza", "مدينة غزة")),
  DEIR_AL_BALAH(
      "deir-al-balah",
      "Deir al-Balah",
      "دير البلح",
      List.of("deir al-balah", "deir el-balah", "deir al balah", "dayr al balah", "middle area")),
  KHAN_YUNIS(
      "khan-yunis", "Khan Yunis", "خان يونس", List.of("khan yunis", "khan younis", "khanyounis")),
  RAFAH("rafah", "Rafah", "رفح", List.of("rafah"));

  private final String code;
  private final String english;
  private final String arabic;
  private final List<String> aliases;

  Governorate(String code, String english, String arabic, List<String> aliases) {
    this.code = code;
    this.english = english;
    this.arabic = arabic;
    this.aliases = aliases;
  }

  public String code() {
    return code;
  }

  public String english() {
    return english;
  }

  public String arabic() {
    return arabic;
  }

  /** The governorate with this code (e.g. {@code khan-yunis}). */
  public static Governorate ofCode(String code) {
    for (Governorate g : values()) {
      if (g.code.equals(code)) {
        return g;
      }
    }
    throw new InvalidIncident(
        "governorate",
        "'" + code + "' is not one of north-gaza, gaza, deir-al-balah, khan-yunis, rafah");
  }

  /**
   * The governorate a place text names, if any: its code, its Arabic or English name or a known
   * spelling, ignoring case, diacritics and surrounding space. "North Gaza" is tested before "Gaza"
   * so the longer name wins.
   */
  public static Optional<Governorate> match(String place) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    String p = fold(place);
    for (Governorate g : values()) {
      if (p.equals(g.code) || p.equals(fold(g.english)) || p.equals(fold(g.arabic))) {
        return Optional.of(g);
      }
      for (String alias : g.aliases) {
        if (p.equals(fold(alias))) {
          return Optional.of(g);
        }
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
  }
}
