package org.sijil.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Maps romanization variants of Arabic names together so that two publishers' spellings compare
 * equal or close. Rules, in order:
 *
 * <ol>
 *   <li>Accents are removed (NFD, combining marks dropped), letters lowercased; apostrophes and
 *       ayn/hamza signs ({@code ' ` ʿ ʾ ’ ‘}) are removed; anything else not a-z becomes a space.
 *       The glosses "son of" and "daughter of" become {@code ibn} and {@code bint}.
 *   <li>Per word: {@code ou} and {@code oo} become {@code u}, {@code ee} becomes {@code i}, then
 *       {@code o} becomes {@code u} and {@code e} becomes {@code a} (Arabic has three vowels:
 *       Mohammed / Muhammad, Ahmed / Ahmad, Yousef / Yusuf), {@code ph} becomes {@code f}.
 *   <li>Doubled letters are written once (Mohammed / Mohamed, Hassan / Hasan).
 *   <li>A final {@code h} after a vowel is dropped in words of five or more letters (Fatimah /
 *       Fatima, Jodah / Juda).
 *   <li>Compounds are joined: the article {@code al}/{@code el} to the next word (al-Madhoun, El
 *       Madhoun, Almadhoun); {@code abd}/{@code abdel}/{@code abdul}/{@code abdal} to the next word
 *       as {@code abdal…} (Abd al-Rahman, Abdel Rahman, Abdul Rahman, Abdalrahman, Abdurrahman);
 *       {@code abu}/{@code abou}/{@code bu} to the next word; {@code din}/{@code eddin}/{@code
 *       uddin} and {@code allah}/{@code ullah} to the previous word, and the same suffixes written
 *       glued (Nasrullah, Nureddin) are spelled {@code alah}/{@code aldin}.
 * </ol>
 *
 * The result is a comparison form, not a spelling to display.
 */
public final class LatinNormalizer {

  private static final Set<String> ARTICLES = Set.of("al", "ul", "il");
  private static final Set<String> ABD = Set.of("abd", "abdal", "abdul", "abdil", "abdu", "abda");
  private static final Set<String> ABU = Set.of("abu", "bu", "abi", "umm", "um");
  private static final Set<String> DIN = Set.of("din", "adin", "udin", "idin", "aldin", "aldeen");
  private static final Set<String> ALLAH = Set.of("alah", "ulah", "ilah", "lah", "alla", "ula");

  /** Every word the joining rules act on. */
  private static final Set<String> PARTICLES = union(ARTICLES, ABD, ABU, DIN, ALLAH);

  /** Rounds of the rules {@link #tokens} runs after the first, at most. */
  static final int MORE_ROUNDS = 4;

  /** Letters Arabic sun-letter assimilation doubles after the article: Abdurrahman, Nasruddin. */
  private static final String SUN_LETTERS = "tdrzsnl";

  private LatinNormalizer() {}

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }

  /** The comparison form of {@code latin}; {@code ""} for null or blank input. */
  public static String normalize(String latin) {
    return String.join(" ", tokens(latin));
  }

  /**
   * The normalized words of {@code latin}, compounds joined. The rules are applied until nothing
   * changes (joining can expose a new compound), which makes normalization idempotent.
   */
  public static List<String> tokens(String latin) {
    return rounds(folded(latin), LatinNormalizer::letters);
  }

  /**
   * The rules after folding, round after round until nothing changes, on a name's {@link #folded}
   * words. {@code letters} is {@link #letters} or a memory of it: the letter rules read one word,
   * so only the glosses and the joining are worked out per name.
   */
  static List<String> rounds(List<String> folded, UnaryOperator<String> letters) {
    List<String> current = passWords(folded, letters);
    for (int round = 0; round < MORE_ROUNDS; round++) {
      // A pass yields non-empty runs of a-z only, which folding and splitting their joined text
      // would give back unchanged: the later rounds start from the words.
      List<String> next = passWords(current, letters);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** The runs of a-z of {@code latin} once accents are removed and letters lowercased. */
  static List<String> folded(String latin) {
    List<String> words = new ArrayList<>();
    if (latin == null || latin.isEmpty()) {
      return words;
    }
    String folded =
        isAscii(latin)
            ? latin.toLowerCase(Locale.ROOT)
            : Normalizer.normalize(latin, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z') {
        word.append(c);
      } else if (isSilentMark(c)) {
        continue;
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }

  /** The rules after folding and splitting, on the words of one pass. */
  private static List<String> passWords(List<String> words, UnaryOperator<String> letters) {
    List<String> lettered = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // English glosses of the Arabic connectors: "Daughter of Zainab" is بنت زينب.
      if (i + 1 < words.size()
          && words.get(i + 1).equals("of")
          && (w.equals("daughter") || w.equals("son"))) {
        lettered.add(w.equals("son") ? "ibn" : "bint");
        i++;
        continue;
      }
      lettered.add(letters.apply(w));
    }
    return join(lettered);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSilentMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\''
        || c == '`'
        || c == '\u02BF'
        || c == '\u02BE'
        || c == '\u2019'
        || c == '\u2018'
        || c == '\u02BB'
        || c == '\u02BC';
  }

  /** Vowel, digraph, doubled-letter and final-h rules on one word. */
  static String letters(String w) {
    // Only the o and e rules touch o and e, and none makes either: a word without them skips them.
    boolean o = w.indexOf('o') >= 0;
    boolean e = w.indexOf('e') >= 0;
    String s = o ? w.replace("ou", "u").replace("oo", "u") : w;
    s = e ? s.replace("ee", "i") : s;
    s = s.replace("ph", "f");
    s = o ? s.replace('o', 'u') : s;
    s = e ? s.replace('e', 'a') : s;
    s = undouble(s);
    return finalH(gluedSuffix(s));
  }

  /** Glued suffix compounds in one spelling: Nasrullah / Nasrallah, Nureddin / Nuraldin. */
  private static String gluedSuffix(String s) {
    int n = s.length();
    if (n > 6 && (s.endsWith("ulah") || s.endsWith("ilah"))) {
      return s.substring(0, n - 4) + "alah";
    }
    if (n > 6 && s.endsWith("din") && !s.endsWith("aldin") && "aiu".indexOf(s.charAt(n - 4)) >= 0) {
      return s.substring(0, n - 4) + "aldin";
    }
    return s;
  }

  private static String finalH(String s) {
    int n = s.length();
    if (n >= 5 && s.charAt(n - 1) == 'h' && "aiu".indexOf(s.charAt(n - 2)) >= 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  static String undouble(String s) {
    int first = 1;
    while (first < s.length() && s.charAt(first) != s.charAt(first - 1)) {
      first++;
    }
    if (first >= s.length()) {
      return s; // the common case: no doubled letter
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        sb.append(s.charAt(i));
      }
    }
    return sb.length() == s.length() ? s : sb.toString();
  }

  private static List<String> join(List<String> words) {
    if (!anyParticle(words)) {
      // The common case, which the rules below reduce to this.
      List<String> out = new ArrayList<>(words.size());
      for (String w : words) {
        out.add(glued(w));
      }
      return out;
    }
    // Suffixes to the previous word first, then prefixes right to left.
    List<String> joined = new ArrayList<>(words.size());
    for (String w : words) {
      if (!joined.isEmpty()
          && ARTICLES.contains(joined.get(joined.size() - 1))
          && joined.size() >= 2
          && (DIN.contains(w) || ALLAH.contains(w))) {
        joined.remove(joined.size() - 1); // "Nur al Din": the article belongs to the suffix.
      }
      if (!joined.isEmpty()
          && joined.get(joined.size() - 1).length() >= 2
          && (DIN.contains(w) || ALLAH.contains(w))) {
        String suffix = DIN.contains(w) ? "aldin" : "alah";
        joined.set(joined.size() - 1, finalH(undouble(joined.get(joined.size() - 1) + suffix)));
      } else {
        joined.add(w);
      }
    }
    List<String> out = new ArrayList<>(joined.size());
    for (int i = joined.size() - 1; i >= 0; i--) {
      String w = joined.get(i);
      boolean hasNext = !out.isEmpty();
      String next = hasNext ? out.get(out.size() - 1) : null;
      if (hasNext && ARTICLES.contains(w)) {
        out.set(out.size() - 1, "al" + next);
      } else if (hasNext && ABD.contains(w)) {
        out.set(out.size() - 1, undouble("abdal" + stripArticle(next)));
      } else if (hasNext && ABU.contains(w)) {
        out.set(out.size() - 1, (w.startsWith("u") ? "um" : "abu") + next);
      } else {
        out.add(glued(w));
      }
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** Whether the joining rules act on {@code word} (as it is after {@link #letters}). */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  private static boolean anyParticle(List<String> words) {
    for (String w : words) {
      if (PARTICLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Canonical spelling of glued abd- compounds: abdelrahman, abdulrahman, abdurrahman. */
  static String glued(String w) {
    if (w.length() > 5 && w.startsWith("abd")) {
      char v = w.charAt(3);
      if ("aiu".indexOf(v) >= 0) {
        if (w.charAt(4) == 'l') {
          return "abdal" + w.substring(5);
        }
        if (SUN_LETTERS.indexOf(w.charAt(4)) >= 0) {
          return "abdal" + w.substring(4);
        }
      }
    }
    return w;
  }

  private static String stripArticle(String w) {
    return w.length() > 4 && w.startsWith("al") ? w.substring(2) : w;
  }
}
