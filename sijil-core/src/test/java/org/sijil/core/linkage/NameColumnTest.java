package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The weakest-token name similarity: relatives differ in a whole token, damage within one. */
class NameColumnTest {

  private static double weakest(String a, String b, double floor) {
    ArabicNameColumn c =
        new ArabicNameColumn("name_ar", new String[] {a, b}, "weakest_token_jaro_winkler");
    return c.similarity(0, 1, new Scratch(), floor);
  }

  private static double weakest(String a, String b) {
    return weakest(a, b, Double.NEGATIVE_INFINITY);
  }

  @Test
  void siblingsDifferInTheirGivenNameAndFallBelowEveryNameLevel() {
    // Same father, grandfather and family: the mean over tokens would be high, the weakest is not.
    assertTrue(weakest("خالد احمد محمود النجار", "عمر احمد محمود النجار") < 0.8);
  }

  @Test
  void cousinsNamedAfterTheirGrandfatherDifferInTheFather() {
    assertTrue(weakest("محمد خالد محمد الشوا", "محمد سامي محمد الشوا") < 0.8);
  }

  @Test
  void aLetterDroppedByExtractionKeepsTheNameClose() {
    double s = weakest("زهير احمد محمود النجار", "زهي احمد محمود النجار");
    assertTrue(s >= 0.88 && s < 1, "similarity " + s);
  }

  @Test
  void aReversedLamAlefIsReadAsTheRightSpelling() {
    // هللا is certain damage: the repaired token is the other name's token.
    assertEquals(1.0, weakest("سامي عبدالله محمد النجار", "سامي عبدهللا محمد النجار"));
    assertEquals(1.0, weakest("سامي عبدهللا محمد النجار", "سامي عبدالله محمد النجار"));
  }

  @Test
  void aRepairThatFitsNeitherSideChangesNothing() {
    double plain = weakest("سامي عبدهللا محمد النجار", "سامي عبدالرحمن محمد النجار");
    assertTrue(plain < 0.88, "similarity " + plain);
  }

  @Test
  void equalNamesAreOne() {
    assertEquals(1.0, weakest("سلمى يوسف علي حمدان", "سلمى يوسف علي حمدان"));
  }

  @Test
  void anAddedNameFallsBackOnTheWholeChain() {
    String four = "محمد احمد محمود النجار";
    String five = "محمد احمد محمود علي النجار";
    double s = weakest(four, five);
    assertEquals(
        Similarity.jaroWinkler(
            "محمداحمدمحمودالنجار".toCharArray(),
            "محمداحمدمحمودعليالنجار".toCharArray(),
            new Scratch()),
        s,
        1e-12);
  }

  @Test
  void belowTheFloorOnlyTheAnswerNoIsExact() {
    String a = "خالد احمد محمود النجار";
    String b = "عمر سامي محمود النجار";
    double exact = weakest(a, b);
    double early = weakest(a, b, 0.8);
    assertTrue(early < 0.8 && exact < 0.8 && early >= exact);
    // At or above the floor the value is exact.
    String c = "زهير احمد محمود النجار";
    String d = "زهي احمد محمود النجار";
    assertEquals(weakest(c, d), weakest(c, d, 0.8));
  }

  @Test
  void aMissingGrandfatherIsAlignedWordByWordButCapped() {
    String four = "علي سامي عبدالرحمن ابوجامع";
    String three = "علي سامي ابوجامع";
    double whole =
        Similarity.jaroWinkler(
            "عليساميعبدالرحمنابوجامع".toCharArray(), "عليساميابوجامع".toCharArray(), new Scratch());
    assertTrue(whole < org.sijil.core.names.WordDrop.DROPPED_WORD, "whole " + whole);
    assertEquals(org.sijil.core.names.WordDrop.DROPPED_WORD, weakest(four, three));
    assertEquals(weakest(three, four), weakest(four, three));
  }

  @Test
  void aMissingFatherIsNotAlignedAway() {
    // Without the father the chain reads as an uncle's; a joined pair must not absorb it either.
    String four = "احمد خالد محمد النجار";
    String three = "احمد محمد النجار";
    // No alignment keeps the father, so the pair falls below every name level (the whole chains'
    // Jaro-Winkler, shared given and family names, would have put it at 0.8 or above).
    assertTrue(weakest(four, three) < 0.8, "similarity " + weakest(four, three));
    assertEquals(weakest(three, four), weakest(four, three));
  }

  @Test
  void strangersOneWordApartAreNotLiftedByTheNamesTheyShareAtTheFront() {
    // Two men of different families whose given, father's and grandfather's names are all the
    // commonest one: Jaro-Winkler of the whole chains rewards the long shared prefix.
    String four = "محمد محمد محمد جبر";
    String five = "محمد محمد محمد راغب الناعوق";
    double whole =
        Similarity.jaroWinkler(
            "محمدمحمدمحمدجبر".toCharArray(),
            "محمدمحمدمحمدراغبالناعوق".toCharArray(),
            new Scratch());
    assertTrue(whole >= 0.8 && whole < org.sijil.core.names.WordDrop.JOINED, "whole " + whole);
    assertTrue(weakest(four, five) < 0.8, "similarity " + weakest(four, five));
  }

  @Test
  void aCrossScriptColumnWithoutCrossPairsIsNullEverywhere() {
    // Every record has both names or none: no Arabic-only record meets a Latin-only one.
    String[] arabic = {"محمد احمد النجار", null, "سلمى يوسف حمدان", "  "};
    String[] latin = {"Mohammed Ahmad Alnajjar", null, "Salma Yousef Hamdan", null};
    CrossScriptNameColumn c =
        new CrossScriptNameColumn("name", arabic, latin, arabic.length, false, null);
    for (int r = 0; r < arabic.length; r++) {
      assertTrue(c.isNull(r), "record " + r);
      assertTrue(Double.isNaN(c.termFrequency(r)), "record " + r);
      assertEquals(0, c.rows.tokenCount(r), "record " + r);
      for (String part : c.parts()) {
        assertEquals(FeatureColumn.MISSING, c.key(part, r), part + " of record " + r);
      }
    }
    assertEquals(0, c.rows.letters.length);
    assertEquals(0, c.skeletonIds.length);
    assertEquals(arabic[2], c.display(2));
  }

  @Test
  void aColumnShowsTheTextsItIsToldToReadWhenAsked() {
    String[] arabic = {"محمد احمد النجار", null, "سلمى يوسف حمدان"};
    ArabicNameColumn c = new ArabicNameColumn("name_ar", arabic, "weakest_token_jaro_winkler");
    assertEquals(arabic[0], c.display(0));
    assertEquals(null, c.display(1));
    String[] records = {"محمد  احمد النجار", null, "سلمى يوسف حمدان "};
    c.showFrom(r -> records[r]);
    assertEquals(records[0], c.display(0));
    assertEquals(null, c.display(1));
    assertEquals(records[2], c.display(2));
    // What is compared stays what the column was built from.
    assertEquals(1.0, c.similarity(0, 0, new Scratch()));
    assertTrue(c.isNull(1));
  }
}
