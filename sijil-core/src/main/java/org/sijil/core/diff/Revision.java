package org.sijil.core.diff;

/**
 * A systematic revision between two releases: one field changed the same way in many records (every
 * age one year higher), reported as one line instead of thousands of rows.
 *
 * @param field the canonical field ({@code age}, {@code dob})
 * @param shift the change, signed, in {@code unit}s ({@code +1})
 * @param unit {@code years} for ages, {@code days} for dates
 * @param records how many records changed this way
 */
public record Revision(String field, long shift, String unit, long records) {

  /** The shift as it reads: {@code +1}, {@code -2}. */
  public String signedShift() {
    return (shift > 0 ? "+" : "") + shift;
  }
}
