package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule of {@link NameComparator} per test, each on common names with the score worked out by
 * hand. The role weights are given 0.40, father 0.25, grandfather 0.12, further ancestors 0.05 and
 * family 0.23 (a four-token chain's weights sum to 1), and a token's agreement is its similarity
 * rescaled from [0.70, 1] to [0, 1]. A replaced token is chosen so that its Jaro–Winkler with the
 * original is at most 0.70 (agreement 0): خالد/احمد 2/3 (ا and د match), خالد/محمد 1/2 (د), حسن/علي
 * 0 (no letter in common), الخطيب/النجار 0.644 (ال), حسن/خالد 0.
 */
class NameComparatorRulesTest {

  private static final NameComparator NAMES = NameComparator.standard();
  private static final double EPS = 1e-9;

  @Test
  void agreementRescalesSimilarityFromTheFloor() {
    assertEquals(0.0, NameComparator.agreement(0.0));
    assertEquals(0.0, NameComparator.agreement(0.70));
    assertTrue(NameComparator.agreement(Math.nextUp(0.70)) > 0.0);
    assertEquals(0.5, NameComparator.agreement(0.85), EPS);
    assertEquals(1.0, NameComparator.agreement(1.0));
  }

  @Test
  void eachRoleOfAFourTokenChainCarriesItsWeight() {
    String name = "احمد محمد علي النجار";
    // the weights of the agreeing roles, over a total weight of 1
    assertEquals(0.60, arabic(name, "خالد محمد علي النجار"), EPS);
    assertEquals(0.75, arabic(name, "احمد خالد علي النجار"), EPS);
    assertEquals(0.88, arabic(name, "احمد محمد حسن النجار"), EPS);
    assertEquals(0.77, arabic(name, "احمد محمد علي الخطيب"), EPS);
  }

  @Test
  void aFurtherAncestorWeighsLeast() {
    // five tokens: given, father, grandfather, ancestor, family; total weight 1.05
    double s = arabic("احمد محمد علي حسن النجار", "احمد محمد علي خالد النجار");
    assertEquals(1.00 / 1.05, s, EPS);
  }

  @Test
  void aMiddleNameOnOneSideCountsAQuarterOfItsWeightAgainst() {
    // the grandfather is missing on one side: 0.88 agree over 0.88 + 0.12 / 4
    assertEquals(0.88 / 0.91, arabic("احمد محمد علي النجار", "احمد محمد النجار"), EPS);
    // an ancestor missing on one side: 1.00 over 1.00 + 0.05 / 4
    assertEquals(1.00 / 1.0125, arabic("احمد محمد علي حسن النجار", "احمد محمد علي النجار"), EPS);
  }

  @Test
  void aShorterChainIsAlsoReadAsTheLongerOneWithoutItsFamily() {
    // By role, the family النجار meets علي (agreement 0): 0.65 / 0.91 = 0.714. Read as a prefix,
    // علي is the grandfather and only the family is missing: (0.40 + 0.25 + 0.12) over that plus
    // 0.23 / 4 = 0.77 / 0.8275 = 0.9305. The better reading is kept.
    assertEquals(0.77 / 0.8275, arabic("احمد محمد علي النجار", "احمد محمد علي"), EPS);
    assertEquals(0.77 / 0.8275, arabic("احمد محمد علي", "احمد محمد علي النجار"), EPS);
  }

  @Test
  void aFamilyOnOneSideOnlyCountsAQuarterOfItsWeightAgainst() {
    // one Latin word has no family; two words have one: 0.40 over 0.40 + 0.23 / 4
    assertEquals(0.40 / 0.4575, latin("Ahmad", "Ahmad Najjar"), EPS);
    assertEquals(0.40 / 0.4575, latin("Ahmad Najjar", "Ahmad"), EPS);
  }

  @Test
  void theSameTwoTokensInAnotherOrderScoreTheReorderedLevel() {
    // by role the given names and the families disagree (agreement 0): 0 before the rule
    assertEquals(NameComparator.REORDERED, arabic("احمد النجار", "النجار احمد"), EPS);
  }

  @Test
  void aFamilyEqualWithoutItsArticleScoresTheFamilyCoreLevel() {
    // المدهون / مدهون: Jaro–Winkler 0.905 (5 of 7 and 5 of 5 letters), raised to 0.97: agreement
    // 0.9, so 0.77 + 0.23 * 0.9
    assertEquals(0.977, arabic("احمد محمد علي المدهون", "احمد محمد علي مدهون"), EPS);
  }

  @Test
  void anAliasEqualToTheOtherFamilyCountsAsEqualOnEitherSide() {
    assertEquals(1.0, arabic("رنا محمد علي حسونه (النجار)", "رنا محمد علي النجار"), EPS);
    assertEquals(1.0, arabic("رنا محمد علي النجار", "رنا محمد علي حسونه (النجار)"), EPS);
  }

  @Test
  void twoKnownDistinctNamesAreCapped() {
    // محمد / محمود: Jaro–Winkler 0.9533 (all four letters of محمد match), capped at 0.75 because
    // both are common names; a one-token name scores its given name's agreement: 0.05 / 0.30
    assertEquals(1.0 / 6, arabic("محمد", "محمود"), EPS);
  }

  @Test
  void aLostDotScoresTheSkeletonLevel() {
    // شراب / سراب: Jaro–Winkler 5/6 (three of four letters), raised to 0.90: agreement 2/3
    assertEquals(2.0 / 3, arabic("شراب", "سراب"), EPS);
  }

  @Test
  void latinSpellingsWithOneConsonantKeyScoreTheLatinKeyLevel() {
    // Yousef / Yusuf: Jaro 0.8222 (y, u, s, f match), Winkler 0.84 (prefix y), raised to 0.93:
    // agreement 0.23 / 0.30
    assertEquals(0.23 / 0.30, latin("Yousef", "Yusuf"), EPS);
  }

  @Test
  void aSpeculativeReadingCountsItsConfidence() {
    // صالح / صلاح: Jaro–Winkler 0.925 (one transposition), capped at 0.75 as two common names;
    // each is also read as the other with lam and alef swapped, at confidence 0.88, which wins:
    // agreement 0.18 / 0.30
    assertEquals(0.6, arabic("صالح", "صلاح"), EPS);
  }

  @Test
  void acrossScriptsATokenWeighsItsConsonantKeysAndItsSpelling() {
    // سامر is spelled samar, Samir samir; both keys are smr (1.0). samar / samir: Jaro 0.8667
    // (four letters), Winkler 0.9067 (prefix sam). 0.6 * 1 + 0.4 * 0.9067 = 0.9627: agreement
    // 0.8756, the Arabic side first or second
    double jaro = (4.0 / 5 + 4.0 / 5 + 1) / 3;
    double winkler = jaro + 3 * 0.1 * (1 - jaro);
    double expected = (0.6 * 1.0 + 0.4 * winkler - 0.70) / 0.30;
    ComparableName samer = ComparableName.arabic("سامر");
    ComparableName samir = ComparableName.latin("Samir");
    assertEquals(expected, NAMES.compare(samer, samir), EPS);
    assertEquals(expected, NAMES.compare(samir, samer), EPS);
  }

  @Test
  void namesFrequentInTheDataAreKnownDistinctNames() {
    NameFrequencies f =
        NameFrequencies.of(List.of("تامر", "ثامر", "تامر", "ثامر", "كرم", "كريم", "كرم", "كريم"));
    NameComparator seenTwice = NameComparator.withFrequencies(f, 2);
    NameComparator seenThrice = NameComparator.withFrequencies(f, 3);
    // كرم / كريم: Jaro 0.9167, Winkler 0.9333 (prefix كر): agreement 0.7778, capped to 1/6 when
    // both are frequent names
    assertEquals(0.7778, score(NAMES, "كرم", "كريم"), 1e-4);
    assertEquals(1.0 / 6, score(seenTwice, "كرم", "كريم"), EPS);
    assertEquals(0.7778, score(seenThrice, "كرم", "كريم"), 1e-4);
    // تامر / ثامر differ by a dot (skeleton level 0.90), but two frequent names are two names
    assertEquals(2.0 / 3, score(NAMES, "تامر", "ثامر"), EPS);
    assertEquals(1.0 / 6, score(seenTwice, "تامر", "ثامر"), EPS);
  }

  @Test
  void frequenciesMustCountAtLeastOnce() {
    NameFrequencies f = NameFrequencies.of(List.of("كرم"));
    assertThrows(IllegalArgumentException.class, () -> NameComparator.withFrequencies(f, 0));
    assertEquals(1.0, score(NameComparator.withFrequencies(f, 1), "كرم", "كرم"));
  }

  @Test
  void anEmptyNameOnEitherSideScoresZeroAndIsMissing() {
    ComparableName name = ComparableName.arabic("احمد محمد");
    ComparableName empty = ComparableName.arabic("");
    assertEquals(0.0, NAMES.compare(name, empty));
    assertEquals(0.0, NAMES.compare(empty, name));
    assertEquals(NameLevel.MISSING, NAMES.level(name, empty));
    assertEquals(NameLevel.MISSING, NAMES.level(empty, name));
    assertEquals(NameLevel.EXACT, NAMES.level(name, ComparableName.arabic("احمد محمد")));
  }

  private static double arabic(String a, String b) {
    return score(NAMES, a, b);
  }

  private static double score(NameComparator comparator, String a, String b) {
    return comparator.compare(ComparableName.arabic(a), ComparableName.arabic(b));
  }

  private static double latin(String a, String b) {
    return NAMES.compare(ComparableName.latin(a), ComparableName.latin(b));
  }
}
