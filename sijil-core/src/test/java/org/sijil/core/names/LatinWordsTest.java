package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A column's {@link LatinWords} gives the tokens {@link LatinNormalizer#tokens} gives, whether a
 * name's words are taken from its memory or the name goes through the rules whole: over random
 * names built from the pieces the rules act on ({@link LatinNamePieces}), one memory shared by all
 * of them.
 */
class LatinWordsTest {

  @Test
  void rememberedWordsGiveTheTokensOfTheWholeRules() {
    Random random = new Random(19);
    LatinWords words = new LatinWords();
    for (int i = 0; i < 200_000; i++) {
      String name = LatinNamePieces.randomName(random, 10);
      assertEquals(LatinNormalizer.tokens(name), words.tokens(name), name);
    }
    assertTrue(words.size() > 1_000, "the names shared words: " + words.size());
  }

  @Test
  void wordsThatJoinTheirNeighboursAreJoinedAsTheRulesJoinThem() {
    LatinWords words = new LatinWords();
    for (String name :
        List.of(
            "Abd el Rahman Saleh",
            "Mohammed Al Madhoun",
            "Nur al Din Abu Bakr",
            "Son of Zainab",
            "Daughter of Ahmed",
            "Ahmed Son",
            "Of Ahmed",
            "Abdaulah Saleh",
            "El Masri")) {
      assertEquals(LatinNormalizer.tokens(name), words.tokens(name), name);
      assertEquals(LatinNormalizer.tokens(name), words.tokens(name), name + ", remembered");
    }
  }

  @Test
  void namesThatJoinGiveTheWholeRulesTokensOnRememberedWordsAndCompounds() {
    LatinWords words = new LatinWords();
    List<String> awkward =
        List.of(
            "Abd Al Rahman Abd Al Rahman",
            "abd abd abd",
            "al al al",
            "Al",
            "Abu",
            "Abu Al Abd El Din",
            "Mohammed Nur Al Din Al Din",
            "Abdullah Al-Abdullah",
            "Son of Abd el Aziz",
            "Daughter of Abu Bakr al Siddiq",
            "Ahmed Abu Ala Allah",
            "Umm Kulthum Abd Allah",
            "Abdel Nasser Abou Ouda",
            "El Sayed Eddin Ullah",
            "Abu Bu Um Al Abdal",
            "Saleh Abd",
            "Abd Abu",
            "Abdu Rrahman",
            "Al Lah",
            "abd al-'Aziz AL-ʿUMARI",
            "ABU  HASSAN\tAL\u00A0MASRI",
            "Hussein Al Hussein Al Hussein Din");
    for (int pass = 0; pass < 2; pass++) {
      for (String name : awkward) {
        assertEquals(LatinNormalizer.tokens(name), words.tokens(name), name + ", pass " + pass);
      }
    }
  }

  @Test
  void blankAndNullNamesHaveNoTokens() {
    LatinWords words = new LatinWords();
    assertEquals(List.of(), words.tokens(null));
    assertEquals(List.of(), words.tokens(""));
    assertEquals(List.of(), words.tokens(" - ' "));
  }
}
