package org.sijil.synth;

/**
 * Synthetic 9-digit ID numbers that can never be a real one: they start with 3 (no real Gaza ID in
 * the published lists does) and their last digit is deliberately a wrong check digit under the
 * Israeli/Palestinian ID checksum (Luhn-style weights 1,2,1,2,...), which real IDs satisfy. Person
 * numbers map to IDs through a bijection of the 7 middle digits, so IDs are distinct for up to 10
 * million persons.
 */
final class SyntheticIds {

  private static final int BODY = 10_000_000;
  private static final long MULTIPLIER = 7_654_321; // coprime with 10, so the map is a bijection

  private final long offset;

  SyntheticIds(long seed) {
    this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, BODY);
  }

  String idOf(int personNumber, int wrongCheckShift) {
    long body = Math.floorMod(personNumber * MULTIPLIER + offset, BODY);
    char[] digits = new char[9];
    digits[0] = '3';
    for (int i = 7; i >= 1; i--) {
      digits[i] = (char) ('0' + body % 10);
      body /= 10;
    }
    int valid = validCheckDigit(digits);
    digits[8] = (char) ('0' + (valid + 1 + Math.floorMod(wrongCheckShift, 9)) % 10);
    return new String(digits);
  }

  /** The check digit that would make the first 8 digits a valid ID. */
  static int validCheckDigit(char[] digits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int d = (digits[i] - '0') * (i % 2 == 0 ? 1 : 2);
      sum += d / 10 + d % 10;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether a 9-digit string passes the ID checksum (real IDs do; synthetic ones never). */
  static boolean passesChecksum(String id) {
    return id.length() == 9 && validCheckDigit(id.toCharArray()) == id.charAt(8) - '0';
  }
}
