package org.sijil.core.names;

/**
 * Named Arabic-script code points used by the name engine, so that rules read as words and not as
 * hexadecimal. Only the code points the rules mention are named; ranges are given as first/last
 * pairs.
 */
public final class ArabicLetters {

  private ArabicLetters() {}

  // Letters.
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char THEH = '\u062B';
  public static final char JEEM = '\u062C';
  public static final char HAH = '\u062D';
  public static final char KHAH = '\u062E';
  public static final char DAL = '\u062F';
  public static final char THAL = '\u0630';
  public static final char REH = '\u0631';
  public static final char ZAIN = '\u0632';
  public static final char SEEN = '\u0633';
  public static final char SHEEN = '\u0634';
  public static final char SAD = '\u0635';
  public static final char DAD = '\u0636';
  public static final char TAH = '\u0637';
  public static final char ZAH = '\u0638';
  public static final char AIN = '\u0639';
  public static final char GHAIN = '\u063A';
  public static final char TATWEEL = '\u0640';
  public static final char FEH = '\u0641';
  public static final char QAF = '\u0642';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char MEEM = '\u0645';
  public static final char NOON = '\u0646';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';

  // Harakat and other combining marks.
  public static final char FATHATAN = '\u064B';

  /** Last of the combining marks block 064B..065F (harakat, shadda, sukun, maddah/hamza marks). */
  public static final char LAST_COMBINING_MARK = '\u065F';

  public static final char HAMZA_ABOVE_MARK = '\u0654';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char FIRST_HONORIFIC_SIGN = '\u0610';
  public static final char LAST_HONORIFIC_SIGN = '\u061A';
  public static final char FIRST_QURANIC_MARK = '\u06D6';
  public static final char LAST_QURANIC_MARK = '\u06ED';

  // Alef variants beyond the hamza/madda forms.
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';

  // Persian, Urdu and Kurdish look-alikes.
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char JEH = '\u0698';
  public static final char VEH = '\u06A4';
  public static final char KEHEH = '\u06A9';
  public static final char GAF = '\u06AF';
  public static final char HEH_YEH = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_BARREE = '\u06D2';
  public static final char AE = '\u06D5';
  public static final char HEH_DOACHASHMEE = '\u06BE';

  // Digits.
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  public static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';

  // Punctuation specific to Arabic script.
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';

  // Invisible format and bidi controls.
  public static final char ARABIC_LETTER_MARK = '\u061C';
  public static final char SOFT_HYPHEN = '\u00AD';
  public static final char ZERO_WIDTH_SPACE = '\u200B';

  /** Last of 200B..200F: zero-width space, ZWNJ, ZWJ, LRM, RLM. */
  public static final char RIGHT_TO_LEFT_MARK = '\u200F';

  public static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  public static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  public static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  public static final char WORD_JOINER = '\u2060';
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  // Presentation forms (PDF extraction often yields these).
  public static final char FIRST_PRESENTATION_FORM_A = '\uFB50';
  public static final char LAST_PRESENTATION_FORM_A = '\uFDFF';
  public static final char FIRST_PRESENTATION_FORM_B = '\uFE70';
  public static final char LAST_PRESENTATION_FORM_B = '\uFEFC';

  /** True for the letters of the basic Arabic alphabet after normalization (0621..064A). */
  public static boolean isArabicLetter(char c) {
    return c >= HAMZA && c <= YEH && c != TATWEEL;
  }
}
