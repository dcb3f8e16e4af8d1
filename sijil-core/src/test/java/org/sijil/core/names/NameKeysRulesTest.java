package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link NameKeys}, on common names. */
class NameKeysRulesTest {

  @Test
  void skeletonDropsLongVowelsAndHamzaAfterTheFirstLetter() {
    assertEquals("سم", NameKeys.tokenSkeleton("سامي"));
    assertEquals("سعد", NameKeys.tokenSkeleton("سعاد"));
  }

  @Test
  void skeletonMergesLettersThatDifferOnlyByDots() {
    assertEquals("حلد", NameKeys.tokenSkeleton("خالد"));
    assertEquals(NameKeys.tokenSkeleton("شراب"), NameKeys.tokenSkeleton("سراب"));
    assertEquals(NameKeys.tokenSkeleton("ذياب"), NameKeys.tokenSkeleton("دياب"));
    assertEquals(NameKeys.tokenSkeleton("فضل"), NameKeys.tokenSkeleton("فصل"));
    assertEquals(NameKeys.tokenSkeleton("غانم"), NameKeys.tokenSkeleton("عانم"));
    assertEquals(NameKeys.tokenSkeleton("قاسم"), NameKeys.tokenSkeleton("فاسم"));
  }

  @Test
  void skeletonCountsADoubledLetterOnce() {
    assertEquals("مدح", NameKeys.tokenSkeleton("ممدوح"));
  }

  @Test
  void skeletonDropsTheArticleFromWordsOfFiveLettersOrMore() {
    assertEquals("كرد", NameKeys.tokenSkeleton("الكرد"));
    assertEquals("العر", NameKeys.tokenSkeleton("العز")); // four letters: kept
  }

  @Test
  void skeletonKeepsAnInitialVowelLetterAsAnOnset() {
    assertEquals("احلم", NameKeys.tokenSkeleton("احلام"));
    assertEquals("ولد", NameKeys.tokenSkeleton("وليد"));
    assertEquals(NameKeys.tokenSkeleton("ابراهيم"), NameKeys.tokenSkeleton("إبراهيم"));
  }

  @Test
  void skeletonReadsAReversedLamAlefAsAllah() {
    assertEquals(NameKeys.tokenSkeleton("عبدالله"), NameKeys.tokenSkeleton("عبدهللا"));
  }

  @Test
  void arabicSkeletonSeparatesTokenSkeletonsBySpaces() {
    assertEquals("حلد سم", NameKeys.arabicSkeleton("خالد سامي"));
    assertEquals(List.of("حلد", "سم"), NameKeys.arabicSkeletons(NameParser.parse("خالد سامي")));
  }

  @Test
  void blockingKeysAreGivenFamilyGivenFatherAndFatherFamily() {
    String g = NameKeys.tokenSkeleton("احمد");
    String p = NameKeys.tokenSkeleton("محمد");
    String f = NameKeys.tokenSkeleton("الخطيب");
    assertEquals(
        List.of("gf:" + g + "|" + f, "gp:" + g + "|" + p, "pf:" + p + "|" + f),
        NameKeys.blockingKeys("احمد محمد علي الخطيب"));
    assertEquals(List.of("gf:" + g + "|" + f), NameKeys.blockingKeys("احمد الخطيب"));
  }

  @Test
  void latinKeyDropsTheArticleFromWordsOfFiveLettersOrMore() {
    assertEquals(NameKeys.latinTokenKey("masri"), NameKeys.latinTokenKey("almasri"));
    assertEquals("al", NameKeys.latinTokenKey("ali")); // a name, not an article
  }

  @Test
  void latinKeyDropsAFinalHAfterAVowel() {
    assertEquals(NameKeys.latinTokenKey("hamza"), NameKeys.latinTokenKey("hamzah"));
    assertEquals("sbh", NameKeys.latinTokenKey("subh"));
  }

  @Test
  void latinKeyMergesDigraphsAndLettersOfOneSound() {
    assertEquals("sd", NameKeys.latinTokenKey("shadi"));
    assertEquals("ks", NameKeys.latinTokenKey("khes"));
    assertEquals("ksm", NameKeys.latinTokenKey("qasem"));
    assertEquals("jd", NameKeys.latinTokenKey("ghadi"));
    assertEquals("td", NameKeys.latinTokenKey("thaedh"));
    assertEquals("fd", NameKeys.latinTokenKey("vadi"));
    assertEquals("bs", NameKeys.latinTokenKey("pasha"));
  }

  @Test
  void latinKeyKeepsTheFirstLetterAsAAndDropsLaterVowelsWAndY() {
    assertEquals("amr", NameKeys.latinTokenKey("omar"));
    assertEquals("wld", NameKeys.latinTokenKey("walid"));
    assertEquals("mn", NameKeys.latinTokenKey("mayen"));
  }

  @Test
  void arabicKeyDropsAFinalHehAndReadsOnsets() {
    assertEquals("jm", NameKeys.arabicTokenKey("جمعه"));
    assertEquals("ahlm", NameKeys.arabicTokenKey("احلام"));
    assertEquals("wld", NameKeys.arabicTokenKey("وليد"));
    assertEquals("ysr", NameKeys.arabicTokenKey("ياسر"));
  }

  @Test
  void arabicKeyCanKeepTheArticleAndReadThalOtherwise() {
    assertEquals("krd", NameKeys.arabicTokenKey("الكرد", true, 'd'));
    assertEquals("alkrd", NameKeys.arabicTokenKey("الكرد", false, 'd'));
    assertEquals("zb", NameKeys.arabicTokenKey("ذياب", true, 'z'));
    assertEquals("db", NameKeys.arabicTokenKey("ذياب", true, 'd'));
  }

  @Test
  void phoneticKeysOfANameAndItsRomanizationAgree() {
    assertEquals(NameKeys.latinPhonetic("Khaled Walid"), NameKeys.arabicPhonetic("خالد وليد"));
    assertEquals("", NameKeys.latinPhonetic(""));
  }
}
