package org.sijil.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;

/**
 * Key reuse on the shapes the two real Ministry releases show (artificial names): a given name
 * respelled by one or two letters ({@code س}/{@code ش}, a dropped letter, a reversed lam-alef) with
 * the same age is the same person; a different given name with another age and sex is not.
 */
class KeyReuseSpellingTest {

  private static CasualtyRecord rec(String id, String name, int age) {
    return ReleaseDiffRulesTest.rec(1, id, name, null, Integer.toString(age), Age.ofYears(age));
  }

  private static int reused(String before, int ageBefore, String after, int ageAfter) {
    DiffResult d =
        ReleaseDiffRulesTest.diff(
            List.of(rec("1", before, ageBefore)), List.of(rec("1", after, ageAfter)));
    return d.keyReused().size();
  }

  @Test
  void oneLetterSpellingFixesOfTheSamePersonAreNotKeyReuse() {
    // ش for س in the given name (a letter's dots lost or added)
    assertEquals(0, reused("شادن تجريب فاحص اختبار", 31, "سادن تجريب فاحص اختبار", 31));
    // a letter substituted and one dropped in a short given name
    assertEquals(0, reused("يسرو تجريب فاحص اختبار", 50, "يشو تجريب فاحص اختبار", 50));
    // lam-alef written reversed by PDF extraction
    assertEquals(0, reused("علا تجريب فاحص اختبار", 31, "عال تجريب فاحص اختبار", 31));
    // two names spaced differently
    assertEquals(0, reused("شادن   اختبار", 25, "سادن     اختبار", 25));
    // the age written a year later still agrees
    assertEquals(0, reused("شادن تجريب فاحص اختبار", 31, "سادن تجريب فاحص اختبار", 32));
  }

  @Test
  void aDifferentGivenNameOrOtherFactsStillFlagReuse() {
    assertEquals(1, reused("كمال تجريب فاحص اختبار", 60, "سعاد تجريب فاحص اختبار", 30));
    assertEquals(1, reused("شادن تجريب فاحص اختبار", 31, "نوال مختلف غريب آخر", 31));
  }

  @Test
  void theSpellingRuleCountsEditsOverTheWholeChain() {
    assertEquals(
        true, ReleaseDiff.isSpellingFix(List.of("شرين", "تجريب"), List.of("سرين", "تجريب")));
    assertEquals(
        false,
        ReleaseDiff.isSpellingFix(
            List.of("شرين", "تجريب", "فاحص"), List.of("سرين", "تحريك", "فاحس")),
        "three edits in all is more than spelling");
    assertEquals(false, ReleaseDiff.isSpellingFix(List.of("اب"), List.of("جد")));
  }
}
