package org.sijil.core.names;

import java.util.List;

/**
 * What one Arabic token gives a {@link ComparableName}, in a name of the given lam-alef mode: its
 * skeleton, consonant key, Latin form and repaired readings. It depends on the token and the mode
 * alone, so {@link ComparableNames} keeps it per token.
 */
record TokenForms(String skeleton, String key, String latin, Reading[] readings) {

  private static final Reading[] NO_READINGS = new Reading[0];

  static TokenForms of(String text, Repairs.LamAlef mode) {
    List<Reading> alts = Repairs.alternates(text, mode);
    return new TokenForms(
        NameKeys.tokenSkeleton(text),
        NameKeys.arabicTokenKey(text),
        String.join("", LatinNormalizer.tokens(Transliterator.token(text))),
        alts.isEmpty() ? NO_READINGS : alts.toArray(NO_READINGS));
  }
}
