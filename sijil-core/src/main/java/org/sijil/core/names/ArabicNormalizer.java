package org.sijil.core.names;

import static org.sijil.core.names.ArabicLetters.*;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Normalizes Arabic names for comparison by a set of {@link NormalizationRule}s (each documented
 * there). The standard normalizer applies all rules. The rules are compiled into a 64K-entry lookup
 * table, so {@link #normalize} is one pass over the input with one table read per character.
 * Normalization is idempotent for every rule set: each rule maps to characters that no rule changes
 * again.
 *
 * <p>Normalization never touches stored values: it produces a comparison form only.
 */
public final class ArabicNormalizer {

  /** Table value: delete the character. */
  private static final char DELETE = '\uFFFF';

  /** Table value: the character becomes a (collapsible) space. */
  private static final char SPACE = ' ';

  /** Table value: expand by compatibility decomposition, then map the result again. */
  private static final char EXPAND = '\uFFFE';

  private static final ArabicNormalizer STANDARD =
      new ArabicNormalizer(EnumSet.allOf(NormalizationRule.class));

  private final Set<NormalizationRule> rules;
  private final char[] table;
  private final boolean whitespace;

  private ArabicNormalizer(EnumSet<NormalizationRule> rules) {
    this.rules = Collections.unmodifiableSet(EnumSet.copyOf(rules));
    this.whitespace = rules.contains(NormalizationRule.WHITESPACE);
    this.table = compile(rules);
  }

  /** The normalizer with every rule. */
  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  /** A normalizer applying exactly {@code rules} (an empty set only unifies nothing). */
  public static ArabicNormalizer of(Set<NormalizationRule> rules) {
    if (rules == null) {
      throw new IllegalArgumentException("rules must not be null");
    }
    EnumSet<NormalizationRule> set = EnumSet.noneOf(NormalizationRule.class);
    set.addAll(rules);
    return set.size() == NormalizationRule.values().length ? STANDARD : new ArabicNormalizer(set);
  }

  /** The standard rule set minus {@code excluded}. */
  public static ArabicNormalizer without(NormalizationRule... excluded) {
    EnumSet<NormalizationRule> set = EnumSet.allOf(NormalizationRule.class);
    for (NormalizationRule r : excluded) {
      set.remove(r);
    }
    return of(set);
  }

  /** The rules this normalizer applies. */
  public Set<NormalizationRule> rules() {
    return rules;
  }

  /** Returns the normalized form of {@code name}; never null ({@code ""} for null); idempotent. */
  public String normalize(CharSequence name) {
    if (name == null) {
      return "";
    }
    int n = name.length();
    char[] out = new char[n + 4];
    int len = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      char m = table[c];
      if (m == EXPAND) {
        String expanded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        for (int k = 0; k < expanded.length(); k++) {
          char e = table[expanded.charAt(k)];
          if (len + 2 > out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
          }
          // An expansion never expands again: NFKC output is outside the presentation blocks.
          char mapped = e == EXPAND ? expanded.charAt(k) : e;
          if (mapped == DELETE) {
            continue;
          }
          if (whitespace && mapped == SPACE) {
            pendingSpace |= len > 0;
            continue;
          }
          if (pendingSpace) {
            out[len++] = ' ';
            pendingSpace = false;
          }
          out[len++] = mapped;
        }
        continue;
      }
      if (m == DELETE) {
        continue;
      }
      if (whitespace && m == SPACE) {
        pendingSpace |= len > 0;
        continue;
      }
      if (len + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
      }
      if (pendingSpace) {
        out[len++] = ' ';
        pendingSpace = false;
      }
      out[len++] = m;
    }
    return new String(out, 0, len);
  }

  private static char[] compile(EnumSet<NormalizationRule> rules) {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = (char) c;
    }
    boolean ws = rules.contains(NormalizationRule.WHITESPACE);
    if (ws) {
      for (int c = 0; c < t.length; c++) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          t[c] = SPACE;
        }
      }
    }
    if (rules.contains(NormalizationRule.PUNCTUATION)) {
      for (int c = 0; c < t.length; c++) {
        if (isPunctuationOrSymbol(c)) {
          t[c] = SPACE;
        }
      }
    }
    if (rules.contains(NormalizationRule.ARABIC_INDIC_DIGITS)) {
      for (int d = 0; d < 10; d++) {
        t[ARABIC_INDIC_ZERO + d] = (char) ('0' + d);
        t[EXTENDED_ARABIC_INDIC_ZERO + d] = (char) ('0' + d);
      }
    }
    if (rules.contains(NormalizationRule.STRAY_DIGITS)) {
      for (int c = 0; c < t.length; c++) {
        if (Character.isDigit(t[c])) {
          t[c] = SPACE;
        }
      }
    }
    if (rules.contains(NormalizationRule.INVISIBLE_CONTROLS)) {
      range(t, ZERO_WIDTH_SPACE, RIGHT_TO_LEFT_MARK, DELETE);
      range(t, LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_OVERRIDE, DELETE);
      range(t, LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE, DELETE);
      t[WORD_JOINER] = DELETE;
      t[ARABIC_LETTER_MARK] = DELETE;
      t[SOFT_HYPHEN] = DELETE;
      t[BYTE_ORDER_MARK] = DELETE;
    }
    if (rules.contains(NormalizationRule.DIACRITICS)) {
      range(t, FATHATAN, LAST_COMBINING_MARK, DELETE);
      range(t, FIRST_HONORIFIC_SIGN, LAST_HONORIFIC_SIGN, DELETE);
      range(t, FIRST_QURANIC_MARK, LAST_QURANIC_MARK, DELETE);
      t[SUPERSCRIPT_ALEF] = DELETE;
    }
    if (rules.contains(NormalizationRule.TATWEEL)) {
      t[TATWEEL] = DELETE;
    }
    char alef = rules.contains(NormalizationRule.ALEF_VARIANTS) ? ALEF : 0;
    if (alef != 0) {
      for (char c :
          new char[] {
            ALEF_MADDA,
            ALEF_HAMZA_ABOVE,
            ALEF_HAMZA_BELOW,
            ALEF_WASLA,
            ALEF_WAVY_HAMZA_ABOVE,
            ALEF_WAVY_HAMZA_BELOW
          }) {
        t[c] = ALEF;
      }
    }
    char yeh = YEH;
    if (rules.contains(NormalizationRule.ALEF_MAKSURA)) {
      t[ALEF_MAKSURA] = YEH;
    }
    char tehMarbuta = rules.contains(NormalizationRule.TEH_MARBUTA) ? HEH : TEH_MARBUTA;
    t[TEH_MARBUTA] = tehMarbuta;
    if (rules.contains(NormalizationRule.HAMZA_CARRIERS)) {
      t[WAW_HAMZA] = WAW;
      t[YEH_HAMZA] = YEH;
    }
    if (rules.contains(NormalizationRule.PERSIAN_LOOKALIKES)) {
      t[KEHEH] = KAF;
      t[GAF] = KAF;
      t[FARSI_YEH] = yeh;
      t[YEH_BARREE] = yeh;
      t[HEH_GOAL] = HEH;
      t[HEH_DOACHASHMEE] = HEH;
      t[HEH_YEH] = HEH;
      t[AE] = HEH;
      t[TEH_MARBUTA_GOAL] = tehMarbuta;
      t[PEH] = BEH;
      t[TCHEH] = JEEM;
      t[JEH] = ZAIN;
      t[VEH] = FEH;
    }
    if (rules.contains(NormalizationRule.PRESENTATION_FORMS)) {
      for (int c = FIRST_PRESENTATION_FORM_A; c <= LAST_PRESENTATION_FORM_A; c++) {
        markExpand(t, c);
      }
      for (int c = FIRST_PRESENTATION_FORM_B; c <= LAST_PRESENTATION_FORM_B; c++) {
        markExpand(t, c);
      }
    }
    return t;
  }

  private static void markExpand(char[] t, int c) {
    String e = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
    if (!e.equals(String.valueOf((char) c))) {
      t[c] = EXPAND;
    }
  }

  private static void range(char[] t, char first, char last, char value) {
    for (int c = first; c <= last; c++) {
      t[c] = value;
    }
  }

  private static boolean isPunctuationOrSymbol(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.CONTROL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
