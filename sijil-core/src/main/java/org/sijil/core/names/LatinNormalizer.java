package org.sijil.core.names;

import java.util.Locale;

/** Maps romanization variants of Arabic names together. (Placeholder; full rules are issue #3.) */
public final class LatinNormalizer {

  private LatinNormalizer() {}

  public static String normalize(String latin) {
    if (latin == null) {
      return "";
    }
    return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().replaceAll("\\s+", " ");
  }
}
