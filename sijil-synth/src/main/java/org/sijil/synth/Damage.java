package org.sijil.synth;

/** The damage classes a synthetic record may carry; {@link SynthRecord#damage()} is a bit set. */
public enum Damage {
  HAMZA,
  YA_MAQSURA,
  TA_MARBUTA,
  REVERSED_LAM_ALEF,
  COMPOUND_SPACING,
  LETTER_TYPO,
  DROPPED_GRANDFATHER,
  JANUARY_FIRST,
  DOB_TYPO,
  AGE_OFF_BY_ONE,
  INFANT_AGE_IN_MONTHS,
  ID_TYPO,
  DUPLICATE;

  public int bit() {
    return 1 << ordinal();
  }

  public boolean in(int mask) {
    return (mask & bit()) != 0;
  }
}
