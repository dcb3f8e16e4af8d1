package org.sijil.core.names;

import static org.sijil.core.names.ArabicLetters.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Blocking keys for names: short codes on which spelling variants of one name collide, so that
 * linkage only compares records sharing a key.
 *
 * <ul>
 *   <li>{@link #arabicSkeleton}: per token, the consonant skeleton with dots removed (rasm): long
 *       vowels and hamza dropped after the first letter, letters that differ only by dots merged
 *       ({@code ش}/{@code س}, {@code ذ}/{@code د}, {@code ض}/{@code ص}, …), doubled letters once,
 *       the article dropped from words of five or more letters. {@code بالل} and {@code بلال} share
 *       {@code بلل}; {@code شراب} and {@code سراب} share {@code سرب}.
 *   <li>{@link #latinPhonetic}: per token of the {@link LatinNormalizer} form, a consonant key
 *       (first letter kept, vowels dropped, sh/s, th/t, dh/d, kh/k, q/k, g/j merged).
 *   <li>{@link #arabicPhonetic}: the same consonant key computed from Arabic letters, so an Arabic
 *       name and its romanization share it ({@code محمد} and {@code Mohammed}: {@code mhmd}).
 * </ul>
 */
public final class NameKeys {

  private NameKeys() {}

  /** Skeleton key of an Arabic name, token skeletons separated by spaces; "" for a blank name. */
  public static String arabicSkeleton(String name) {
    List<String> tokens = NameParser.tokens(name);
    int total = tokens.size();
    for (String t : tokens) {
      total += t.length();
    }
    char[] out = new char[total];
    int len = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        out[len++] = ' ';
      }
      len = skeleton(tokens.get(i), out, len);
    }
    return new String(out, 0, len);
  }

  /** Skeleton of each token of {@code chain}, in order. */
  public static List<String> arabicSkeletons(NameChain chain) {
    List<String> out = new ArrayList<>(chain.size());
    for (NameToken t : chain.tokens()) {
      out.add(tokenSkeleton(t.text()));
    }
    return out;
  }

  /** Phonetic key of a Latin-script name, token keys separated by spaces. */
  public static String latinPhonetic(String name) {
    List<String> keys = new ArrayList<>();
    for (String t : LatinNormalizer.tokens(name)) {
      String k = latinTokenKey(t);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return String.join(" ", keys);
  }

  /** The Latin consonant key of an Arabic name, comparable with {@link #latinPhonetic}. */
  public static String arabicPhonetic(String name) {
    List<String> keys = new ArrayList<>();
    // The chain's texts without its objects: search keys every joined pair of a name this way.
    for (String t : NameParser.tokens(name)) {
      String k = arabicTokenKey(t);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return String.join(" ", keys);
  }

  /**
   * Blocking keys of an Arabic name from its token skeletons: given+family, given+father,
   * father+family (so one damaged token still leaves a shared key). Empty for names with fewer than
   * two tokens. Keys are prefixed by their kind, so keys of different kinds never collide.
   */
  public static List<String> blockingKeys(String arabicName) {
    NameChain chain = NameParser.parse(arabicName);
    List<String> sk = arabicSkeletons(chain);
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    if (sk.size() >= 2) {
      String given = sk.get(0);
      String last = sk.get(sk.size() - 1);
      keys.add("gf:" + given + "|" + last);
      if (sk.size() >= 3) {
        keys.add("gp:" + given + "|" + sk.get(1));
        keys.add("pf:" + sk.get(1) + "|" + last);
      }
    }
    return List.copyOf(keys);
  }

  /** The skeleton of one normalized Arabic token (see the class comment). */
  public static String tokenSkeleton(String token) {
    char[] out = new char[token.length()];
    int len = skeleton(token, out, 0);
    return new String(out, 0, len);
  }

  /** Writes the skeleton of {@code token} into {@code out} from {@code at}; returns the new end. */
  private static int skeleton(String token, char[] out, int at) {
    String t = token.replace("هللا", "الله");
    int from = t.length() >= 5 && t.startsWith(Compounds.ARTICLE) ? 2 : 0;
    int start = at;
    int len = at;
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      char m = rasm(c);
      if (i == from && m == 0) {
        m =
            c == ALEF
                    || c == HAMZA
                    || c == ALEF_HAMZA_ABOVE
                    || c == ALEF_HAMZA_BELOW
                    || c == ALEF_MADDA
                ? ALEF
                : c; // an initial vowel letter is a consonant-like onset
      }
      if (m == 0 || (len > start && out[len - 1] == m)) {
        continue;
      }
      out[len++] = m;
    }
    return len;
  }

  /** The dotless class of a letter, 0 for a letter dropped from skeletons (except first). */
  private static char rasm(char c) {
    switch (c) {
      case ALEF,
          WAW,
          YEH,
          ALEF_MAKSURA,
          HAMZA,
          WAW_HAMZA,
          YEH_HAMZA,
          ALEF_HAMZA_ABOVE,
          ALEF_HAMZA_BELOW,
          ALEF_MADDA -> {
        return 0;
      }
      case TEH, THEH, NOON -> {
        return BEH;
      }
      case JEEM, KHAH -> {
        return HAH;
      }
      case THAL -> {
        return DAL;
      }
      case ZAIN -> {
        return REH;
      }
      case SHEEN -> {
        return SEEN;
      }
      case DAD -> {
        return SAD;
      }
      case ZAH -> {
        return TAH;
      }
      case GHAIN -> {
        return AIN;
      }
      case QAF -> {
        return FEH;
      }
      case TEH_MARBUTA -> {
        return HEH;
      }
      default -> {
        return c;
      }
    }
  }

  /** Consonant key of one {@link LatinNormalizer} token. */
  static String latinTokenKey(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    // The article, however romanized (al, el, il), as the Arabic key drops ال.
    if (t.length() >= 5 && (t.startsWith("al") || t.startsWith("il"))) {
      t = t.substring(2);
    }
    // A final h after a vowel is the written-out teh marbuta (Ayah, Hamzah), dropped in Arabic.
    int n = t.length();
    if (n >= 3 && t.charAt(n - 1) == 'h' && "aeiou".indexOf(t.charAt(n - 2)) >= 0) {
      t = t.substring(0, n - 1);
    }
    t =
        t.replace("sh", "s")
            .replace("ch", "s")
            .replace("th", "t")
            .replace("dh", "d")
            .replace("kh", "k")
            .replace("gh", "j");
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char m;
      if (i == 0) {
        m = "aeiou".indexOf(c) >= 0 ? 'a' : consonant(c);
      } else {
        m = "aeiouyw".indexOf(c) >= 0 ? 0 : consonant(c);
      }
      if (m == 0 || (sb.length() > 0 && sb.charAt(sb.length() - 1) == m)) {
        continue;
      }
      sb.append(m);
    }
    return sb.toString();
  }

  private static char consonant(char c) {
    switch (c) {
      case 'q', 'c' -> {
        return 'k';
      }
      case 'g' -> {
        return 'j';
      }
      case 'v' -> {
        return 'f';
      }
      case 'p' -> {
        return 'b';
      }
      case 'x' -> {
        return 'k';
      }
      default -> {
        return c >= 'a' && c <= 'z' ? c : 0;
      }
    }
  }

  /** Consonant key of one normalized Arabic token, comparable with {@link #latinTokenKey}. */
  static String arabicTokenKey(String token) {
    return arabicTokenKey(token, true, 'd');
  }

  /**
   * Consonant key of one normalized Arabic token: a reversed lam-alef ({@code هللا}) read as {@code
   * الله}; with {@code stripArticle} a leading {@code ال} dropped from tokens of five letters or
   * more; a leading vowel letter, ain or hamza is {@code a}, a leading waw {@code w}, a leading yeh
   * {@code y}; later vowel letters, ain and hamza are dropped, and a final heh of a token of three
   * letters or more (a normalized teh marbuta); other letters by their Latin consonant class, ذ as
   * {@code thal} (romanizations write it d, dh, z or th); repeated letters count once. With {@code
   * stripArticle} and {@code thal = 'd'} this is the key {@link #arabicPhonetic} gives; search also
   * asks for the article kept and the other readings of ذ.
   */
  public static String arabicTokenKey(String token, boolean stripArticle, char thal) {
    String t = token.replace("هللا", "الله");
    if (stripArticle && t.length() >= 5 && t.startsWith(Compounds.ARTICLE)) {
      t = t.substring(2);
    }
    StringBuilder sb = new StringBuilder(t.length());
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      char m;
      if (i == 0) {
        m =
            switch (c) {
              case ALEF, AIN, HAMZA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA -> 'a';
              case WAW -> 'w';
              case YEH -> 'y';
              default -> arabicConsonant(c, thal);
            };
      } else if (c == HEH && i == n - 1 && n >= 3) {
        m = 0; // final heh is almost always a normalized teh marbuta: -a
      } else {
        m = arabicConsonant(c, thal);
      }
      if (m == 0 || (sb.length() > 0 && sb.charAt(sb.length() - 1) == m)) {
        continue;
      }
      sb.append(m);
    }
    return sb.toString();
  }

  private static char arabicConsonant(char c, char thal) {
    return c == THAL ? thal : arabicConsonant(c);
  }

  private static char arabicConsonant(char c) {
    return switch (c) {
      case BEH -> 'b';
      case TEH, THEH, TAH -> 't';
      case JEEM, GHAIN -> 'j';
      case HAH, HEH -> 'h';
      case KHAH, QAF, KAF -> 'k';
      case DAL, THAL, DAD -> 'd';
      case REH -> 'r';
      case ZAIN, ZAH -> 'z';
      case SEEN, SHEEN, SAD -> 's';
      case FEH -> 'f';
      case LAM -> 'l';
      case MEEM -> 'm';
      case NOON -> 'n';
      case TEH_MARBUTA -> 0;
      default -> c >= 'a' && c <= 'z' ? c : 0;
    };
  }
}
