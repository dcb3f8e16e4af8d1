package org.sijil.search;

/**
 * Why one query token matched a person.
 *
 * @param token the query token (normalized)
 * @param how how it matched
 * @param term the index term it matched (the person's name token, reading or key)
 */
public record MatchReason(String token, How how, String term) {

  /** The ways a token matches, strongest first; each has the weight it adds to the score. */
  public enum How {
    /** The identity number or person id. */
    ID(1.0),
    /** The name token as written (after normalization). */
    EXACT(1.0),
    /** A repaired reading of PDF damage (reversed lam-alef, doubled fragment). */
    READING(0.95),
    /** The same consonant skeleton: a spelling variant (hamza, dots, article, long vowels). */
    VARIANT(0.9),
    /** The transliteration of an Arabic name matches a Latin query, or the reverse. */
    TRANSLITERATION(0.85),
    /** The same phonetic key across scripts. */
    PHONETIC(0.8),
    /** One part of a compound name ({@code عبد الله} found by {@code الله}). */
    COMPOUND_PART(0.7),
    /** Within one or two edits: a typo. */
    TYPO(0.6);

    private final double weight;

    How(double weight) {
      this.weight = weight;
    }

    public double weight() {
      return weight;
    }
  }
}
