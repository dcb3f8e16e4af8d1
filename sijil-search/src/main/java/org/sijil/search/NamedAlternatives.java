package org.sijil.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Weight;

/**
 * The named alternatives of a reasons query whose matches say a hit's reasons without {@link
 * Weight#matches}: every hit matches the query (it is the query run, or the ungrouped form of it),
 * so an alternative is reported exactly when its own query matches the hit, unless it sits under an
 * optional clause with required parts or a minimum to match. Such shapes, which {@link Queries}
 * does not build, and query types not known here are not read.
 */
final class NamedAlternatives {

  private NamedAlternatives() {}

  /**
   * The named alternatives under {@code q}, in the order {@link Weight#matches} lists them; null
   * when the shape is one whose reasons cannot be told without {@link Weight#matches}.
   */
  static List<NamedAlternative> of(Query q) {
    List<NamedAlternative> out = new ArrayList<>();
    return collect(q, true, out) ? out : null;
  }

  /**
   * Adds the named alternatives under {@code q}; false when the shape is not read here. {@code
   * certain}: every hit matches {@code q} (the root, and required clauses of such a query).
   */
  private static boolean collect(Query q, boolean certain, List<NamedAlternative> out) {
    if (q.getClass().getEnclosingClass() == NamedMatches.class) {
      out.add(new NamedAlternative(q));
      return true;
    }
    if (q instanceof BoostQuery b) {
      return collect(b.getQuery(), certain, out);
    }
    if (q instanceof ConstantScoreQuery c) {
      return collect(c.getQuery(), certain, out);
    }
    if (q instanceof DisjunctionMaxQuery d) {
      for (Query sub : d.getDisjuncts()) {
        if (!collect(sub, false, out)) {
          return false;
        }
      }
      return true;
    }
    if (q instanceof BooleanQuery b) {
      return collectClauses(b, certain, out);
    }
    return !hasNamed(q);
  }

  private static boolean collectClauses(
      BooleanQuery b, boolean certain, List<NamedAlternative> out) {
    boolean conditional = b.getMinimumNumberShouldMatch() > 0 || !onlyShould(b);
    if (!certain && conditional) {
      return !hasNamed(b);
    }
    for (BooleanClause c : b.clauses()) {
      if (c.isProhibited()) {
        continue; // never reported by Weight#matches
      }
      if (!collect(c.getQuery(), certain && c.isRequired(), out)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every clause is optional (a loop, not a stream: this runs for every page). */
  private static boolean onlyShould(BooleanQuery b) {
    for (BooleanClause c : b.clauses()) {
      if (c.getOccur() != Occur.SHOULD) {
        return false;
      }
    }
    return true;
  }

  /** Whether any named query sits under {@code q}. */
  private static boolean hasNamed(Query q) {
    boolean[] found = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            if (parent.getClass().getEnclosingClass() == NamedMatches.class) {
              found[0] = true;
            }
            return this;
          }
        });
    return found[0];
  }
}
