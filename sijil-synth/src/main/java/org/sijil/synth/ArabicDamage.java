package org.sijil.synth;

import java.util.SplittableRandom;

/** Character-level damage to the words of an Arabic name, each the way real lists show it. */
final class ArabicDamage {

  private ArabicDamage() {}

  /** One alef's hamza changed: أ/إ/آ written bare, or a bare initial alef given a hamza. */
  static boolean hamza(String[] words, SplittableRandom rng) {
    int start = rng.nextInt(words.length);
    for (int k = 0; k < words.length; k++) {
      int i = (start + k) % words.length;
      String w = words[i];
      for (int j = 0; j < w.length(); j++) {
        char c = w.charAt(j);
        if (c == 'أ' || c == 'إ' || c == 'آ') {
          words[i] = w.substring(0, j) + 'ا' + w.substring(j + 1);
          return true;
        }
      }
      if (w.length() > 1 && w.charAt(0) == 'ا' && w.charAt(1) != 'ل') {
        words[i] = (rng.nextBoolean() ? 'أ' : 'إ') + w.substring(1);
        return true;
      }
    }
    return false;
  }

  /** A final ya written as alef-maqsura or the reverse (يحيى / يحيي, مصطفى / مصطفي). */
  static boolean yaMaqsura(String[] words, SplittableRandom rng) {
    return swapFinal(words, rng, 'ى', 'ي');
  }

  /** A final ta-marbuta written as ha or the reverse (فاطمة / فاطمه). */
  static boolean taMarbuta(String[] words, SplittableRandom rng) {
    return swapFinal(words, rng, 'ة', 'ه');
  }

  private static boolean swapFinal(String[] words, SplittableRandom rng, char a, char b) {
    int start = rng.nextInt(words.length);
    for (int k = 0; k < words.length; k++) {
      int i = (start + k) % words.length;
      String w = words[i];
      if (w.length() < 3) {
        continue;
      }
      char last = w.charAt(w.length() - 1);
      if (last == a || last == b) {
        words[i] = w.substring(0, w.length() - 1) + (last == a ? b : a);
        return true;
      }
    }
    return false;
  }

  /** One letter inside a word of at least four letters dropped or doubled. */
  static boolean letterTypo(String[] words, SplittableRandom rng) {
    int i = rng.nextInt(words.length);
    String w = words[i];
    if (w.length() < 4) {
      return false;
    }
    int j = 1 + rng.nextInt(w.length() - 2);
    words[i] =
        rng.nextBoolean()
            ? w.substring(0, j) + w.substring(j + 1)
            : w.substring(0, j + 1) + w.substring(j);
    return true;
  }

  /**
   * What PDF extraction does to lam-alef: the ligature لا comes out as ال (بلال → بالل, علاء →
   * عالء) and الله comes out reversed as هللا.
   */
  static String reverseLamAlef(String name) {
    return name.replace("لا", "ال").replace("الله", "هللا");
  }
}
