package org.sijil.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * One query token's alternatives as a page's name queries hold them, by weight: each alternative's
 * name (what a hit's reason says) and its query, the term looked up, a cross-script alternative
 * filtered to the persons it is meant for, a typo alternative rewritten. A page builds up to four
 * name queries over the same tokens (the tier, its reasons' ungrouped form, and the same two with
 * typos), and each made every alternative's name, filter and entry again; {@link PageTerms} keeps
 * them, so each is made once a page.
 *
 * @param byHow the alternatives by weight, in the order the queries add them
 * @param covering whether an alternative covers the token's written and given-name ones ({@link
 *     CoveredClause})
 */
record TokenAlternatives(Map<MatchReason.How, List<Named>> byHow, boolean covering) {

  /** An alternative's name and query. */
  record Named(String name, Query query) {}

  TokenAlternatives {
    byHow = Collections.unmodifiableMap(byHow); // no copy: an EnumMap keeps the weights' order
  }

  /**
   * What a token's alternatives are made for: the token (the very object, which a page's queries
   * share), its place in the query, whether typos are among them and whether the query has other
   * tokens (a lone token's alternatives cover none).
   */
  record Use(NameTerms.QueryToken token, int index, boolean typos, boolean several) {

    @Override
    public boolean equals(Object o) {
      return o instanceof Use u
          && u.token == token
          && u.index == index
          && u.typos == typos
          && u.several == several;
    }

    @Override
    public int hashCode() {
      return ((System.identityHashCode(token) * 31 + index) * 2 + (typos ? 1 : 0)) * 2
          + (several ? 1 : 0);
    }
  }
}
