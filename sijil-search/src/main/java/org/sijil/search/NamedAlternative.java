package org.sijil.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A named alternative of a page's reasons query: the query under the name, and the reason it gives
 * once its name is read (once per page, not once per hit).
 */
final class NamedAlternative {

  final Query query;

  /** The query under the name; null when not of a shape read here. */
  final Query inner;

  /**
   * The terms of the alternative when it asks a hit to hold all or any of them ({@link
   * HitTerms.Shape}); null otherwise (then its scorer and {@link Weight#matches} say).
   */
  final HitTerms.Shape terms;

  /** Its own weight, made when first walked by its scorer or read through {@link #readName}. */
  Weight weight;

  /** What its name says; null until read. */
  TokenReason reason;

  /** Whether {@link Weight#matches} has confirmed a match of its scorer (scorer-walked only). */
  boolean confirmed;

  NamedAlternative(Query query) {
    this.query = query;
    this.inner = HitTerms.inner(query);
    this.terms = inner == null ? null : HitTerms.shape(inner);
  }

  /** Reads the name from the query's text (kept in {@code names}); false when not of that form. */
  boolean readNameFromText(AlternativeNames names, List<String> tokens) {
    TokenReason.Name name = names.nameOf(query, inner);
    if (name != null) {
      reason = name.with(tokens);
    }
    return name != null;
  }

  /**
   * Reads the name at the alternative's first match, {@code doc} of {@code leaf}: from the query's
   * text, or, when that is not of the form known here, through {@link Weight#matches}.
   */
  void readName(
      IndexSearcher s, LeafReaderContext leaf, int doc, AlternativeNames names, List<String> tokens)
      throws IOException {
    if (readNameFromText(names, tokens)) {
      return;
    }
    weight = weightOf(s, query);
    Matches m = weight.matches(leaf, doc);
    reason = TokenReason.of(NamedMatches.findNamedMatches(m).get(0).getName(), tokens);
  }

  /**
   * Whether the terms the page looked up say it matches no document of {@code leaves}: a term it
   * needs (all of them, or each when any will do) is in no segment. False when unsure (no terms, or
   * terms not looked up).
   */
  boolean absentFrom(List<LeafReaderContext> leaves) throws IOException {
    if (terms == null) {
      return false;
    }
    for (TermQuery t : terms.terms()) {
      boolean absent = absent(t.getTermStates(), leaves);
      if (absent && terms.all()) {
        return true;
      }
      if (!absent && !terms.all()) {
        return false;
      }
    }
    return !terms.all();
  }

  private static boolean absent(TermStates states, List<LeafReaderContext> leaves)
      throws IOException {
    if (states == null) {
      return false;
    }
    for (LeafReaderContext leaf : leaves) {
      if (states.get(leaf) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The alternative's own weight, not the searcher's (no query cache for a page's alternatives), of
   * the alternative rewritten: the reasons query is read as built, and only the few alternatives
   * walked by their scorer need Lucene's rewritten form.
   */
  static Weight weightOf(IndexSearcher s, Query alternative) throws IOException {
    return s.rewrite(alternative).createWeight(s, ScoreMode.COMPLETE_NO_SCORES, 1f);
  }
}
