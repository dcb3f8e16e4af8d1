package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LatinNormalizer#tokens} starts its later rounds from the words of the one before instead
 * of re-reading their joined text, which is the same only while every word is a non-empty run of
 * a-z: this holds that property over random input.
 */
class LatinNormalizerWordsTest {

  @Test
  void everyTokenIsANonEmptyRunOfLowerCaseLatinLetters() {
    Random random = new Random(17);
    String[] parts = {
      "abd",
      "el",
      "al-",
      "Al ",
      "ul",
      "abu",
      "Abou",
      "bu",
      "umm",
      "mohammed",
      "ou",
      "oo",
      "ee",
      "ph",
      "din",
      "eddin",
      "allah",
      "ullah",
      "lah",
      "h",
      "'",
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
      "Z",
      "محمد",
      "1",
      "ss",
      "rr",
      "nasr",
      "nur",
      "rahman"
    };
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(9);
      for (int j = 0; j < n; j++) {
        sb.append(
            random.nextInt(8) == 0
                ? (char) random.nextInt(0x300)
                : parts[random.nextInt(parts.length)]);
      }
      String input = sb.toString();
      List<String> tokens = LatinNormalizer.tokens(input);
      for (String t : tokens) {
        assertTrue(t.matches("[a-z]+"), () -> input + " -> " + tokens);
      }
      assertEquals(tokens, LatinNormalizer.tokens(String.join(" ", tokens)), input);
    }
  }
}
