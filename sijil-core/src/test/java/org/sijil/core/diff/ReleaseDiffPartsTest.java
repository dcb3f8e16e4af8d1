package org.sijil.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.names.NameSimilarity;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * The rules inside {@link ReleaseDiff}, each at its edge: what counts as the same facts, a spelling
 * fix, a restated age, formatting, and where a key is taken as reused. Names are common given
 * names, not real people; the similarities passed in are chosen, not computed.
 */
class ReleaseDiffPartsTest {

  private static CasualtyRecord person(String ar, String en, Age age, Sex sex) {
    return new CasualtyRecord(1, "1", ar, en, age, null, sex, null, null, null, Map.of());
  }

  private static CasualtyRecord arabic(String name, Sex sex) {
    return person(name, null, null, sex);
  }

  private static CasualtyRecord latin(String name) {
    return person(null, name, null, null);
  }

  @Test
  void agesWithinOneCompletedYearAndTheSameSexAreTheSameFacts() {
    assertTrue(
        ReleaseDiff.sameFacts(
            person(null, "x", Age.ofYears(30), Sex.MALE),
            person(null, "x", Age.ofYears(31), Sex.MALE)));
    assertFalse(
        ReleaseDiff.sameFacts(
            person(null, "x", Age.ofYears(30), Sex.MALE),
            person(null, "x", Age.ofYears(32), Sex.MALE)));
    assertFalse(
        ReleaseDiff.sameFacts(
            person(null, "x", Age.ofYears(32), Sex.MALE),
            person(null, "x", Age.ofYears(30), Sex.MALE)));
    assertFalse(
        ReleaseDiff.sameFacts(
            person(null, "x", Age.ofYears(30), Sex.MALE),
            person(null, "x", Age.ofYears(30), Sex.FEMALE)));
  }

  @Test
  void aSideThatDoesNotSayAgreesWithAnything() {
    assertTrue(
        ReleaseDiff.sameFacts(
            person(null, "x", null, null), person(null, "x", Age.ofYears(80), Sex.FEMALE)));
    assertTrue(
        ReleaseDiff.sameFacts(
            person(null, "x", Age.ofYears(3), Sex.MALE), person(null, "x", null, null)));
  }

  @Test
  void aWholeYearAgeRestatedWithTheSameCompletedYearsIsConsistent() {
    assertTrue(ReleaseDiff.consistentAges(Age.ofYears(0), new Age(0, 7, 0)));
    assertTrue(ReleaseDiff.consistentAges(new Age(1, 6, 0), Age.ofYears(1)));
    assertTrue(ReleaseDiff.consistentAges(new Age(0, 0, 20), Age.ofYears(0)));
    assertFalse(ReleaseDiff.consistentAges(Age.ofYears(1), new Age(0, 11, 0)));
    assertFalse(
        ReleaseDiff.consistentAges(new Age(0, 7, 0), new Age(0, 7, 3)),
        "two precise ages that differ are a change, not a restatement");
  }

  @Test
  void aSpellingFixIsAsManyNamesEachWithinTheirLengthAtMostTwoEditsInAll() {
    assertTrue(ReleaseDiff.isSpellingFix(List.of("sara", "ali"), List.of("sarah", "ali")));
    assertTrue(ReleaseDiff.isSpellingFix(List.of("sara", "omar"), List.of("sarah", "omer")));
    assertFalse(
        ReleaseDiff.isSpellingFix(
            List.of("sara", "alia", "omar"), List.of("sarah", "aliaa", "omer")),
        "three edits in all");
    assertFalse(ReleaseDiff.isSpellingFix(List.of("sara", "ali"), List.of("sara")));
    assertTrue(ReleaseDiff.isSpellingFix(List.of("al"), List.of("ax")), "one edit in two letters");
    assertFalse(ReleaseDiff.isSpellingFix(List.of("a"), List.of("b")), "as many edits as letters");
    assertTrue(ReleaseDiff.isSpellingFix(List.of("عبد الله"), List.of("عبدالله")), "compacted");
  }

  @Test
  void compactDropsSpacesPunctuationMarksAndTatweelAndLowerCases() {
    assertEquals("عبدالرحمن", ReleaseDiff.compact("عبد الرحمن"));
    assertEquals("محمد", ReleaseDiff.compact("محـمد"));
    assertEquals("محمد", ReleaseDiff.compact("مُحَمَّد"));
    assertEquals("obriensmith", ReleaseDiff.compact("O'Brien-Smith"));
    assertEquals("block7", ReleaseDiff.compact("Block 7"));
    assertEquals("أحمد", ReleaseDiff.compact("أحمد"), "a hamza is a letter, kept");
  }

  @Test
  void anUnparsedCellIsComparedAsItsTrimmedTextAndAMinusOneAgeAsNothing() {
    Map<String, String> mapping = Map.of("age", "Age", "place", "Place");
    CasualtyRecord unknownAge = rawOnly(Map.of("Age", " -1 ", "Place", " -1 "));
    assertNull(ReleaseDiff.value(unknownAge, CanonicalField.AGE, mapping));
    assertEquals("-1", ReleaseDiff.value(unknownAge, CanonicalField.PLACE, mapping));
    CasualtyRecord unread = rawOnly(Map.of("Age", " about 40 ", "Place", "  "));
    assertEquals("about 40", ReleaseDiff.value(unread, CanonicalField.AGE, mapping));
    assertNull(ReleaseDiff.value(unread, CanonicalField.PLACE, mapping), "blank");
    assertNull(ReleaseDiff.value(unread, CanonicalField.SOURCE, mapping), "no column");
  }

