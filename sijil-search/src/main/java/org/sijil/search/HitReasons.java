package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Why each hit of a page matched: per query token, the strongest named alternative of the reasons
 * query the person matches ({@link Queries} names every alternative {@code token|how|term}).
 *
 * <p>{@link Weight#matches} per hit says it exactly but re-runs the whole query for every hit: a
 * new term dictionary cursor and postings list per alternative per hit, about a third of a common
 * name's request. Here each named alternative is walked once per index segment through that
 * segment's hits in doc order: an alternative that is a term, or terms all required (a cross-script
 * alternative and its script filter), by {@link HitTerms}, one terms cursor per field and one
 * reused postings list per segment, its name read from the query; any other by its own scorer, and
 * {@link Weight#matches} called once per such alternative that matched at all, only to read its
 * name. The result is the same as {@link Weight#matches} per hit because every hit matches the
 * reasons query (it is the query run, or the ungrouped form of it), so an alternative is reported
 * exactly when its own query matches the hit, unless it sits under an optional clause with required
 * parts or a minimum to match: for such shapes, which {@link Queries} does not build, and for any
 * query type not known here, reasons fall back to {@link Weight#matches} per hit. Ties (two
 * alternatives of one token and equal weight) go to the smallest term, in whatever order either way
 * lists them.
 *
 * <p>The reasons query is read as built, not rewritten: rewriting changes its shape, never what an
 * alternative matches, and rewriting the page's query again was a quarter of the reasons' CPU
 * (docs/benchmarks.md "Session 20, h-page"). Only a query whose built shape is not read here is
 * rewritten first, and only the alternatives walked by their scorer.
 */
final class HitReasons {

  private HitReasons() {}

  /**
   * A named alternative: the query under the name, and the reason it gives once a hit has read its
   * name (read once per page, not once per hit).
   */
  private static final class Named {
    final Query query;

    /** The query under the name; null when not of a shape read here. */
    final Query inner;

    /**
     * The terms of the alternative when it asks a hit to hold all or any of them ({@link
     * HitTerms.Shape}); null otherwise (then its scorer and {@link Weight#matches} say).
     */
    final HitTerms.Shape terms;

    Weight weight;
    Reason reason;

    Named(Query query) {
      this.query = query;
      this.inner = HitTerms.inner(query);
      this.terms = inner == null ? null : HitTerms.shape(inner);
    }

    /**
     * Reads the name at the alternative's first match, {@code doc} of {@code leaf}: from the
     * query's text, or, when that is not of the form known here, as {@link #mark} does.
     */
    void readName(IndexSearcher s, LeafReaderContext leaf, int doc, Reading page)
        throws IOException {
      String name = page.names().of(query, inner);
      if (name != null) {
        reason = Reason.of(name, page.tokens());
        return;
      }
      weight = weightOf(s, query);
      Matches m = weight.matches(leaf, doc);
      reason = Reason.of(NamedMatches.findNamedMatches(m).get(0).getName(), page.tokens());
    }
  }

  /**
   * The name a named query was given, read from its text ({@code NamedQuery(name,inner)}, Lucene
   * 9's form), as Lucene has no accessor for it; null when the text is not of that form, and then
   * the name is read through {@link Weight#matches} as before.
   */
  static String nameOf(Query named, Query inner) {
    String whole = named.toString("");
    String prefix = "NamedQuery(";
    String suffix = "," + inner.toString("") + ")";
    if (!whole.startsWith(prefix)
        || !whole.endsWith(suffix)
        || whole.length() < prefix.length() + suffix.length()) {
      return null;
    }
    String name = whole.substring(prefix.length(), whole.length() - suffix.length());
    return Reason.parses(name) ? name : null;
  }

  /** What reading a page's reasons needs beside the query: its tokens, and the names kept. */
  private record Reading(List<String> tokens, AlternativeNames names) {}

  /**
   * The reasons of {@code docs} (top-level doc ids, each a hit of {@code reasons} or of the query
   * it is the ungrouped form of), in the order given.
   */
  static List<List<MatchReason>> of(IndexSearcher s, Query reasons, List<String> tokens, int[] docs)
      throws IOException {
    return of(s, reasons, tokens, docs, new AlternativeNames());
  }

  /** As {@link #of(IndexSearcher, Query, List, int[])}, reading names kept in {@code names}. */
  static List<List<MatchReason>> of(
      IndexSearcher s, Query reasons, List<String> tokens, int[] docs, AlternativeNames names)
      throws IOException {
    Reading page = new Reading(tokens, names);
    List<Named> named = new ArrayList<>();
    if (!collect(reasons, true, named)) {
      // Rewriting may reach a shape read here (a lone clause unwrapped); Weight#matches needs it.
      Query rewritten = s.rewrite(reasons);
      named.clear();
      if (!collect(rewritten, true, named)) {
        return byMatches(s, rewritten, tokens, docs);
      }
    }
    boolean[][] matched = new boolean[named.size()][docs.length];
    IndexSearcher shared = new SharedTerms(s);
    HitWalk.bySegment(
        s.getIndexReader().leaves(),
        docs,
        (leaf, inLeaf, places) -> {
          HitTerms terms = new HitTerms(leaf, inLeaf);
          for (int n = 0; n < named.size(); n++) {
            Named alternative = named.get(n);
            if (alternative.terms != null) {
              markHeld(shared, alternative, terms, leaf, inLeaf, places, matched[n], page);
            } else {
              markByScorer(shared, alternative, leaf, inLeaf, places, matched[n], page);
            }
          }
        });
    List<List<MatchReason>> out = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      List<Reason> reasonsOfHit = new ArrayList<>();
      for (int n = 0; n < named.size(); n++) {
        if (matched[n][i]) {
          reasonsOfHit.add(named.get(n).reason);
        }
      }
      out.add(best(reasonsOfHit, tokens.size()));
    }
    return out;
  }

  /** Whether reasons of hits of {@code rewritten} are read without {@link Weight#matches}. */
  static boolean direct(Query rewritten) {
    return collect(rewritten, true, new ArrayList<>());
  }

  /** Marks the hits holding the alternative's terms (one segment's hits). */
  private static void markHeld(
      IndexSearcher shared,
      Named alternative,
      HitTerms terms,
      LeafReaderContext leaf,
      int[] docs,
      int[] places,
      boolean[] matched,
      Reading page)
      throws IOException {
    boolean[] held = terms.held(alternative.terms);
    for (int k = 0; k < places.length; k++) {
      if (held[k]) {
        matched[places[k]] = true;
        if (alternative.reason == null) {
          alternative.readName(shared, leaf, docs[k], page);
        }
      }
    }
  }

  /** Marks the hits the alternative's scorer matches (one segment's hits, in doc order). */
  private static void markByScorer(
      IndexSearcher shared,
      Named alternative,
      LeafReaderContext leaf,
      int[] docs,
      int[] places,
      boolean[] matched,
      Reading page)
      throws IOException {
    DocIdSetIterator it = iterator(shared, alternative, leaf);
    if (it == null) {
      return;
    }
    for (int k = 0; k < docs.length; k++) {
      matched[places[k]] |= mark(alternative, leaf, it, docs[k], page.tokens());
    }
  }

  /** The iterator of the alternative's matches in {@code leaf}, or null when none there. */
  private static DocIdSetIterator iterator(IndexSearcher s, Named named, LeafReaderContext leaf)
      throws IOException {
    if (named.weight == null) {
      named.weight = weightOf(s, named.query);
    }
    Scorer scorer = named.weight.scorer(leaf);
    return scorer == null ? null : scorer.iterator();
  }

  /**
   * The alternative's own weight, not the searcher's (no query cache for a page's alternatives), of
   * the alternative rewritten: the reasons query is read as built, and only the few alternatives
   * walked by their scorer need Lucene's rewritten form.
   */
  private static Weight weightOf(IndexSearcher s, Query alternative) throws IOException {
    return s.rewrite(alternative).createWeight(s, ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * Whether the alternative matches {@code doc} of {@code leaf}, advancing its iterator there (hits
   * come in doc order); reads the alternative's name at its first match.
   */
  private static boolean mark(
      Named named, LeafReaderContext leaf, DocIdSetIterator it, int doc, List<String> tokens)
      throws IOException {
    int at = it.docID() < doc ? it.advance(doc) : it.docID();
    if (at != doc) {
      return false;
    }
    if (named.reason == null) {
      Matches m = named.weight.matches(leaf, doc);
      if (m == null) {
        return false; // as Weight#matches per hit would say
      }
      named.reason = Reason.of(NamedMatches.findNamedMatches(m).get(0).getName(), tokens);
    }
    return true;
  }

  /**
   * Adds the named alternatives under {@code q}, in the order {@link Weight#matches} lists them;
   * false when the shape is one whose reasons this class cannot tell without {@link
   * Weight#matches}. {@code certain}: every hit matches {@code q} (the root, and required clauses
   * of such a query).
   */
  private static boolean collect(Query q, boolean certain, List<Named> out) {
    if (q.getClass().getEnclosingClass() == NamedMatches.class) {
      out.add(new Named(q));
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

  private static boolean collectClauses(BooleanQuery b, boolean certain, List<Named> out) {
    boolean conditional =
        b.getMinimumNumberShouldMatch() > 0
            || b.clauses().stream().anyMatch(c -> c.getOccur() != Occur.SHOULD);
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

  /** The reasons through {@link Weight#matches}, hit by hit. */
  static List<List<MatchReason>> byMatches(
      IndexSearcher s, Query rewritten, List<String> tokens, int[] docs) throws IOException {
    Weight weight = s.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    List<List<MatchReason>> out = new ArrayList<>(docs.length);
    for (int doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      Matches matches = weight.matches(leaf, doc - leaf.docBase);
      List<Reason> reasonsOfHit = new ArrayList<>();
      if (matches != null) {
        NamedMatches.findNamedMatches(matches)
            .forEach(m -> reasonsOfHit.add(Reason.of(m.getName(), tokens)));
      }
      out.add(best(reasonsOfHit, tokens.size()));
    }
    return out;
  }

  /**
   * The strongest named alternative per query token, in token order. Of equals (one token matching
   * two alternatives of one weight) the smallest term wins: the order alternatives are listed in is
   * that of a {@link DisjunctionMaxQuery}'s disjuncts, a hash set's, whose hash of a term is seeded
   * per JVM, so the first listed would make a reason change from one run to the next.
   */
  private static List<MatchReason> best(List<Reason> reasons, int tokens) {
    MatchReason[] best = new MatchReason[tokens];
    for (Reason r : reasons) {
      MatchReason prev = best[r.token()];
      if (prev == null || stronger(r.reason().how(), r.reason().term(), prev)) {
        best[r.token()] = r.reason();
      }
    }
    List<MatchReason> out = new ArrayList<>(tokens);
    for (MatchReason r : best) {
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean stronger(MatchReason.How how, String term, MatchReason than) {
    int byWeight = Double.compare(how.weight(), than.how().weight());
    return byWeight > 0 || byWeight == 0 && term.compareTo(than.term()) < 0;
  }

  /**
   * What an alternative's name ({@code token|how|term}, {@link Queries}) says: the index of the
   * query token and the reason.
   */
  private record Reason(int token, MatchReason reason) {

    /** Whether {@code name} has the form {@link #of} reads. */
    static boolean parses(String name) {
      String[] parts = name.split("\\|", 3);
      if (parts.length != 3
          || parts[0].isEmpty()
          || !parts[0].chars().allMatch(Character::isDigit)) {
        return false;
      }
      try {
        MatchReason.How.valueOf(parts[1]);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    static Reason of(String name, List<String> tokens) {
      String[] parts = name.split("\\|", 3);
      int token = Integer.parseInt(parts[0]);
      return new Reason(
          token, new MatchReason(tokens.get(token), MatchReason.How.valueOf(parts[1]), parts[2]));
    }
  }
}
