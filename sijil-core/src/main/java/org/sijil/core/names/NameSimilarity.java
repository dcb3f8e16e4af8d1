package org.sijil.core.names;

import org.sijil.core.text.StringSimilarity;

/**
 * Name comparators returning similarities in [0,1], with discrete {@link NameLevel}s for the
 * linkage model. All use {@link NameComparator#standard()}; for repeated comparison build {@link
 * ComparableName}s once and call {@link #chain(ComparableName, ComparableName)}, which allocates
 * nothing.
 */
public final class NameSimilarity {

  private NameSimilarity() {}

  /** Chain-aware similarity of two parsed Arabic names (repaired readings considered). */
  public static double chain(NameChain a, NameChain b) {
    return chain(ComparableName.of(a), ComparableName.of(b));
  }

  /** Chain-aware similarity of two pre-parsed names (any scripts); the hot path. */
  public static double chain(ComparableName a, ComparableName b) {
    return NameComparator.standard().compare(a, b);
  }

  /** The level of {@link #chain(ComparableName, ComparableName)}. */
  public static NameLevel chainLevel(ComparableName a, ComparableName b) {
    return NameComparator.standard().level(a, b);
  }

  /** Similarity of two raw Arabic names. */
  public static double arabic(String a, String b) {
    return chain(ComparableName.arabic(a), ComparableName.arabic(b));
  }

  /** Similarity of two Latin-script names after romanization normalization. */
  public static double latin(String a, String b) {
    return chain(ComparableName.latin(a), ComparableName.latin(b));
  }

  /** Similarity of an Arabic-script name with a Latin-script one. */
  public static double crossScript(String arabic, String latin) {
    return chain(ComparableName.arabic(arabic), ComparableName.latin(latin));
  }

  /** Similarity of two raw names, each Arabic or Latin (detected by its first letter). */
  public static double any(String a, String b) {
    return chain(ComparableName.any(a), ComparableName.any(b));
  }

  /** True when two Arabic names are equal after normalization and compound joining. */
  public static boolean equalNormalized(String a, String b) {
    return NameParser.parse(a).joined().equals(NameParser.parse(b).joined());
  }

  /** Jaro-Winkler of the normalized, compound-joined forms (a plain string measure). */
  public static double jaroWinkler(String a, String b) {
    return StringSimilarity.jaroWinkler(NameParser.parse(a).joined(), NameParser.parse(b).joined());
  }

  /** Damerau-Levenshtein similarity of the normalized, compound-joined forms. */
  public static double damerauLevenshtein(String a, String b) {
    return StringSimilarity.damerauLevenshteinSimilarity(
        NameParser.parse(a).joined(), NameParser.parse(b).joined());
  }
}
