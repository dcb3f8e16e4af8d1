package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LatinNormalizer#tokens} starts its later rounds from the words of the one before instead
 * of re-reading their joined text, which is the same only while every word is a non-empty run of
 * a-z: this holds that property over random names ({@link LatinNamePieces}).
 */
class LatinNormalizerWordsTest {

  @Test
  void everyTokenIsANonEmptyRunOfLowerCaseLatinLetters() {
    Random random = new Random(17);
    for (int i = 0; i < 50_000; i++) {
      String input = LatinNamePieces.randomName(random, 8);
      List<String> tokens = LatinNormalizer.tokens(input);
      for (String t : tokens) {
        assertTrue(t.matches("[a-z]+"), () -> input + " -> " + tokens);
      }
      assertEquals(tokens, LatinNormalizer.tokens(String.join(" ", tokens)), input);
    }
  }
}
