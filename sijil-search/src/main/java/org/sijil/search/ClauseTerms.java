package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a clause of a tier query holds, for {@link TierCandidates}: the persons the clause matches
 * are within the union of {@code terms} and of each of {@code restricted}'s parts. Read once per
 * query from the clause itself ({@link #of}); {@link #inSegment} picks, per segment, the terms
 * whose union is cheapest to read.
 */
record ClauseTerms(List<Term> terms, List<ClauseTerms.Restricted> restricted) {

  /**
   * An alternative that must also match filter terms (a cross-script alternative, {@code +phl:mhmd
   * #scripts:latin-only}): its persons are within the union of {@code terms} and within each of
   * {@code within}, so per segment the cheaper of the two is taken, and nothing when a filter term
   * is absent from the segment.
   */
  record Restricted(List<Term> terms, List<Term> within) {}

  /**
   * The terms whose union holds every person the clause matches (its filters left out, but an
   * alternative with filter terms kept apart: {@link Restricted}), or null when the clause holds a
   * query of another kind (a typo's, which has no fixed terms) or none.
   */
  static ClauseTerms of(Query clause) {
    Collected top = new Collected(null);
    Map<Query, Collected> restricted = new java.util.IdentityHashMap<>();
    // A covered clause's persons are its driver's: the alternatives it covers need no walk here.
    Query matching = clause instanceof CoveredClause c ? c.driver() : clause;
    matching.visit(top.visitor(restricted));
    List<Restricted> parts = new ArrayList<>();
    for (Collected c : restricted.values()) {
      if (c.other || c.terms.isEmpty()) {
        return null;
      }
      parts.add(new Restricted(distinct(c.terms), c.within));
    }
    boolean known = !top.other && (!top.terms.isEmpty() || !parts.isEmpty());
    return known ? new ClauseTerms(distinct(top.terms), List.copyOf(parts)) : null;
  }

  /**
   * The terms whose union holds the clause's persons in the segment: its plain terms, and for each
   * restricted alternative its terms or its rarest filter term, whichever has fewer persons here
   * (none when a filter term is absent: in an index where every person has names in both scripts,
   * the cross-script alternatives of a name's tokens match nobody).
   */
  List<Term> inSegment(SegmentCursors cursors) throws IOException {
    if (restricted.isEmpty()) {
      return terms;
    }
    List<Term> out = new ArrayList<>(terms);
    for (Restricted r : restricted) {
      Term rarestFilter = null;
      long filterPersons = Long.MAX_VALUE;
      for (Term f : r.within()) {
        long n = cursors.docFreq(f);
        if (n < filterPersons) {
          filterPersons = n;
          rarestFilter = f;
        }
      }
      if (filterPersons == 0) {
        continue;
      }
      long termPersons = 0;
      for (Term t : r.terms()) {
        termPersons += cursors.docFreq(t);
      }
      if (filterPersons < termPersons) {
        out.add(rarestFilter);
      } else {
        out.addAll(r.terms());
      }
    }
    return out;
  }

  private static List<Term> distinct(List<Term> terms) {
    return List.copyOf(new java.util.LinkedHashSet<>(terms));
  }

  /** The terms a visit met, with the filter terms of the alternative they are restricted to. */
  private static final class Collected {
    final List<Term> terms = new ArrayList<>();
    final List<Term> within;
    boolean other;

    Collected(List<Term> within) {
      this.within = within;
    }

    QueryVisitor visitor(Map<Query, Collected> restricted) {
      Collected self = this;
      return new QueryVisitor() {
        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          // A constant score visits its query as a filter too, but keeps all of its persons.
          boolean narrows = occur == BooleanClause.Occur.FILTER && parent instanceof BooleanQuery;
          if (narrows || occur == BooleanClause.Occur.MUST_NOT) {
            return EMPTY_VISITOR;
          }
          List<Term> filters = self.within == null ? filterTerms(parent) : List.of();
          if (filters.isEmpty()) {
            return this;
          }
          return restricted
              .computeIfAbsent(parent, p -> new Collected(filters))
              .visitor(restricted);
        }

        @Override
        public void consumeTermsMatching(
            Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
          self.other = true;
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
          self.terms.addAll(Arrays.asList(found));
        }

        @Override
        public void visitLeaf(Query query) {
          self.other = true;
        }
      };
    }

    /** The terms of a boolean query's clauses that are single-term filters, each required. */
    private static List<Term> filterTerms(Query parent) {
      if (!(parent instanceof BooleanQuery b)) {
        return List.of();
      }
      List<Term> out = new ArrayList<>();
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() == BooleanClause.Occur.FILTER && c.getQuery() instanceof TermQuery t) {
          out.add(t.getTerm());
        }
      }
      return List.copyOf(out);
    }
  }
}
