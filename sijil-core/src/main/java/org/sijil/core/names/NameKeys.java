package org.sijil.core.names;

/** Blocking keys for names. (Placeholder; the real keys are issue #3.) */
public final class NameKeys {

  private NameKeys() {}

  /** A key on which spelling variants of one Arabic name token collide. */
  public static String arabicSkeleton(String name) {
    return ArabicNormalizer.standard().normalize(name).replace(" ", "");
  }

  /** A key on which romanization variants of one Latin name token collide. */
  public static String latinPhonetic(String name) {
    return LatinNormalizer.normalize(name).replace(" ", "");
  }
}
