package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Romanization#reduce}, {@link Romanization#skeleton} and friends. */
class RomanizationRulesTest {

  @Test
  void theArticleGoesFromWordsOfFourLettersOrMore() {
    assertEquals("najar", Romanization.reduce("alnajjar"));
    assertEquals("ali", Romanization.reduce("ali")); // three letters: a name, not an article
  }

  @Test
  void aVowelRunAfterTheArticleGoesWhenTwoLettersOrMoreRemain() {
    assertEquals("ktraui", Romanization.reduce("aliqtraoi"));
    assertEquals("jal", Romanization.reduce("alajal"));
    assertEquals("jl", Romanization.reduce("alajl"));
  }

  @Test
  void theArticleJoiningAbdAndAbuCompoundsGoes() {
    assertEquals("abdrahman", Romanization.reduce("abdalrahman"));
    assertEquals("abuta", Romanization.reduce("abualata"));
    assertEquals("abuta", Romanization.reduce("abwalata")); // abw- written for abu
  }

  @Test
  void aGivenNameKeepsItsAl() {
    assertEquals("alma", Romanization.reduceGiven("alma"));
    assertEquals("najar", Romanization.reduceGiven("najjar"));
    assertEquals(List.of("alma", "hasan"), Romanization.latin("Alma Hassan"));
  }

  @Test
  void lettersOneArabicLetterIsWrittenWithAreMerged() {
    assertEquals("kasim", Romanization.reduce("qasim"));
    assertEquals("jamal", Romanization.reduce("gamal"));
    assertEquals("fadi", Romanization.reduce("vadi"));
    assertEquals("basha", Romanization.reduce("pasha"));
    assertEquals("ahmad", Romanization.reduce("ahmed"));
    assertEquals("umar", Romanization.reduce("omar"));
  }

  @Test
  void wawAndYehNotBeforeAVowelAreVowels() {
    assertEquals("auni", Romanization.reduce("awni"));
    assertEquals("aiman", Romanization.reduce("ayman"));
    assertEquals("dawud", Romanization.reduce("dawud")); // w before a vowel stays
    assertEquals("yahya", Romanization.reduce("yahya")); // y first and before a vowel stays
  }

  @Test
  void doubledLettersCountOnceAndAFinalHAfterAVowelGoes() {
    assertEquals("hasan", Romanization.reduce("hassan"));
    assertEquals("juma", Romanization.reduce("jumaah"));
    assertEquals("sbh", Romanization.reduce("sbh")); // after a consonant the h stays
  }

  @Test
  void connectorsAreLeftOutAndPrefixesJoinTheirWord() {
    assertEquals(List.of("hasan", "ali"), Romanization.latin("Hassan bin Ali"));
    assertEquals(List.of("ahmad", "ali"), Romanization.latin("Ahmad ibn Ali"));
    assertEquals(List.of("abukumsan"), Romanization.latin("Abu al-Qumsan"));
  }

  @Test
  void theSkeletonIsTheFirstLetterAndTheConsonants() {
    assertEquals("jm", Romanization.skeleton("jumaa"));
    assertEquals("abrhm", Romanization.skeleton("ibrahim")); // an initial vowel is a
    assertEquals("hsn", Romanization.skeleton("hasan"));
  }

  @Test
  void theSkeletonLeavesOutAnHAfterADigraphLetterAndAFinalH() {
    assertEquals("sd", Romanization.skeleton("shahada"));
    assertEquals(Romanization.skeleton("shada"), Romanization.skeleton("shahada"));
    assertEquals("sb", Romanization.skeleton("sabah"));
  }

  @Test
  void zThAndDhCountAsD() {
    assertEquals("md", Romanization.skeleton("muaz"));
    assertEquals("md", Romanization.skeleton("muath"));
    assertEquals("ndr", Romanization.skeleton("nazir"));
    assertEquals("ndr", Romanization.skeleton("nadhir"));
    assertEquals("ndr", Romanization.skeleton("nathir"));
  }

  @Test
  void arabicTokensAreReducedFromTheirTransliteration() {
    assertEquals("karad", Romanization.arabicToken("كرد"));
    assertEquals("ayada", Romanization.arabicToken("عياده")); // an initial ayn is a vowel
    assertEquals(List.of("abdkarim"), Romanization.arabic(NameParser.parse("عبد الكريم")));
  }

  @Test
  void similarityIsTheWeakestWordAndAtLeastSkeletonEqualForOneSkeleton() {
    assertEquals(1.0, Romanization.similarity(List.of("hasan", "ali"), List.of("hasan", "ali")));
    double skeletons = Romanization.similarity(List.of("shahada", "ali"), List.of("shada", "ali"));
    assertTrue(skeletons >= Romanization.SKELETON_EQUAL, "skeletons agree: " + skeletons);
    assertTrue(
        Romanization.similarity(List.of("hasan", "ali"), List.of("hasan", "umar")) < 0.8,
        "a whole word apart");
    assertEquals(0.0, Romanization.similarity(List.of(), List.of("hasan")));
  }
}
