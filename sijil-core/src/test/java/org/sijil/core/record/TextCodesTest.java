package org.sijil.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The look-up of a dictionary column's texts: codes in order of first appearance, any hashes. */
class TextCodesTest {

  @Test
  void textsWithOneHashKeepTheirOwnCodes() {
    TextCodes codes = new TextCodes();
    assertEquals("Aa".hashCode(), "BB".hashCode()); // the collision this test is about
    assertEquals(0, codes.add("Aa"));
    assertEquals(-1, codes.code("BB"));
    assertEquals(1, codes.add("BB"));
    assertEquals(0, codes.code("Aa"));
    assertEquals(1, codes.code("BB"));
    assertEquals("BB", codes.text(1));
  }

  @Test
  void codesAgreeWithAMapThroughGrowthAndSurviveTrim() {
    TextCodes codes = new TextCodes();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      String text = "t" + random.nextInt(70_000);
      int code = codes.code(text);
      Integer known = expected.get(text);
      assertEquals(known == null ? -1 : known, code, text);
      if (known == null) {
        expected.put(text, codes.add(text));
      }
    }
    assertEquals(expected.size(), codes.size());
    codes.trim();
    expected.forEach((text, code) -> assertEquals(text, codes.text(code)));
    assertThrows(IndexOutOfBoundsException.class, () -> codes.text(codes.size()));
  }

  @Test
  void theEmptyTextIsATextLikeAnyOther() {
    TextCodes codes = new TextCodes();
    assertEquals(0, codes.add(""));
    assertEquals(0, codes.code(""));
    assertEquals(-1, codes.code(" "));
  }
}
