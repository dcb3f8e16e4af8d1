package org.sijil.core.names;

import java.util.Random;

/**
 * Random names built from the pieces the Latin name rules act on (particles, compounds, doubled
 * letters, marks, other scripts), shared by the tests that hold the rules' properties over random
 * input.
 */
final class LatinNamePieces {

  private LatinNamePieces() {}

  /** The pieces, from which random names are built. */
  private static final String[] PIECES = {
    "abd",
    "el",
    "al-",
    "Al ",
    "ul",
    "abu",
    "Abou",
    "bu",
    "umm",
    "um",
    "mohammed",
    "ou",
    "oo",
    "ee",
    "ph",
    "pph",
    "din",
    "eddin",
    "uddin",
    "allah",
    "ullah",
    "lah",
    "alla",
    "h",
    "ah",
    "'",
    " ",
    " ",
    " ",
    "-",
    "é",
    "Ö",
    "İ",
    "ß",
    "\u0301",
    "ʿ",
    "\t",
    "son of",
    "daughter of",
    "of",
    "son",
    "Z",
    "محمد",
    "1",
    "ss",
    "rr",
    "nasr",
    "nur",
    "rahman",
    "Youssef",
    "Abdel",
    "Aal",
    "Saleh",
    "Fatimah",
    "Nasrallah",
    "Nureddin",
    "abdaulah",
    "a",
    "u",
    "e",
    "o",
    "i",
    "dd",
    "ll"
  };

  /**
   * A name of up to eight pieces, each one time in {@code oneInAnyChar} a random character below
   * U+0300 instead.
   */
  static String randomName(Random random, int oneInAnyChar) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(9);
    for (int j = 0; j < n; j++) {
      sb.append(
          random.nextInt(oneInAnyChar) == 0
              ? (char) random.nextInt(0x300)
              : PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
