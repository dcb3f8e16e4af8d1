package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The intake rules one by one, each at its edge, and the order they are checked in. */
class SubmissionRulesTest {

  private static Optional<String> problem(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return SubmissionRules.problem(new Submission("d", "i", null, m, null));
  }

  private static Optional<String> named(String... pairs) {
    String[] all = new String[pairs.length + 2];
    all[0] = "name_ar";
    all[1] = "اسم";
    System.arraycopy(pairs, 0, all, 2, pairs.length);
    return problem(all);
  }

  @Test
  void aNameInEitherScriptIsEnough() {
    assertEquals(Optional.empty(), problem("name_ar", "اسم"));
    assertEquals(Optional.empty(), problem("name_en", "Testname"));
    assertEquals(
        Optional.of("no name: name_ar or name_en is required"), problem("father_name", "Test"));
  }

  @Test
  void sexIsMOrF() {
    assertEquals(Optional.empty(), named("sex", "m"));
    assertEquals(Optional.empty(), named("sex", "f"));
    assertEquals(Optional.of("sex must be m or f, got 'M'"), named("sex", "M"));
    assertEquals(Optional.of("sex must be m or f, got 'x'"), named("sex", "x"));
  }

  @Test
  void ageIsWholeYearsFromZeroTo130() {
    assertEquals(Optional.empty(), named("age", "0"));
    assertEquals(Optional.empty(), named("age", "130"));
    assertEquals(Optional.empty(), named("age", "007"));
    assertEquals(
        Optional.of("age must be whole years from 0 to 130, got '131'"), named("age", "131"));
    for (String bad : new String[] {"1000", "-1", "2.5", "٣٠", "30 years"}) {
      assertEquals(
          Optional.of("age must be whole years from 0 to 130, got '" + bad + "'"),
          named("age", bad),
          bad);
    }
  }

  @Test
  void datesAreIsoAndBirthIsNotAfterDeath() {
    assertEquals(Optional.empty(), named("dob", "2000-02-29", "dod", "2000-02-29"));
    assertEquals(Optional.empty(), named("dob", "2000-02-28"));
    assertEquals(Optional.empty(), named("dod", "2024-01-09"));
    assertEquals(
        Optional.of("dob 2000-03-01 is after dod 2000-02-29"),
        named("dob", "2000-03-01", "dod", "2000-02-29"));
    assertEquals(
        Optional.of("dob must be a date yyyy-MM-dd, got '2001-02-29'"),
        named("dob", "2001-02-29", "dod", "bad"));
    assertEquals(
        Optional.of("dod must be a date yyyy-MM-dd, got '09/01/2024'"), named("dod", "09/01/2024"));
  }

  @Test
  void consentWhenGivenIsYes() {
    assertEquals(Optional.empty(), named("consent", "yes"));
    assertEquals(
        Optional.of("consent must be yes to take the report in, got 'no'"), named("consent", "no"));
    assertEquals(
        Optional.of("consent must be yes to take the report in, got 'Yes'"),
        named("consent", "Yes"));
  }

  @Test
  void theFirstBrokenRuleIsTheOneReported() {
    assertEquals(
        "no name: name_ar or name_en is required",
        problem("sex", "x", "age", "999", "consent", "no").orElseThrow());
    assertEquals("sex must be m or f, got 'x'", named("sex", "x", "age", "999").orElseThrow());
    assertEquals(
        "age must be whole years from 0 to 130, got '999'",
        named("age", "999", "dod", "x").orElseThrow());
    assertEquals(
        "dod must be a date yyyy-MM-dd, got 'x'", named("dod", "x", "consent", "no").orElseThrow());
  }

  @Test
  void datesReadAsIsoOrNull() {
    assertNull(SubmissionRules.date(null));
    assertEquals(LocalDate.of(2024, 1, 9), SubmissionRules.date("2024-01-09"));
    assertThrows(DateTimeParseException.class, () -> SubmissionRules.date("2024-1-9"));
  }
}
