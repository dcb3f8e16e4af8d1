package org.sijil.core.names;

import java.util.Set;

/**
 * The particles that make Arabic compound names, in normalized spelling. A compound is one name
 * written as two words or one: {@code عبد الرحمن} = {@code عبدالرحمن}, {@code ابو القمصان} = {@code
 * ابوالقمصان}, {@code نصر الله} = {@code نصرالله}. The parser joins them into one token.
 */
final class Compounds {

  private Compounds() {}

  /**
   * Words that join to the FOLLOWING word: servant-of ({@code عبد}), father-of ({@code ابو},
   * colloquial {@code بو}), mother-of ({@code ام}) and a detached article ({@code ال}).
   */
  static final Set<String> PREFIXES = Set.of("عبد", "ابو", "بو", "ام", "ال");

  /**
   * Words that join to the PRECEDING word: the theophoric and religious second halves ({@code
   * الدين}, {@code الله} and its PDF-damaged spelling {@code هللا}, {@code بالله}, {@code الاسلام},
   * {@code الرحمن}), and the fixed pairs {@code فاطمه الزهراء}, {@code زين العابدين}, {@code نور
   * الهدي}.
   */
  static final Set<String> SUFFIXES =
      Set.of("الدين", "الله", "هللا", "بالله", "الاسلام", "الرحمن", "الزهراء", "العابدين", "الهدي");

  /** Patronymic connectors (son/daughter of): dropped between two names. */
  static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت");

  /**
   * A cheap filter before the set lookups: every particle is at most 8 letters and starts with
   * alef, beh, ain or heh.
   */
  static boolean mayBeParticle(String w) {
    if (w.isEmpty() || w.length() > 8) {
      return false;
    }
    char c = w.charAt(0);
    return c == ArabicLetters.ALEF
        || c == ArabicLetters.BEH
        || c == ArabicLetters.AIN
        || c == ArabicLetters.HEH;
  }

  /** Whether {@code w} is a prefix, a suffix or a connector: a word joined or dropped. */
  static boolean isParticle(String w) {
    return mayBeParticle(w)
        && (PREFIXES.contains(w) || SUFFIXES.contains(w) || CONNECTORS.contains(w));
  }

  /** The definite article. */
  static final String ARTICLE = "ال";

  /**
   * True when the {@code ال} at {@code index} in {@code token} is the article of the second half of
   * a joined compound ({@code عبدالرحمن}, {@code ابوالقمصان}, {@code نورالدين}) rather than a
   * possibly reversed lam-alef.
   */
  static boolean isCompoundArticle(String token, int index) {
    String head = token.substring(0, index);
    if (PREFIXES.contains(head) || CONNECTORS.contains(head)) {
      return true;
    }
    String tail = token.substring(index);
    for (String s : SUFFIXES) {
      if (tail.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** The token without a leading article when what remains is still a name (2+ letters). */
  static String withoutArticle(String token) {
    if (token.length() >= 4 && token.startsWith(ARTICLE)) {
      return token.substring(2);
    }
    return token;
  }
}
