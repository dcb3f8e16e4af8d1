package org.sijil.search;

import static org.sijil.core.names.ArabicLetters.THAL;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.sijil.core.names.NameKeys;

/**
 * The consonant keys a name token gives for matching across scripts: the name engine's key ({@link
 * NameKeys#arabicPhonetic}, {@link NameKeys#latinPhonetic}) and the variants romanizations need,
 * built the same way on both sides so that any variant of one script can meet any of the other.
 * Variants:
 *
 * <ul>
 *   <li><b>article kept</b>: the engine drops a leading {@code ال}/{@code al}; a romanization that
 *       assimilates it ({@code Allham} for اللحام, {@code Alamainaoi} for الميناوي) keeps only the
 *       letters, so the key with the article written out ({@code alhm}, {@code almn}) is added.
 *   <li><b>letters as written</b> (Latin): {@code sh, kh, th, dh, gh} read as two letters, for
 *       romanizations that write each Arabic letter ({@code Shhdah} for شحده gives {@code shd}).
 *   <li><b>final h dropped</b> (Arabic): romanizations often drop a final ح or ه ({@code Alfsih}
 *       for الفصيح, {@code Abdmesbah}), and the Latin normalizer drops a final h after a vowel.
 *   <li><b>ذ as z or t</b> (Arabic): ذ is romanized d, dh, z or th ({@code Moaz} for معاذ, {@code
 *       Hthifah} for حذيفه).
 * </ul>
 */
final class CrossKeys {

  /** Shortest key a final h is dropped from. */
  private static final int FINAL_H_MIN_KEY = 3;

  private CrossKeys() {}

  /** Keys of one normalized Arabic token (as {@link org.sijil.core.names.NameParser} gives it). */
  static Set<String> arabic(String token) {
    Set<String> out = new LinkedHashSet<>();
    addAll(out, NameKeys.arabicPhonetic(token));
    String thals = token.indexOf(THAL) >= 0 ? "dzt" : "d";
    for (char thal : thals.toCharArray()) {
      out.add(NameKeys.arabicTokenKey(token, true, thal));
      out.add(NameKeys.arabicTokenKey(token, false, thal));
    }
    for (String k : Set.copyOf(out)) {
      if (k.length() >= FINAL_H_MIN_KEY && k.endsWith("h")) {
        out.add(k.substring(0, k.length() - 1));
      }
    }
    out.remove("");
    return out;
  }

  /** Keys of one normalized Latin token (as {@link org.sijil.core.names.LatinNormalizer} gives). */
  static Set<String> latin(String token) {
    Set<String> out = new LinkedHashSet<>();
    addAll(out, NameKeys.latinPhonetic(token));
    String t = token.toLowerCase(Locale.ROOT);
    out.add(latinKey(t, true));
    out.add(latinKey(t, false));
    out.remove("");
    return out;
  }

  private static void addAll(Set<String> into, String spaced) {
    for (String k : spaced.split(" ")) {
      if (!k.isEmpty()) {
        into.add(k);
      }
    }
  }

  /**
   * The consonant key of a Latin token with its article kept: a leading vowel is {@code a}, later
   * vowels and {@code w, y} are dropped, a final h after a vowel too; with {@code digraphs} the
   * pairs {@code sh ch th dh kh gh} are one letter each, as the Arabic letter they write.
   */
  static String latinKey(String token, boolean digraphs) {
    String t = token;
    int n = t.length();
    if (n >= 3 && t.charAt(n - 1) == 'h' && "aeiou".indexOf(t.charAt(n - 2)) >= 0) {
      t = t.substring(0, n - 1);
    }
    if (digraphs) {
      t =
          t.replace("sh", "s")
              .replace("ch", "s")
              .replace("th", "t")
              .replace("dh", "d")
              .replace("kh", "k")
              .replace("gh", "j");
    }
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (i == 0) {
        append(sb, "aeiou".indexOf(c) >= 0 ? 'a' : latinConsonant(c));
      } else if ("aeiouyw".indexOf(c) < 0) {
        append(sb, latinConsonant(c));
      }
    }
    return sb.toString();
  }

  private static char latinConsonant(char c) {
    return switch (c) {
      case 'q', 'c', 'x' -> 'k';
      case 'g' -> 'j';
      case 'v' -> 'f';
      case 'p' -> 'b';
      default -> c >= 'a' && c <= 'z' ? c : 0;
    };
  }

  private static void append(StringBuilder sb, char m) {
    if (m != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != m)) {
      sb.append(m);
    }
  }
}
