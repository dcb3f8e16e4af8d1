package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs requests on a searcher. A name query without facets runs first strictly ({@link
 * Queries#strict}: every token as written), unless its terms show it cannot fill the re-ranking
 * window ({@link FullChains}); when it fills the window ({@link Rescorer#WINDOW} or the page, if
 * larger) its hits are the answer, as the wider query would only add persons ranked below them; the
 * total is still the wider query's, counted without scores and only when the strict count is under
 * {@link #COUNT_EXACTLY_UP_TO}. Otherwise the name query runs without typos, every token required
 * but one in queries of three tokens or more (a missing grandfather, or a name the other list
 * lacks); only when that finds fewer than {@link #WIDEN_BELOW} persons does it run again with
 * typos. Scores rank full chains above chains missing one token, and matches as written above
 * variants and typos. Adding typos only on a near-empty result keeps the common case cheap: each
 * typo alternative walks the term dictionary with an automaton.
 */
final class Searching {

  /**
   * A name search without typos finding fewer persons than this is run again with them: a page
   * should offer at least three candidates when there are any.
   */
  static final int WIDEN_BELOW = 3;

  /** Queries of this many tokens or more match persons missing one of them. */
  static final int MISSING_ONE_FROM = 3;

  /**
   * Hits are counted exactly up to this many; above it the total is this many, a lower bound ("more
   * than 100"). Counting stops early so that Lucene may skip, from then on, every person who cannot
   * enter the re-ranking window: a full name finds hundreds of persons with all its tokens but one,
   * and counting them all meant advancing every token's union of readings to each. A person looking
   * for a relative needs the best matches first, not the exact number of partial ones. The page is
   * the same as with an exhaustive count ({@code CountingLimitTest}).
   */
  static final int COUNT_EXACTLY_UP_TO = 100;

  /** Hits counted exactly: {@link #COUNT_EXACTLY_UP_TO}, or another limit in tests. */
  private final int countUpTo;

  private static final java.util.Set<String> SHOWN_ONLY = java.util.Set.of(Fields.SHOWN);

  private static final Sort REGISTER_ORDER =
      new Sort(new SortField(Fields.ORDER, SortField.Type.LONG));

  private final NameAnalyzer analyzer;
  private final NameTerms names;
  private final Suggestions suggestions;
  private final Rescorer rescorer;
  private final KeptTerms kept = new KeptTerms();

  /** The names of the reasons query's alternatives, kept across this owner's pages. */
  private final AlternativeNames alternativeNames = new AlternativeNames();

  /** Common indexed terms' match sets, kept across this searcher owner's requests. */
  private final TermMatchSets matchSets = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);

  /**
   * Whether the strict query is skipped when it cannot fill the window ({@link FullChains}); off in
   * tests only, to compare with the pages of always running it.
   */
  private final boolean boundStrict;

  Searching(NameAnalyzer analyzer, NameTerms names, int countUpTo) {
    this(analyzer, names, countUpTo, true);
  }

  Searching(NameAnalyzer analyzer, NameTerms names, int countUpTo, boolean boundStrict) {
    this.boundStrict = boundStrict;
    this.countUpTo = countUpTo;
    this.analyzer = analyzer;
    this.names = names;
    this.suggestions = new Suggestions(analyzer, names);
    this.rescorer = new Rescorer(names);
  }

  /**
   * A built query: what to run, the tokens it has (for scores and reasons), and whether it ranks.
   */
  private record Built(
      Query query, List<String> tokens, boolean ranked, boolean names, Query reasons) {

    Built(Query query, List<String> tokens, boolean ranked, boolean names) {
      this(query, tokens, ranked, names, query);
    }
  }

  /** One page, each hit with its stored view ({@link SearchHit#shown}). */
  SearchPage page(IndexSearcher s, SearchRequest r) throws IOException {
    return page(s, r, true);
  }

  /**
   * One page; with {@code views}, each hit carries its stored view ({@link SearchHit#shown}),
   * otherwise none is read (callers holding the persons in memory need none, and a stored view
   * costs the decompression of its block of documents).
   */
  SearchPage page(IndexSearcher s, SearchRequest r, boolean views) throws IOException {
    Query filters = Queries.filters(r, analyzer);
    int want = r.offset() + r.limit();
    int fetch = Math.max(want, Rescorer.WINDOW);
    Built built = null;
    TopDocs top = null;
    boolean strictOnly = false;
    if (r.text().isEmpty()) {
      built = new Built(withFilters(new MatchAllDocsQuery(), filters), List.of(), false, false);
      top = s.search(built.query(), want, REGISTER_ORDER);
      top =
          new TopDocs(
              new TotalHits(s.count(built.query()), TotalHits.Relation.EQUAL_TO), top.scoreDocs);
    } else {
      List<NameTerms.QueryToken> tokens =
          Queries.isIdQuery(r.text()) ? List.of() : names.query(r.text());
      if (tokens.isEmpty()) {
        built =
            new Built(withFilters(Queries.id(r.text()), filters), List.of(r.text()), true, false);
        top = ranked(s, built.query(), want);
      } else {
        // One look-up per term and segment for all of the page's queries and its reasons.
        PageTerms terms = new PageTerms(s, kept);
        if (!r.facets() && mayFillWindow(s, tokens, terms, fetch)) {
          // Full chains as written first: when they fill the window, nothing else is needed.
          built =
              new Built(
                  withFilters(Queries.strict(tokens, analyzer, terms), filters),
                  texts(tokens),
                  true,
                  true);
          top = ranked(s, built.query(), fetch);
          strictOnly = top.totalHits.value >= fetch;
          if (strictOnly && top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
            // Fewer than COUNT_EXACTLY_UP_TO as written: the total counts the wider query too.
            long wide = LimitedCount.of(s, withFilters(tier(tokens, terms), filters), countUpTo);
            top = new TopDocs(new TotalHits(wide, exactBelow(wide)), top.scoreDocs);
          }
        }
        if (!strictOnly) {
          built =
              new Built(
                  withFilters(tier(tokens, terms), filters),
                  texts(tokens),
                  true,
                  true,
                  Queries.name(tokens, analyzer, required(tokens), false, terms));
          top = ranked(s, built.query(), fetch);
        }
        if (top.totalHits.value < WIDEN_BELOW) {
          built =
              new Built(
                  withFilters(typoTier(tokens, terms), filters),
                  texts(tokens),
                  true,
                  true,
                  Queries.name(tokens, analyzer, required(tokens), true, terms));
          top = ranked(s, built.query(), fetch);
        }
      }
    }
    ScoreDoc[] docs = top.scoreDocs;
    if (built.ranked()) {
      for (ScoreDoc d : docs) {
        d.score = (float) Math.min(1.0, d.score / (built.tokens().size() + Queries.GIVEN_BONUS));
      }
    }
    if (built.names()) {
      docs = rescorer.rescore(s, docs, r.text());
    }
    if (docs.length > want) {
      docs = java.util.Arrays.copyOf(docs, want);
    }
    List<SearchHit> hits = hits(s, docs, r.offset(), built, views);
    boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
    Map<String, Map<String, Long>> facetCounts =
        r.facets() ? Facet.counts(s, built.query()) : Map.of();
    List<String> suggested =
        top.totalHits.value == 0 && !r.text().isEmpty()
            ? suggestions.suggest(s, r.text())
            : List.of();
    // Counting stops at the threshold; the lower bound shown is the threshold itself ("1,000+").
    long total = exact ? top.totalHits.value : countUpTo;
    return new SearchPage(total, exact, hits, facetCounts, suggested);
  }

  long[] all(IndexSearcher s, SearchRequest r) throws IOException {
    Query filters = Queries.filters(r, analyzer);
    Query query;
    if (r.text().isEmpty()) {
      query = withFilters(new MatchAllDocsQuery(), filters);
      int n = Math.max(1, s.count(query));
      return orders(s, s.search(query, n, REGISTER_ORDER).scoreDocs);
    }
    // The same strict-or-wide decision as a page, then every hit of the chosen query.
    List<NameTerms.QueryToken> tokens =
        Queries.isIdQuery(r.text()) ? List.of() : names.query(r.text());
    if (tokens.isEmpty()) {
      query = withFilters(Queries.id(r.text()), filters);
    } else {
      query = withFilters(Queries.grouped(tokens, analyzer, required(tokens), false), filters);
      if (s.count(query) < WIDEN_BELOW) {
        query = withFilters(Queries.grouped(tokens, analyzer, required(tokens), true), filters);
      }
    }
    int n = Math.max(1, s.count(query));
    return orders(s, s.search(query, n).scoreDocs);
  }

  /**
   * Whether the strict query may fill the window ({@link FullChains}); when it cannot, its hits
   * would be thrown away for the tier's, so it is not run. Always true when {@link #boundStrict} is
   * off.
   */
  private boolean mayFillWindow(
      IndexSearcher s, List<NameTerms.QueryToken> tokens, PageTerms terms, int fetch)
      throws IOException {
    return !boundStrict
        || FullChains.mayFill(s, Queries.strictTerms(tokens, analyzer, terms), fetch, matchSets);
  }

  /**
   * The name query without typos, its "all tokens but one" tier run on candidates from the kept
   * match sets of common terms ({@link TierCandidates}): the same persons and scores.
   */
  private Query tier(List<NameTerms.QueryToken> tokens, PageTerms terms) {
    return TierCandidates.tier(
        Queries.grouped(tokens, analyzer, required(tokens), false, terms), matchSets);
  }

  /**
   * The name query with typos, its "all tokens but one" tier on candidates from the kept match sets
   * too: its typo alternatives are rewritten by then ({@link PageTerms#rewritten}) into the index
   * terms they expand to, so the clauses' terms are known, and a full name's typo query walked
   * 24,000 postings a page (4,000 to 56,000 by kind, docs/benchmarks.md "Session 21, h-given").
   */
  private Query typoTier(List<NameTerms.QueryToken> tokens, PageTerms terms) {
    return TierCandidates.tier(
        Queries.grouped(tokens, analyzer, required(tokens), true, terms), matchSets);
  }

  /** Query tokens a person must match: all, or all but one from {@link #MISSING_ONE_FROM}. */
  static int required(List<NameTerms.QueryToken> tokens) {
    return tokens.size() >= MISSING_ONE_FROM ? tokens.size() - 1 : tokens.size();
  }

  private TotalHits.Relation exactBelow(long counted) {
    return counted < countUpTo
        ? TotalHits.Relation.EQUAL_TO
        : TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
  }

  private TopDocs ranked(IndexSearcher s, Query q, int want) throws IOException {
    // A tier of many candidates: its rare clause's persons first, the same top ({@link RareFirst}).
    TopDocs rareFirst = RareFirst.top(s.getIndexReader().leaves(), q, want, countUpTo);
    return rareFirst != null
        ? rareFirst
        : s.search(q, new TopScoreDocCollectorManager(want, null, countUpTo));
  }

  private static Query withFilters(Query q, Query filters) {
    if (filters == null) {
      return q;
    }
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filters, Occur.FILTER).build();
  }

  /** The hits from {@code offset}, with their stored views when {@code views}. */
  private List<SearchHit> hits(
      IndexSearcher s, ScoreDoc[] docs, int offset, Built built, boolean views) throws IOException {
    List<SearchHit> out = new ArrayList<>();
    int[] page = new int[Math.max(0, docs.length - offset)];
    for (int i = 0; i < page.length; i++) {
      page[i] = docs[offset + i].doc;
    }
    List<List<MatchReason>> reasons =
        built.ranked() && page.length > 0
            ? HitReasons.of(s, built.reasons(), built.tokens(), page, alternativeNames)
            : null;
    HitKeys keys = rescorer.keys(s, page);
    org.apache.lucene.index.StoredFields stored = views ? s.storedFields() : null;
    for (int i = offset; i < docs.length; i++) {
      ScoreDoc d = docs[i];
      double score = built.ranked() ? Math.round(d.score * 1000) / 1000.0 : 1.0;
      List<MatchReason> why = reasons == null ? List.of() : reasons.get(i - offset);
      String view = views ? stored.document(d.doc, SHOWN_ONLY).get(Fields.SHOWN) : null;
      out.add(new SearchHit(keys.ids()[i - offset], keys.orders()[i - offset], score, why, view));
    }
    return out;
  }

  /**
   * The register order of each hit, in hit order; doc values are read in doc order, one pass per
   * segment.
   */
  private static long[] orders(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    long[] out = new long[docs.length];
    HitWalk.inDocOrder(
        s.getIndexReader().leaves(),
        ids,
        leaf -> {
          NumericDocValues values = leaf.reader().getNumericDocValues(Fields.ORDER);
          return (i, doc) -> out[i] = values.advanceExact(doc) ? values.longValue() : -1;
        });
    return out;
  }

  private static List<String> texts(List<NameTerms.QueryToken> tokens) {
    return tokens.stream().map(NameTerms.QueryToken::text).toList();
  }
}
