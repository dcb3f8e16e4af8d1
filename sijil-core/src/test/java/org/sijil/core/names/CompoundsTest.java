package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Compounds}, on common names. */
class CompoundsTest {

  private static List<String> tokens(String name) {
    return NameParser.parse(name).tokens().stream().map(NameToken::text).toList();
  }

  @Test
  void aPrefixJoinsTheFollowingWord() {
    assertEquals(List.of("عبدالكريم", "محمد"), tokens("عبد الكريم محمد"));
    assertEquals(List.of("محمد", "ابوعمر"), tokens("محمد ابو عمر"));
    assertEquals(List.of("سامي", "النجار"), tokens("سامي ال نجار"));
    assertTrue(Compounds.PREFIXES.containsAll(List.of("عبد", "ابو", "بو", "ام", "ال")));
  }

  @Test
  void aSuffixJoinsThePrecedingWord() {
    assertEquals(List.of("نصرالله", "حسن"), tokens("نصر الله حسن"));
    assertEquals(List.of("صلاحالدين", "علي"), tokens("صلاح الدين علي"));
    assertEquals(List.of("فاطمهالزهراء", "علي"), tokens("فاطمه الزهراء علي"));
    assertEquals(List.of("زينالعابدين", "علي"), tokens("زين العابدين علي"));
  }

  @Test
  void connectorsBetweenNamesAreDropped() {
    assertEquals(List.of("عبدالله", "محمد"), tokens("عبدالله بن محمد"));
    assertEquals(List.of("مريم", "احمد"), tokens("مريم بنت احمد"));
  }

  @Test
  void onlyShortWordsStartingWithAlefBehAinOrHehMayBeParticles() {
    assertTrue(Compounds.mayBeParticle("ابو"));
    assertTrue(Compounds.mayBeParticle("بن"));
    assertTrue(Compounds.mayBeParticle("عبد"));
    assertTrue(Compounds.mayBeParticle("هللا"));
    assertTrue(Compounds.mayBeParticle("العابدين")); // eight letters: the longest particle
    assertFalse(Compounds.mayBeParticle("العابدينن")); // nine
    assertFalse(Compounds.mayBeParticle("محمد"));
    assertFalse(Compounds.mayBeParticle("نور"));
    assertFalse(Compounds.mayBeParticle(""));
  }

  @Test
  void theArticleAfterAPrefixOrBeforeASuffixBelongsToTheCompound() {
    assertTrue(Compounds.isCompoundArticle("عبدالرحمن", 3));
    assertTrue(Compounds.isCompoundArticle("ابوالقمصان", 3));
    assertTrue(Compounds.isCompoundArticle("نورالدين", 3));
    assertTrue(Compounds.isCompoundArticle("نصرالله", 3));
    // بالل is بلال with its lam-alef reversed, not بـ + an article.
    assertFalse(Compounds.isCompoundArticle("بالل", 1));
    assertFalse(Compounds.isCompoundArticle("سالم", 1));
  }

  @Test
  void theArticleIsDroppedOnlyWhenTwoLettersOrMoreRemain() {
    assertEquals("نجار", Compounds.withoutArticle("النجار"));
    assertEquals("كرد", Compounds.withoutArticle("الكرد"));
    assertEquals("الم", Compounds.withoutArticle("الم"));
    assertEquals("محمد", Compounds.withoutArticle("محمد"));
  }
}
