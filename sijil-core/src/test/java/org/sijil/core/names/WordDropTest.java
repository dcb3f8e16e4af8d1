package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.text.StringSimilarity;

class WordDropTest {

  /** Words equal by text, others 0.5; "abd" compounds by the rest of the word. */
  private static WordDrop.Words words(List<String> shorter, List<String> longer) {
    return new WordDrop.Words() {
      @Override
      public double similarity(int i, int j) {
        return shorter.get(i).equals(longer.get(j)) ? 1 : 0.5;
      }

      @Override
      public boolean longerIsAbd(int j) {
        return longer.get(j).startsWith("abd");
      }

      @Override
      public double afterAbd(int i, int j) {
        String x = shorter.get(i);
        return x.startsWith("abd") && x.length() > 3
            ? (x.substring(3).equals(longer.get(j)) ? 1 : 0.5)
            : -1;
      }

      @Override
      public double joined(int i, int j) {
        return shorter.get(i).equals(longer.get(j) + longer.get(j + 1)) ? 1 : 0.5;
      }
    };
  }

  private static double drop(List<String> shorter, List<String> longer) {
    return WordDrop.similarity(shorter.size(), words(shorter, longer));
  }

  @Test
  void aMissingGrandfatherOrFamilyIsAlignedButCapped() {
    List<String> whole = List.of("ahmad", "muhamad", "ali", "najar");
    assertEquals(WordDrop.DROPPED_WORD, drop(List.of("ahmad", "muhamad", "najar"), whole));
    assertEquals(WordDrop.DROPPED_WORD, drop(List.of("ahmad", "muhamad", "ali"), whole));
  }

  @Test
  void theGivenNameAndTheFatherAreNeverDropped() {
    List<String> whole = List.of("ahmad", "muhamad", "ali", "najar");
    // Without the given name a son reads as his father; without the father, as his uncle.
    assertEquals(0.5, drop(List.of("muhamad", "ali", "najar"), whole));
    assertEquals(0.5, drop(List.of("ahmad", "ali", "najar"), whole));
  }

  @Test
  void aCompoundWrittenAsAbdAloneIsReadAtAnyPosition() {
    // عبدالكريم منير written "Abd Mani(r)", joined by the normalizer into one word.
    assertEquals(
        WordDrop.DROPPED_WORD,
        drop(
            List.of("ahmad", "abdmunir", "najar"), List.of("ahmad", "abdkarim", "munir", "najar")));
    assertEquals(
        WordDrop.DROPPED_WORD,
        drop(List.of("abdmunir", "ali", "najar"), List.of("abdkarim", "munir", "ali", "najar")));
    // Not when the longer chain has no abd compound there.
    assertEquals(
        0.5,
        drop(List.of("ahmad", "abdmunir", "najar"), List.of("ahmad", "karim", "munir", "najar")));
  }

  @Test
  void aCompoundWrittenApartIsJoinedWithTheHigherCap() {
    assertEquals(
        WordDrop.JOINED,
        drop(
            List.of("salahaldin", "yusaf", "ali", "najar"),
            List.of("salah", "aldin", "yusaf", "ali", "najar")));
  }

  @Test
  void onlyChainsOneWordApartWithThreeWordsOrMore() {
    assertTrue(WordDrop.applies(3, 4));
    assertTrue(WordDrop.applies(5, 4));
    assertFalse(WordDrop.applies(2, 3));
    assertFalse(WordDrop.applies(3, 5));
    assertFalse(WordDrop.applies(4, 4));
    assertEquals(0, drop(List.of("ahmad", "najar"), List.of("ahmad", "ali", "najar")));
  }

  @Test
  void romanizedChainsUseTheAlignmentOnlyWhereItIsAllowed() {
    List<String> longer = List.of("imad", "abdkarim", "fathi", "hanaui");
    List<String> truncated = List.of("amad", "abdfathi", "hanaui");
    assertTrue(Romanization.similarity(longer, truncated) >= WordDrop.DROPPED_WORD);
    assertEquals(
        Romanization.similarity(longer, truncated), Romanization.similarity(truncated, longer));
    // The given name dropped: only Jaro-Winkler of the whole names, as before.
    List<String> noGiven = List.of("abdkarim", "fathi", "hanaui");
    assertEquals(
        StringSimilarity.jaroWinkler(String.join("", longer), String.join("", noGiven)),
        Romanization.similarity(longer, noGiven));
  }

  /** Word similarities from a table, levels' thresholds among them so that ties are met. */
  private record TableWords(double[][] sim, double[][] abd, double[][] joined, boolean[] isAbd)
      implements WordDrop.Words {
    @Override
    public double similarity(int i, int j) {
      return sim[i][j];
    }

    @Override
    public boolean longerIsAbd(int j) {
      return isAbd[j];
    }

    @Override
    public double afterAbd(int i, int j) {
      return abd[i][j];
    }

    @Override
    public double joined(int i, int j) {
      return joined[i][j];
    }
  }

  @Test
  void aFloorChangesNothingAtOrAboveItAndStaysBelowItOtherwise() {
    double[] values = {-1, 0.3, 0.79, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95, 0.97, 1};
    double[] floors = {Double.NEGATIVE_INFINITY, 0.5, 0.8, 0.88, 0.9, 0.95};
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int run = 0; run < 20_000; run++) {
      int shorter = 2 + random.nextInt(4);
      int longer = shorter + 1;
      double[][] sim = new double[shorter][longer];
      double[][] abd = new double[shorter][longer];
      double[][] joined = new double[shorter][longer];
      boolean[] isAbd = new boolean[longer];
      for (int i = 0; i < shorter; i++) {
        for (int j = 0; j < longer; j++) {
          // Mostly close words, as in candidate pairs, so that alignments compete.
          sim[i][j] = values[Math.max(0, values.length - 1 - random.nextInt(values.length) / 2)];
          if (random.nextInt(3) == 0) {
            sim[i][j] = values[random.nextInt(values.length)];
          }
          abd[i][j] = values[random.nextInt(values.length)];
          joined[i][j] = values[random.nextInt(values.length)];
        }
      }
      for (int j = 0; j < longer; j++) {
        isAbd[j] = random.nextInt(4) == 0;
      }
      TableWords w = new TableWords(sim, abd, joined, isAbd);
      double exact = WordDrop.similarity(shorter, w);
      for (double floor : floors) {
        double bounded = WordDrop.similarity(shorter, w, floor);
        if (exact >= floor) {
          assertEquals(exact, bounded, "run " + run + ", floor " + floor);
        } else {
          assertTrue(bounded < floor, "run " + run + ", floor " + floor + ": " + bounded);
        }
      }
    }
  }
}
