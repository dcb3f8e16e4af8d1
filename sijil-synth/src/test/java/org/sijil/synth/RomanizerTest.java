package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomanizerTest {

  private final Romanizer romanizer = new Romanizer(NameStatistics.bundled());

  private static ArabicForms.Unit word(String w) {
    return new ArabicForms.Unit(null, w);
  }

  @Test
  void twoSchemesForTheCommonestNames() {
    assertEquals("Muhammad", romanizer.dataScheme(word("محمد")));
    assertEquals("Mohammed", romanizer.pressScheme(word("محمد")));
    assertEquals("Ibrahim", romanizer.pressScheme(word("ابراهيم")));
    assertNotEquals(romanizer.dataScheme(word("ابراهيم")), romanizer.pressScheme(word("ابراهيم")));
  }

  @Test
  void pressSchemeSpacesCompounds() {
    ArabicForms.Unit abdRahman = new ArabicForms.Unit("عبد", "الرحمن");
    assertTrue(
        romanizer.pressScheme(abdRahman).startsWith("Abdel "), romanizer.pressScheme(abdRahman));
    assertTrue(romanizer.dataScheme(abdRahman).startsWith("Abd"), romanizer.dataScheme(abdRahman));
    assertTrue(!romanizer.dataScheme(abdRahman).contains(" "));
    ArabicForms.Unit abuShamala = new ArabicForms.Unit("ابو", "شماله");
    assertEquals("Abu Shamala", romanizer.pressScheme(abuShamala));
  }

  @Test
  void fallbackTransliteratesUnknownWords() {
    assertEquals("al-Katabah", Romanizer.transliterate("الكتبة"));
    assertTrue(Romanizer.transliterate("سمير").matches("[A-Z][a-z]+"));
  }
}
