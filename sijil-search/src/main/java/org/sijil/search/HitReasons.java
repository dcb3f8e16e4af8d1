package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Why each hit of a page matched: per query token, the strongest named alternative of the reasons
 * query the person matches ({@link Queries} names every alternative {@code token|how|term}).
 *
 * <p>{@link Weight#matches} per hit says it exactly but re-runs the whole query for every hit: a
 * new term dictionary cursor and postings list per alternative per hit, about a third of a common
 * name's request. Here each named alternative ({@link NamedAlternatives}) is walked once per index
 * segment through that segment's hits in doc order: an alternative that is a term, or terms all
 * required (a cross-script alternative and its script filter), by {@link HitTerms}, one terms
 * cursor per field and one reused postings list per segment; any other by its own scorer, and
 * {@link Weight#matches} called once per such alternative that matched at all. For shapes not read
 * that way reasons fall back to {@link Weight#matches} per hit. Ties (two alternatives of one token
 * and equal weight) go to the smallest term, in whatever order either way lists them.
 *
 * <p>A token's alternatives are walked strongest first, each only through the hits no stronger
 * alternative of the token has matched: the first that matches is the reason shown, so the weaker
 * ones need not be asked. Most hits of a page match most tokens as written, and the token's
 * variants, readings, keys and cross-script forms, each a postings list to open and advance, were
 * then walked for nothing (docs/benchmarks.md "Session 22, h-reasons").
 *
 * <p>The reasons query is read as built, not rewritten: rewriting changes its shape, never what an
 * alternative matches, and rewriting the page's query again was a quarter of the reasons' CPU
 * (docs/benchmarks.md "Session 20, h-page"). Only a query whose built shape is not read here is
 * rewritten first, and only the alternatives walked by their scorer.
 */
final class HitReasons {

  private HitReasons() {}

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
    return TokenReason.parses(name) ? name : null;
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
    List<NamedAlternative> named = NamedAlternatives.of(reasons);
    if (named == null) {
      // Rewriting may reach a shape read here (a lone clause unwrapped); Weight#matches needs it.
      Query rewritten = s.rewrite(reasons);
      named = NamedAlternatives.of(rewritten);
      if (named == null) {
        return byMatches(s, rewritten, tokens, docs);
      }
    }
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (var it = named.iterator(); it.hasNext(); ) {
      if (it.next().absentFrom(leaves)) {
        it.remove(); // matches no hit, and its name need not be read
      }
    }
    Reading page = new Reading(tokens, names);
    List<NamedAlternative> strongestFirst = strongestFirst(named, page);
    List<NamedAlternative> walked = strongestFirst == null ? named : strongestFirst;
    boolean[][] matched = new boolean[walked.size()][docs.length];
    IndexSearcher shared = new SharedTerms(s);
    HitWalk.bySegment(
        leaves,
        docs,
        (leaf, inLeaf, places) -> {
          HitTerms terms = new HitTerms(leaf, inLeaf);
          Undecided undecided =
              strongestFirst == null ? null : new Undecided(tokens.size(), inLeaf.length);
          boolean[] all = new boolean[inLeaf.length];
          Arrays.fill(all, true);
          for (int n = 0; n < walked.size(); n++) {
            NamedAlternative alternative = walked.get(n);
            boolean[] open = undecided == null ? all : undecided.of(alternative.reason.token());
            if (open == null) {
              continue; // a stronger alternative of its token matched each of these hits
            }
            boolean[] hits =
                alternative.terms != null
                    ? held(shared, alternative, terms, leaf, inLeaf, open, page)
                    : byScorer(shared, alternative, leaf, inLeaf, open, tokens);
            for (int k = 0; k < hits.length; k++) {
              if (hits[k]) {
                matched[n][places[k]] = true;
                if (undecided != null) {
                  undecided.decide(alternative.reason.token(), k);
                }
              }
            }
          }
        });
    List<List<MatchReason>> out = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      List<TokenReason> reasonsOfHit = new ArrayList<>();
      for (int n = 0; n < walked.size(); n++) {
        if (matched[n][i]) {
          reasonsOfHit.add(walked.get(n).reason);
        }
      }
      out.add(TokenReason.best(reasonsOfHit, tokens.size()));
    }
    return out;
  }

  /**
   * The alternatives by token, strongest first ({@link TokenReason#strongestFirst}), their names
   * read from their text; null when a name is not of that form (then it is read at the
   * alternative's first match, and every alternative walked through every hit).
   */
  private static List<NamedAlternative> strongestFirst(List<NamedAlternative> named, Reading page) {
    for (NamedAlternative a : named) {
      if (!a.readNameFromText(page.names(), page.tokens())) {
        return null;
      }
    }
    List<NamedAlternative> sorted = new ArrayList<>(named);
    sorted.sort(
        (a, b) -> {
          int byToken = Integer.compare(a.reason.token(), b.reason.token());
          return byToken != 0 ? byToken : TokenReason.strongestFirst(a.reason, b.reason);
        });
    for (int n = 1; n < sorted.size(); n++) {
      TokenReason a = sorted.get(n - 1).reason;
      TokenReason b = sorted.get(n).reason;
      if (a.token() == b.token()
          && TokenReason.strongestFirst(a, b) == 0
          && !a.reason().equals(b.reason())) {
        return null; // equal in weight and term but not in how: the first listed is shown
      }
    }
    return sorted;
  }

  /** Per query token, the hits of one segment no alternative of the token has matched yet. */
  private static final class Undecided {
    private final boolean[][] open;
    private final int[] left;

    Undecided(int tokens, int hits) {
      open = new boolean[tokens][hits];
      left = new int[tokens];
      for (boolean[] o : open) {
        Arrays.fill(o, true);
      }
      Arrays.fill(left, hits);
    }

    /** The token's undecided hits (read it before the next {@link #decide}); null when none. */
    boolean[] of(int token) {
      return left[token] == 0 ? null : open[token];
    }

    void decide(int token, int hit) {
      if (open[token][hit]) {
        open[token][hit] = false;
        left[token]--;
      }
    }
  }

  /** Whether reasons of hits of {@code rewritten} are read without {@link Weight#matches}. */
  static boolean direct(Query rewritten) {
    return NamedAlternatives.of(rewritten) != null;
  }

  /** Which of the {@code open} hits (one segment's) hold the alternative's terms. */
  private static boolean[] held(
      IndexSearcher shared,
      NamedAlternative alternative,
      HitTerms terms,
      LeafReaderContext leaf,
      int[] docs,
      boolean[] open,
      Reading page)
      throws IOException {
    boolean[] held = terms.held(alternative.terms, open);
    for (int k = 0; k < held.length && alternative.reason == null; k++) {
      if (held[k]) {
        alternative.readName(shared, leaf, docs[k], page.names(), page.tokens());
      }
    }
    return held;
  }

  /** Which of the {@code open} hits (one segment's) the alternative's scorer matches. */
  private static boolean[] byScorer(
      IndexSearcher shared,
      NamedAlternative alternative,
      LeafReaderContext leaf,
      int[] docs,
      boolean[] open,
      List<String> tokens)
      throws IOException {
    boolean[] out = new boolean[docs.length];
    if (alternative.weight == null) {
      alternative.weight = NamedAlternative.weightOf(shared, alternative.query);
    }
    Scorer scorer = alternative.weight.scorer(leaf);
    if (scorer == null) {
      return out;
    }
    DocIdSetIterator it = scorer.iterator();
    for (int k = 0; k < docs.length; k++) {
      out[k] = open[k] && mark(alternative, leaf, it, docs[k], tokens);
    }
    return out;
  }

  /**
   * Whether the alternative matches {@code doc} of {@code leaf}, advancing its iterator there (hits
   * come in doc order); its first match is confirmed by {@link Weight#matches}, which also gives
   * its name when not read yet.
   */
  private static boolean mark(
      NamedAlternative named,
      LeafReaderContext leaf,
      DocIdSetIterator it,
      int doc,
      List<String> tokens)
      throws IOException {
    int at = it.docID() < doc ? it.advance(doc) : it.docID();
    if (at != doc) {
      return false;
    }
    if (!named.confirmed) {
      Matches m = named.weight.matches(leaf, doc);
      if (m == null) {
        return false; // as Weight#matches per hit would say
      }
      if (named.reason == null) {
        named.reason = TokenReason.of(NamedMatches.findNamedMatches(m).get(0).getName(), tokens);
      }
      named.confirmed = true;
    }
    return true;
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
      List<TokenReason> reasonsOfHit = new ArrayList<>();
      if (matches != null) {
        NamedMatches.findNamedMatches(matches)
            .forEach(m -> reasonsOfHit.add(TokenReason.of(m.getName(), tokens)));
      }
      out.add(TokenReason.best(reasonsOfHit, tokens.size()));
    }
    return out;
  }
}
