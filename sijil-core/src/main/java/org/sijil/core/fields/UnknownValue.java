package org.sijil.core.fields;

import java.util.Locale;
import java.util.Set;

/**
 * Markers lists write in a cell to say "not known": the Ministry's lists put {@code -1} in the age
 * column, others {@code غير معروف}. Such a cell is an unknown value, not a malformed one: it is
 * stored as absent and raises no warning.
 *
 * <p>Rules: the cell is trimmed, Arabic-Indic digits are read as digits and inner spaces are
 * collapsed; blank, {@code -1}, {@code غير معروف} (and its feminine and {@code غير معلوم} forms)
 * are unknown. Other words ({@code unknown}, {@code ?}) are still reported as values not
 * understood.
 */
public final class UnknownValue {

  private static final Set<String> MARKERS =
      Set.of("-1", "غير معروف", "غير معروفة", "غير معلوم", "غير معلومة");

  private UnknownValue() {}

  /** True when {@code cell} is blank or one of the markers of an unknown value. */
  public static boolean isUnknown(String cell) {
    if (cell == null) {
      return true;
    }
    if (cell.isEmpty()) {
      return true; // the usual missing age: no clean-up (and no regular expression) needed
    }
    if (isPlainNumber(cell)) {
      return false; // the usual cell, an age: no marker is a string of ASCII digits
    }
    String t = Digits.clean(cell).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return t.isEmpty() || MARKERS.contains(t);
  }

  /** A non-empty run of ASCII digits (checked without building strings: called once per row). */
  private static boolean isPlainNumber(String cell) {
    int n = cell.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
