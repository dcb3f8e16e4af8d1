package org.sijil.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The few facts about written Arabic names that both the derivation of the name tables and the
 * generator need: a grouping key that ignores hamza, alef-maqsura and ta-marbuta spelling, the
 * repair of PDF-reversed lam-alef, and the compound prefixes that lists write joined or spaced.
 */
final class ArabicForms {

  /** Prefixes that form one name element with the following word: عبد الرحمن, أبو شمالة. */
  static final String ABD = "عبد";

  static final String ABU = "ابو";

  private static final int MIN_PART_LENGTH = 2;

  private ArabicForms() {}

  /**
   * Grouping key: alef forms to bare alef, alef-maqsura to ya, ta-marbuta to ha, diacritics and
   * tatweel removed. Two spellings with the same key are one name written two ways. Deliberately
   * narrower than {@code ArabicNormalizer} and independent of it: the bundled tables and sample
   * files must not shift whenever the name engine's rules improve.
   */
  static String key(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
        case 'ى' -> sb.append('ي');
        case 'ة' -> sb.append('ه');
        case 'ـ' -> {}
        default -> {
          if (c < '\u064B' || c > '\u0652') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Undoes the one reversal that is unambiguous on its own: هللا for الله (also inside عبدهللا).
   */
  static String repairReversedAllah(String token) {
    return token.replace("هللا", "الله");
  }

  /** The name elements of a written name: spaced compounds merged, joined ones split into parts. */
  static List<Unit> units(String name) {
    String[] words = name.trim().split("\\s+");
    List<Unit> units = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String w = repairReversedAllah(words[i]);
      if (w.isEmpty()) {
        continue;
      }
      String prefix = compoundPrefix(w);
      if (prefix != null && key(w).length() == prefix.length() && i + 1 < words.length) {
        units.add(new Unit(prefix, repairReversedAllah(words[++i])));
      } else if (prefix != null && key(w).length() - prefix.length() >= MIN_PART_LENGTH) {
        units.add(new Unit(prefix, w.substring(prefix.length())));
      } else {
        units.add(new Unit(null, w));
      }
    }
    return units;
  }

  /** The compound prefix a word starts with (by key), or null. */
  static String compoundPrefix(String word) {
    String k = key(word);
    if (k.startsWith(ABD)) {
      return ABD;
    }
    if (k.startsWith(ABU)) {
      return ABU;
    }
    return null;
  }

  /**
   * One name element: a simple word ({@code prefix == null}) or a compound of a prefix and a part.
   */
  record Unit(String prefix, String word) {
    boolean isCompound() {
      return prefix != null;
    }
  }
}
