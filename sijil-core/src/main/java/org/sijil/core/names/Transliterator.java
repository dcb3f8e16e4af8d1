package org.sijil.core.names;

/** Deterministic Arabic to Latin transliteration. (Placeholder; the full table is issue #3.) */
public final class Transliterator {

  private Transliterator() {}

  public static String toLatin(String arabic) {
    return arabic == null ? "" : arabic;
  }
}
