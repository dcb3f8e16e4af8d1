package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A column's {@link ArabicWords} gives the chain {@link NameParser#parse} gives, whether a name's
 * words are taken from its memory or the name goes through the parser whole: over random names
 * built from the pieces the rules act on (compounds, connectors, fragments, noise, punctuation,
 * digits, diacritics, brackets, odd spaces), one memory shared by all of them. The names are made
 * up from common words, not taken from any list.
 */
class ArabicWordsTest {

  private static final String[] PIECES = {
    "محمد",
    "أحمد",
    "احمد",
    "علي",
    "حسن",
    "سعيد",
    "نور",
    "فاطمة",
    "زينب",
    "جمال",
    "صالح",
    "عال",
    "عبد",
    "عبد الله",
    "عبدالله",
    "الله",
    "هللا",
    "بالله",
    "الدين",
    "الرحمن",
    "الاسلام",
    "الزهراء",
    "العابدين",
    "الهدي",
    "الهدى",
    "ابو",
    "أبو",
    "بو",
    "ام",
    "أم",
    "ال",
    "بن",
    "ابن",
    "إبن",
    "بنت",
    "م",
    "ن",
    "ج",
    "نن",
    "ممم",
    "ب",
    "لا",
    "الل",
    "اال",
    "الء",
    "-",
    ".",
    "،",
    "/",
    "'",
    "_",
    "1",
    "٣",
    "۴",
    "\u064E",
    "\u0651",
    "\u0652",
    "\u0640",
    "إ",
    "آ",
    "ٱ",
    "ة",
    "ى",
    "ؤ",
    "ئ",
    "ک",
    "ی",
    "\uFEFB",
    "\uFDF2",
    "\uFEE3",
    "(",
    ")",
    " ",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\u00A0",
    "\u200C",
    "\u200F",
    "\uFEFF",
    "Ali",
    "x"
  };

  @Test
  void rememberedWordsGiveTheChainOfTheWholeParser() {
    Random random = new Random(19);
    ArabicWords words = new ArabicWords();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(9);
      for (int j = 0; j < n; j++) {
        sb.append(
            random.nextInt(12) == 0 ? randomChar(random) : PIECES[random.nextInt(PIECES.length)]);
      }
      String name = sb.toString();
      ArabicWords.Tokens tokens = words.tokens(name);
      NameChain expected = NameParser.parse(name);
      assertEquals(expected, tokens.chain(), name);
      for (int t = 0; t < tokens.texts().length; t++) {
        assertEquals(expected.tokens().get(t).role(), tokens.role(t), name);
        String text = tokens.texts()[t];
        assertSame(seen.computeIfAbsent(text, x -> text), text, "one string per token: " + name);
      }
    }
    assertTrue(words.size() > 1_000, "the names shared words: " + words.size());
  }

  @Test
  void wordsThatReadTheirNeighboursGoThroughTheParserWhole() {
    ArabicWords words = new ArabicWords();
    for (String name :
        List.of(
            "عبد الرحمن صالح",
            "محمد بن علي",
            "محمد علي بن",
            "فاطمة بنت حسن",
            "نور الدين ابو بكر",
            "م حمد علي",
            "علي نن حسن",
            "حسونه (عبدالباري)",
            "حسونه )عبدالباري(",
            "محمد-علي",
            "محمد، علي",
            "عبدهللا سعيد",
            "محمد",
            "أحمد سعيد")) {
      assertEquals(NameParser.parse(name), words.tokens(name).chain(), name);
      assertEquals(NameParser.parse(name), words.tokens(name).chain(), name + ", remembered");
    }
  }

  @Test
  void blankAndNullNamesHaveNoTokens() {
    ArabicWords words = new ArabicWords();
    assertEquals(0, words.tokens(null).texts().length);
    assertEquals(0, words.tokens("").texts().length);
    assertEquals(0, words.tokens(" - ، ").texts().length);
  }

  /** Any char of the Arabic blocks, the presentation forms, or the first Latin ones. */
  private static String randomChar(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.valueOf((char) (0x0600 + random.nextInt(0x100)));
      case 1 -> String.valueOf((char) (0xFB50 + random.nextInt(0x4B0)));
      default -> String.valueOf((char) random.nextInt(0x300));
    };
  }
}
