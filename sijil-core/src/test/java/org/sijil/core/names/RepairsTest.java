package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per damage class of the shared README; readings never change the stored value. */
class RepairsTest {

  private static List<String> readingTexts(String raw) {
    return NameReadings.of(raw).stream().map(Reading::text).toList();
  }

  private static Reading best(String raw) {
    return NameReadings.of(raw).get(1);
  }

  @Test
  void reversedLamAlefInAllah() {
    assertEquals("عبدالله محمد", best("عبدهللا محمد").text());
    assertEquals(1.0, best("عبدهللا محمد").confidence());
    assertEquals(Set.of(Damage.REVERSED_LAM_ALEF), best("عبدهللا محمد").repairs());
  }

  @Test
  void reversedLamAlefInBilalTalalAlaaAndAalaa() {
    assertTrue(readingTexts("بالل محمد").contains("بلال محمد"));
    assertTrue(readingTexts("طالل محمد").contains("طلال محمد"));
    assertTrue(readingTexts("عالء محمد").contains("علاء محمد"));
    assertTrue(readingTexts("االء محمد").contains("الاء محمد"));
    assertEquals(1.0, best("بالل محمد").confidence());
  }

  @Test
  void reversedLamAlefInAnyWordOfADamagedName() {
    // The marker in one word makes every word's swap certain: the family name too.
    List<String> r = readingTexts("عبدهللا محمد الفالح");
    assertTrue(r.contains("عبدالله محمد الفلاح"), r.toString());
    // compound articles are never swapped
    assertEquals("عبدالرحمن بلال ابوالقمصان", best("عبدالرحمن بالل ابوالقمصان").text());
  }

  @Test
  void nameWithCorrectLamAlefGetsNoSwaps() {
    assertEquals(List.of("علاء صالح"), readingTexts("علاء صالح"));
  }

  @Test
  void ambiguousSwapIsOnlySpeculative() {
    Reading r = best("صالح محمد");
    assertEquals("صلاح محمد", r.text());
    assertEquals(Repairs.SPECULATIVE, r.confidence());
    assertTrue(NameSimilarity.arabic("صالح محمد", "صلاح محمد") < NameLevel.HIGH_THRESHOLD);
  }

  @Test
  void doubledFragment() {
    assertEquals("سهير محمد", best("سهيرسهير محمد").text());
    assertEquals(Set.of(Damage.DOUBLED_FRAGMENT), best("سهيرسهير محمد").repairs());
    assertEquals(1.0, NameSimilarity.arabic("سهيرسهير محمد النجار", "سهير محمد النجار"));
  }

  @Test
  void commaInsideCompound() {
    assertTrue(NameReadings.damage("عبد,الرحمن محمد").contains(Damage.COMMA_IN_COMPOUND));
    assertEquals(1.0, NameSimilarity.arabic("عبد,الرحمن محمد", "عبدالرحمن محمد"));
    assertEquals(1.0, NameSimilarity.arabic("سعيد ابو،القمصان", "سعيد ابوالقمصان"));
  }

  @Test
  void mergedAndSplitCompounds() {
    assertTrue(NameReadings.damage("عبد الرحمن محمد").contains(Damage.SPLIT_COMPOUND));
    assertEquals(1.0, NameSimilarity.arabic("سعيد ابوالقمصان", "سعيد ابو القمصان"));
    assertEquals(1.0, NameSimilarity.arabic("عبدالرحمن سعيد", "عبد الرحمن سعيد"));
    assertEquals(1.0, NameSimilarity.arabic("نصرالله سعيد", "نصر الله سعيد"));
  }

  @Test
  void hamzaAndYaVariants() {
    assertEquals(1.0, NameSimilarity.arabic("فؤاد مصطفى", "فواد مصطفي"));
    assertEquals(1.0, NameSimilarity.arabic("أحمد علي", "احمد على"));
  }

  @Test
  void placeholderDigits() {
    assertTrue(NameReadings.damage("رافت 0 0 مطر").contains(Damage.PLACEHOLDER_DIGITS));
    assertEquals(
        List.of("رافت", "مطر"),
        NameParser.parse("رافت 0 0 مطر").tokens().stream().map(NameToken::text).toList());
  }

  @Test
  void bilalMatchesWhileTheStoredRawStaysUntouched() {
    String stored = "بالل";
    ParsedName parsed = NameParser.parseFull(stored);
    assertEquals(1.0, NameSimilarity.chain(NameParser.parse(stored), NameParser.parse("بلال")));
    assertEquals(
        NameLevel.EXACT,
        NameSimilarity.chainLevel(ComparableName.arabic(stored), ComparableName.arabic("بلال")));
    assertEquals("بلال", best(stored).text(), "matching reads the repaired spelling");
    assertEquals("بالل", parsed.raw());
    assertEquals("بالل", parsed.chain().given()); // the chain shows what was written
    assertEquals("بالل", NameReadings.of(stored).get(0).text()); // the written form comes first
    assertFalse(NameReadings.of(stored).get(0).repaired());
  }

  @Test
  void emptyHasNoReadings() {
    assertTrue(NameReadings.of("").isEmpty());
    assertTrue(NameReadings.damage(null).isEmpty());
  }
}
