package org.sijil.core.names;

/**
 * Normalizes Arabic names for comparison. (Placeholder rules; the full rule set is issue #3.)
 */
public final class ArabicNormalizer {

  private static final ArabicNormalizer STANDARD = new ArabicNormalizer();

  private ArabicNormalizer() {}

  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  /** Returns the normalized form of {@code name}; never null; idempotent. */
  public String normalize(CharSequence name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> sb.append('\u0627');
        case '\u0649' -> sb.append('\u064A');
        case '\u0629' -> sb.append('\u0647');
        default -> sb.append(c);
      }
    }
    return sb.toString().trim().replaceAll("\\s+", " ");
  }
}
