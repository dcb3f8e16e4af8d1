package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One rule of {@link Repairs} and {@link NameReadings} per test, each at its edge. Some tokens here
 * are not names (a doubled two-letter fragment, a made-up word with two reversed lam-alefs): they
 * only put a rule at its limit.
 */
class RepairsRulesTest {

  private static final Repairs.LamAlef DEFINITE = Repairs.LamAlef.DEFINITE;
  private static final Repairs.LamAlef SPECULATIVE = Repairs.LamAlef.SPECULATIVE;
  private static final Repairs.LamAlef NONE = Repairs.LamAlef.NONE;

  private static final Set<Damage> DOUBLED = Set.of(Damage.DOUBLED_FRAGMENT);
  private static final Set<Damage> LAM_ALEF = Set.of(Damage.REVERSED_LAM_ALEF);

  @Test
  void aTokenOfEvenLengthMadeOfTwoEqualHalvesIsReadAsOneHalf() {
    assertEquals(List.of(new Reading("سهير", 1.0, DOUBLED)), Repairs.alternates("سهيرسهير", NONE));
    assertEquals(List.of(new Reading("نو", 1.0, DOUBLED)), Repairs.alternates("نونو", NONE));
    // two letters are too short to tell; five letters have no two equal halves, even when the
    // first two letters are the next two (نو نو ن)
    assertEquals(List.of(), Repairs.alternates("مم", NONE));
    assertEquals(List.of(), Repairs.alternates("نونون", NONE));
  }

  @Test
  void aFinalDoubledYehIsSpeculativelyOneYehFromFourLettersOn() {
    assertEquals(
        List.of(new Reading("علي", Repairs.SPECULATIVE, DOUBLED)),
        Repairs.alternates("عليي", NONE));
    assertEquals(List.of(), Repairs.alternates("حيي", NONE));
    assertEquals(List.of(), Repairs.alternates("عليا", NONE));
  }

  @Test
  void aMarkerTokenMakesTheNameDefinitelyReversed() {
    assertEquals(DEFINITE, Repairs.lamAlefMode(List.of("بالل", "محمد")));
    assertEquals(DEFINITE, Repairs.lamAlefMode(List.of("محمد", "عبدهللا")));
    assertEquals(DEFINITE, Repairs.lamAlefMode(List.of("عالء")));
    assertEquals(DEFINITE, Repairs.lamAlefMode(List.of("االء")));
    assertEquals(NONE, Repairs.lamAlefMode(List.of("صلاح", "صالح")));
    assertEquals(SPECULATIVE, Repairs.lamAlefMode(List.of("صالح", "محمد")));
    assertEquals(DEFINITE.ordinal(), NameReadings.repairMode(List.of("محمد", "بالل")));
  }

  @Test
  void aWordFinalAlefLamIsSwappedOnlyInAThreeLetterWord() {
    assertEquals(List.of(new Reading("علا", 1.0, LAM_ALEF)), Repairs.alternates("عال", DEFINITE));
    assertEquals(List.of(), Repairs.alternates("جمال", DEFINITE));
    assertEquals(
        List.of(new Reading("بلال", 1.0, LAM_ALEF)),
        NameReadings.tokenRepairs("بالل", DEFINITE.ordinal()));
  }

  @Test
  void theArticleOfACompoundAndAllahAreNeverSwapped() {
    assertEquals(List.of(), Repairs.alternates("عبدالرحمن", DEFINITE));
    assertEquals(List.of(), Repairs.alternates("عبدالله", DEFINITE));
    // the damaged Allah is mended whatever the mode, with certainty
    assertEquals(
        List.of(new Reading("عبدالله", 1.0, LAM_ALEF)), Repairs.alternates("عبدهللا", NONE));
  }

  @Test
  void aSpeculativeSwapMustGiveACommonName() {
    assertEquals(
        List.of(new Reading("صلاح", Repairs.SPECULATIVE, LAM_ALEF)),
        Repairs.alternates("صالح", SPECULATIVE));
    assertEquals(List.of(), Repairs.alternates("صالح", NONE));
    assertEquals(List.of(), Repairs.alternates("خالد", SPECULATIVE));
  }

  @Test
  void twoSwapsGiveBothTogetherThenEachAlone() {
    assertEquals(
        List.of(
            new Reading("سلاملاك", 1.0, LAM_ALEF),
            new Reading("سلامالك", 1.0, LAM_ALEF),
            new Reading("سالملاك", 1.0, LAM_ALEF)),
        Repairs.alternates("سالمالك", DEFINITE));
  }

  @Test
  void aNamesReadingsAreTheWrittenFormAllRepairsTogetherThenEachAlone() {
    // بالل makes the name definitely damaged; فتحيي is only speculatively فتحي
    List<Reading> readings = NameReadings.of("بالل فتحيي");
    assertEquals(
        List.of(
            new Reading("بالل فتحيي", 1.0, Set.of()),
            new Reading(
                "بلال فتحي",
                Repairs.SPECULATIVE,
                Set.of(Damage.REVERSED_LAM_ALEF, Damage.DOUBLED_FRAGMENT)),
            new Reading("بلال فتحيي", 1.0, LAM_ALEF),
            new Reading("بالل فتحي", Repairs.SPECULATIVE, DOUBLED)),
        readings);
  }

  @Test
  void aNameHasAtMostEightReadings() {
    // seven damaged tokens: the written form, all seven mended, and each one mended alone (nine)
    List<Reading> readings = NameReadings.of("بالل بالل بالل بالل بالل بالل بالل");
    assertEquals(8, readings.size());
    assertEquals("بالل بالل بالل بالل بالل بالل بالل", readings.get(0).text());
    assertEquals("بلال بلال بلال بلال بلال بلال بلال", readings.get(1).text());
    assertEquals("بلال بالل بالل بالل بالل بالل بالل", readings.get(2).text());
    assertEquals("بالل بالل بالل بالل بالل بلال بالل", readings.get(7).text());
  }

  @Test
  void damageCountsOnlyCertainRepairs() {
    assertEquals(Set.of(Damage.REVERSED_LAM_ALEF), NameReadings.damage("بالل فتحيي"));
    assertEquals(Set.of(), NameReadings.damage("صالح محمد"));
  }

  @Test
  void damageSeesArabicCommasAndArabicDigits() {
    // the comma and the space both split the compound: two words for one name token
    assertEquals(
        Set.of(Damage.COMMA_IN_COMPOUND, Damage.SPLIT_COMPOUND),
        NameReadings.damage("عبد، الرحمن"));
    assertEquals(Set.of(Damage.PLACEHOLDER_DIGITS), NameReadings.damage("رافت ٠ مطر"));
    assertEquals(Set.of(Damage.PLACEHOLDER_DIGITS), NameReadings.damage("رافت ۰ مطر"));
    assertTrue(NameReadings.damage("   ").isEmpty());
    assertEquals(Set.of(), NameReadings.damage("محمد علي"));
  }
}