  private static CasualtyRecord rawOnly(Map<String, String> raw) {
    return new CasualtyRecord(1, "1", null, null, null, null, null, null, null, null, raw);
  }

  @Test
  void namesAreComparedInArabicFirstThenLatinThenAcrossScripts() {
    assertEquals(
        1.0,
        ReleaseDiff.nameSimilarity(
            person("محمد", "Ahmad", null, null), person("محمد", "Omar", null, null)),
        "the Arabic names agree, the Latin ones are not looked at");
    assertEquals(1.0, ReleaseDiff.nameSimilarity(latin("Omar Ali"), latin("Omar Ali")));
    assertEquals(
        NameSimilarity.crossScript("عمر علي", "Samir Khalil"),
        ReleaseDiff.nameSimilarity(arabic("عمر علي", null), latin("Samir Khalil")));
    assertEquals(
        NameSimilarity.crossScript("عمر علي", "Samir Khalil"),
        ReleaseDiff.nameSimilarity(latin("Samir Khalil"), arabic("عمر علي", null)));
    assertEquals(
        1.0,
        ReleaseDiff.nameSimilarity(person(null, null, null, null), arabic("عمر", null)),
        "no names to compare: never a reuse");
  }

  @Test
  void nearIdenticalNamesAreNeverADifferentPerson() {
    CasualtyRecord x = arabic("أحمد", Sex.MALE);
    CasualtyRecord y = arabic("سمير", Sex.MALE);
    assertFalse(ReleaseDiff.isDifferentPerson(x, y, ReleaseDiff.SAME_NAME));
    assertTrue(ReleaseDiff.isDifferentPerson(x, y, Math.nextDown(ReleaseDiff.SAME_NAME)));
  }

  @Test
  void theSameNameWrittenWithOrWithoutSpacesIsNotADifferentPerson() {
    assertFalse(
        ReleaseDiff.isDifferentPerson(
            arabic("عبد الرحمن", Sex.MALE), arabic("عبدالرحمن", Sex.MALE), 0.1));
  }

  @Test
  void acrossScriptsOnlyTheSimilarityDecides() {
    CasualtyRecord ar = arabic("عمر", null);
    CasualtyRecord en = latin("Omar");
    assertTrue(ReleaseDiff.isDifferentPerson(ar, en, Math.nextDown(ReleaseDiff.DIFFERENT_NAME)));
    assertFalse(ReleaseDiff.isDifferentPerson(ar, en, ReleaseDiff.DIFFERENT_NAME));
  }

  @Test
  void aNameWithNoWordsLeftCannotShowADifferentPerson() {
    assertFalse(ReleaseDiff.isDifferentPerson(latin("---"), latin("Samir Khalil"), 0.1));
    assertFalse(ReleaseDiff.isDifferentPerson(latin("Samir Khalil"), latin("---"), 0.1));
  }

  @Test
  void aOneLetterSwapIsASpellingFixOnlyWhenAgeAndSexAgree() {
    // علا / عال share only their first letter in place: no other rule keeps them together.
    assertFalse(
        ReleaseDiff.isDifferentPerson(arabic("علا", Sex.FEMALE), arabic("عال", Sex.FEMALE), 0.5));
    assertTrue(
        ReleaseDiff.isDifferentPerson(arabic("علا", Sex.FEMALE), arabic("عال", Sex.MALE), 0.5));
  }

  @Test
  void aKeptGivenNameWithHalfTheNamesSharedIsTheSamePerson() {
    assertFalse(ReleaseDiff.isDifferentPerson(latin("Ahmad Ali"), latin("Ahmad Omar"), 0.5));
    assertFalse(
        ReleaseDiff.isDifferentPerson(latin("Ahmad Ali Hassan"), latin("Ahmad Ali Khalil"), 0.5));
  }

  @Test
  void aKeptGivenNameWithFewNamesSharedIsDecidedByTheSimilarity() {
    CasualtyRecord x = latin("Ahmad Ali Hassan");
    CasualtyRecord y = latin("Ahmad Omar Khalil");
    assertTrue(ReleaseDiff.isDifferentPerson(x, y, Math.nextDown(ReleaseDiff.DIFFERENT_NAME)));
    assertFalse(ReleaseDiff.isDifferentPerson(x, y, ReleaseDiff.DIFFERENT_NAME));
  }

  @Test
  void aDifferentGivenNameIsADifferentPersonBelowNearIdentical() {
    assertTrue(ReleaseDiff.isDifferentPerson(latin("Ahmad Ali"), latin("Samir Ali"), 0.8));
  }

  @Test
  void aKeyOnTwoRowsOfTheLaterReleaseIsReportedOnThatSideAndLeftOut() {
    Map<String, String> mapping = Map.of("id", "id", "name_en", "name");
    CasualtyRecord before = keyed(1, "Omar Ali");
    ReleaseDiff.Side a = new ReleaseDiff.Side(List.of(before), mapping);
    ReleaseDiff.Side b =
        new ReleaseDiff.Side(List.of(keyed(4, "Omar Ali"), keyed(9, "Omar Aly")), mapping);
    DiffResult d = ReleaseDiff.compare(a, b, CanonicalField.ID);
    assertEquals(List.of(new DuplicateKey("K1", "after", List.of(4L, 9L))), d.duplicateKeys());
    assertEquals(0, d.unchanged() + d.changed().size() + d.removed().size() + d.added().size());
  }

  private static CasualtyRecord keyed(long row, String name) {
    return new CasualtyRecord(
        row,
        "K1",
        null,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of("id", "K1", "name", name));
  }
}
