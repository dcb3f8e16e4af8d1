package org.sijil.app.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldSupportTest {

  @Test
  void spacesAreTrimmedAndInnerRunsMadeOne() {
    assertEquals("رفح الشابورة", FieldSupport.normal("  رفح   الشابورة "));
    assertEquals("a b c", FieldSupport.normal("a\tb \n c"));
    assertEquals("", FieldSupport.normal("   "));
    String clean = "Khan Yunis";
    assertSame(clean, FieldSupport.normal(clean), "an already clean value is not copied");
  }

  @Test
  void theValueMostRecordsGiveWinsTiesGoToTheFirstGiven() {
    FieldSupport place = FieldSupport.of(Arrays.asList("غزة", null, "رفح ", " رفح", ""));
    assertEquals("رفح", place.value());
    assertEquals(2, place.firstIndex());
    assertTrue(place.conflict());
    FieldSupport tie = FieldSupport.of(Arrays.asList("b", "a"));
    assertEquals("b", tie.value());
    FieldSupport none = FieldSupport.of(Arrays.asList(null, " "));
    assertEquals(-1, none.firstIndex());
    assertFalse(none.conflict());
  }
}
