package org.sijil.core.names;

/**
 * One rule of the {@link ArabicNormalizer}. Rules are data: a normalizer is built from any set of
 * them ({@link ArabicNormalizer#of}), and every rule is documented with the code points it touches
 * (see {@link ArabicLetters} for the names). Each rule maps a character to a fixed point of the
 * whole rule set, so normalization is idempotent for every combination of rules.
 */
public enum NormalizationRule {

  /**
   * Expands Arabic presentation forms (FB50..FDFF, FE70..FEFC, e.g. the lam-alef ligature U+FEFB or
   * the final-form letters a PDF extractor emits) to the letters they show, by Unicode
   * compatibility decomposition. The expanded letters then pass through the other rules.
   */
  PRESENTATION_FORMS,

  /**
   * Removes invisible format and bidi controls: zero-width space/non-joiner/joiner, LRM/RLM
   * (200B..200F), embeddings and overrides (202A..202E), isolates (2066..2069), word joiner (2060),
   * Arabic letter mark (061C), soft hyphen (00AD) and the byte-order mark (FEFF).
   */
  INVISIBLE_CONTROLS,

  /**
   * Removes diacritics: harakat, tanwin, shadda, sukun and the combining hamza/madda marks
   * (064B..065F), the superscript (dagger) alef (0670), honorific signs (0610..061A) and Quranic
   * annotation marks (06D6..06ED). {@code مُحَمَّد} becomes {@code محمد}.
   */
  DIACRITICS,

  /**
   * Removes tatweel (kashida, 0640), the elongation stroke: {@code محـــمد} becomes {@code محمد}.
   */
  TATWEEL,

  /**
   * Maps alef with hamza above/below, alef madda, alef wasla and wavy-hamza alefs (0622, 0623,
   * 0625, 0671, 0672, 0673) to bare alef (0627): {@code أحمد}, {@code إبراهيم}, {@code آمنة} are
   * written both ways in the same list.
   */
  ALEF_VARIANTS,

  /**
   * Maps alef maksura (0649) to yeh (064A): {@code مصطفى} = {@code مصطفي}, {@code على} = {@code
   * علي}.
   */
  ALEF_MAKSURA,

  /** Maps teh marbuta (0629) to heh (0647): {@code فاطمة} = {@code فاطمه}. */
  TEH_MARBUTA,

  /**
   * Maps hamza carried on waw (0624) to waw and hamza on yeh (0626) to yeh: {@code فؤاد} = {@code
   * فواد}, {@code وئام} = {@code ويام}. The free-standing hamza (0621) is kept: it is a letter in
   * {@code علاء}.
   */
  HAMZA_CARRIERS,

  /**
   * Maps Persian, Urdu and Kurdish look-alike letters to the Arabic letter they resemble: keheh
   * (06A9) and gaf (06AF) to kaf, Farsi yeh (06CC) and yeh barree (06D2) to yeh, heh goal (06C1),
   * heh doachashmee (06BE), heh-yeh (06C0), ae (06D5) to heh, teh marbuta goal (06C3) to teh
   * marbuta, peh (067E) to beh, tcheh (0686) to jeem, jeh (0698) to zain, veh (06A4) to feh.
   */
  PERSIAN_LOOKALIKES,

  /** Maps Arabic-Indic (0660..0669) and extended Arabic-Indic (06F0..06F9) digits to ASCII 0..9. */
  ARABIC_INDIC_DIGITS,

  /**
   * Replaces digits inside names with a space: real lists use {@code 0} or {@code 00} as a
   * placeholder for an unknown father's name ({@code رافت 0 0 مطر}) and glue row numbers to names.
   */
  STRAY_DIGITS,

  /**
   * Replaces punctuation and symbols (anything that is not a letter, digit, combining mark or
   * space), including the Arabic comma (060C), semicolon (061B) and question mark (061F),
   * parentheses and hyphens, with a space: {@code عبد,الرحمن} becomes {@code عبد الرحمن}.
   */
  PUNCTUATION,

  /**
   * Turns every Unicode space or line break (tab, no-break space, em space, ...) into one ASCII
   * space, collapses runs of spaces and trims both ends.
   */
  WHITESPACE
}
