package org.sijil.core.names;

import org.sijil.core.text.StringSimilarity;

/** Name comparators returning similarities in [0,1]. (Placeholder; the real ones are issue #3.) */
public final class NameSimilarity {

  private NameSimilarity() {}

  /** Chain-aware similarity of two parsed Arabic names. */
  public static double chain(NameChain a, NameChain b) {
    return StringSimilarity.jaroWinkler(join(a), join(b));
  }

  /** Similarity of two Latin-script names after romanization normalization. */
  public static double latin(String a, String b) {
    return StringSimilarity.jaroWinkler(LatinNormalizer.normalize(a), LatinNormalizer.normalize(b));
  }

  /** Similarity of an Arabic-script name with a Latin-script one. */
  public static double crossScript(String arabic, String latin) {
    return latin(Transliterator.toLatin(arabic), latin);
  }

  private static String join(NameChain c) {
    StringBuilder sb = new StringBuilder();
    for (NameToken t : c.tokens()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
