package org.sijil.core.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sijil.core.record.Sex;

class SexParserTest {

  @Test
  void acceptsTheUsualForms() {
    for (String s : new String[] {"m", "M", "male", "Male", " MALE ", "ذكر"}) {
      assertEquals(Sex.MALE, SexParser.parse(s).value(), s);
    }
    for (String s : new String[] {"f", "F", "female", "Female", "أنثى", "انثى", "انثي"}) {
      assertEquals(Sex.FEMALE, SexParser.parse(s).value(), s);
    }
  }

  @Test
  void blankAndUnknown() {
    assertTrue(SexParser.parse("").isBlank());
    assertTrue(SexParser.parse("x").isInvalid());
    assertTrue(SexParser.parse("1").isInvalid());
    assertTrue(SexParser.parse("man").problem().contains("'man'"));
  }
}
