package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A masculine given name and its feminine form (the same name plus ه) are a brother and a sister:
 * their similarity is capped at {@link NameComparator#KNOWN_DISTINCT}. On one-word names the score
 * is the given names' agreement alone: (0.75 - 0.70) / (1 - 0.70) = 1/6.
 */
class FeminineGivenNameTest {

  private static final NameComparator NAMES = NameComparator.standard();

  @Test
  void aNameAndItsFeminineFormAreCappedEitherWayRound() {
    assertEquals(1.0 / 6, score("امير", "اميره"), 1e-9);
    assertEquals(1.0 / 6, score("اميره", "امير"), 1e-9);
    assertEquals(1.0 / 6, score("زين", "زينه"), 1e-9);
    assertEquals(1.0 / 6, score("سامر", "سامره"), 1e-9);
  }

  @Test
  void anotherLetterAddedOrTheSameNameIsNotCapped() {
    // سامر / سامري: 4 of 4 and 4 of 5 letters match, Jaro 14/15, Winkler + 0.4 / 15 = 0.96, its
    // agreement (0.96 - 0.70) / 0.30 = 0.8667; the feminine cap would give 1/6.
    assertTrue(score("سامر", "سامري") > 0.5, () -> "" + score("سامر", "سامري"));
    assertEquals(1.0, score("اميره", "اميره"), 1e-9);
  }

  @Test
  void theFeminineFormMustContinueTheWholeName() {
    // سمره is not سامر plus ه: not capped as a sister's name.
    assertTrue(score("سامر", "سمره") > 1.0 / 6 + 1e-9, () -> "" + score("سامر", "سمره"));
  }

  private static double score(String a, String b) {
    return NAMES.compare(ComparableName.arabic(a), ComparableName.arabic(b));
  }
}
