package org.sijil.core.names;

/** Kinds of extraction damage the engine recognizes in real releases (see the shared README). */
public enum Damage {
  /**
   * PDF extraction stored the lam-alef ligature in the wrong order: {@code هللا} for {@code الله},
   * {@code بالل} for {@code بلال}, {@code عالء} for {@code علاء}, {@code طالل} for {@code طلال},
   * {@code االء} for {@code الاء}.
   */
  REVERSED_LAM_ALEF,
  /**
   * A fragment written twice: {@code سهيرسهير} for {@code سهير}, {@code فتحىي} for {@code فتحي}.
   */
  DOUBLED_FRAGMENT,
  /** A comma inside a compound: {@code عبد,الرحمن}. */
  COMMA_IN_COMPOUND,
  /** A compound written as two words ({@code عبد الرحمن}); joined by the parser. */
  SPLIT_COMPOUND,
  /** Digits standing in for a missing name ({@code رافت 0 0 مطر}). */
  PLACEHOLDER_DIGITS
}
