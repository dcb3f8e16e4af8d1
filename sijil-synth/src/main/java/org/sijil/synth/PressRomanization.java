package org.sijil.synth;

/**
 * The generator's second romanization ({@code Mohammed}, {@code Abdel Rahman}, {@code Al-Masri}) of
 * any Arabic name, as a list by another publisher would write it: for evaluating linkage across
 * publishers on lists that carry only one scheme. Thread-safe (each call has its own cache).
 */
public final class PressRomanization {

  private PressRomanization() {}

  /** The press-scheme spelling of an Arabic name, its elements separated by spaces. */
  public static String of(String arabicName) {
    return of(arabicName, new Romanizer(NameStatistics.bundled()));
  }

  /**
   * A romanizer for many names on one thread: it caches each element's spelling, so a list of
   * thousands of names is written in a few milliseconds.
   */
  public static java.util.function.UnaryOperator<String> writer() {
    Romanizer r = new Romanizer(NameStatistics.bundled());
    return name -> of(name, r);
  }

  private static String of(String arabicName, Romanizer romanizer) {
    if (arabicName == null || arabicName.isBlank()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (ArabicForms.Unit u : ArabicForms.units(arabicName)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(romanizer.press(u));
    }
    return sb.toString();
  }
}
