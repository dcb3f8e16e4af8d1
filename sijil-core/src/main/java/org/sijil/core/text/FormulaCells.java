package org.sijil.core.text;

import java.util.regex.Pattern;

/**
 * Cells bound for a spreadsheet (CSV downloads and exports) made inert, following the OWASP
 * CSV-injection guidance. The rules:
 *
 * <ul>
 *   <li>a cell is <em>formula-like</em> when it starts with {@code =}, {@code +}, {@code -},
 *       {@code @}, a tab or a carriage return, the characters on which spreadsheets start a formula
 *       or DDE command — unless the whole cell is a plain number such as {@code -1}, {@code +3} or
 *       {@code -2.5}, which spreadsheets read as that number and which must stay readable;
 *   <li>a formula-like cell is written with one {@code '} in front (spreadsheets show the text as
 *       typed and do not evaluate it); so that this is reversible, a cell that already starts with
 *       {@code '} followed by something that would be guarded gets one more {@code '};
 *   <li>{@link #restore} removes exactly what {@link #neutralise} added: {@code
 *       restore(neutralise(s)) == s} for every {@code s}.
 * </ul>
 *
 * <p>Arabic and Latin text, dates, ids and empty cells are never changed. JSON outputs keep values
 * verbatim: only spreadsheet-bound text is guarded.
 */
public final class FormulaCells {

  /** The prefix spreadsheets take as "text, as typed". */
  public static final char GUARD = '\'';

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

  private FormulaCells() {}

  /** True when a spreadsheet could evaluate {@code s} (see the class rules). */
  public static boolean isFormulaLike(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return trigger && !PLAIN_NUMBER.matcher(s).matches();
  }

  /** True when {@link #neutralise} prefixes {@code s}. */
  private static boolean guarded(String s) {
    return isFormulaLike(s) || (s.length() > 1 && s.charAt(0) == GUARD && guarded(s.substring(1)));
  }

  /** {@code s} made inert for a spreadsheet; null stays null. */
  public static String neutralise(String s) {
    return s != null && guarded(s) ? GUARD + s : s;
  }

  /** The value {@link #neutralise} was given, from its result. */
  public static String restore(String s) {
    return s != null && s.length() > 1 && s.charAt(0) == GUARD && guarded(s.substring(1))
        ? s.substring(1)
        : s;
  }

  /** Any value as spreadsheet-safe text: numbers as they are, text neutralised, null as null. */
  public static Object neutraliseValue(Object v) {
    return v instanceof CharSequence cs ? neutralise(cs.toString()) : v;
  }
}
