package org.sijil.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of one page's queries, each looked up at most once per index segment. A full name runs
 * up to four queries over the same terms (strict, a count, wide, the reasons' ungrouped form), and
 * each looked every alternative up again in every segment: most of a full name's term look-ups,
 * since most alternatives (readings, keys, parts) are absent from the index. Here each term's
 * {@link TermStates} is made once, looked up in every segment when the page's queries are built and
 * without statistics (every name term is scored as a constant), and every query of the page built
 * with {@link #query} carries it. The look-ups of a field in a segment share one terms cursor
 * ({@link TermLookups}), and the analyzed form of each text is made once ({@link #term}). One
 * instance per page and thread; the states and typo rewrites of earlier pages on the same reader
 * are taken from {@link KeptTerms} when the search passes one.
 */
final class PageTerms {

  /** Plain term queries, each looked up by whatever searcher runs it (tests, one-off queries). */
  static final PageTerms NONE = new PageTerms(null);

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> looked;
  private final Map<Query, Query> rewritten;
  private final TermLookups lookups;
  private final Map<KeptTerms.FieldText, BytesRef> analyzed;
  private final Map<KeptTerms.FieldText, TermQuery> queries;
  private final KeptTerms.ForReader kept;
  private final Map<TokenAlternatives.Use, TokenAlternatives> alternatives;

  /** Terms bound to the reader of {@code searcher}; its queries must run on that reader. */
  PageTerms(IndexSearcher searcher) {
    this(searcher, null);
  }

  /**
   * Terms bound to the reader of {@code searcher}, taking the states and rewrites earlier pages on
   * that reader made from {@code kept} (none when null).
   */
  PageTerms(IndexSearcher searcher, KeptTerms kept) {
    this.searcher = searcher;
    this.kept = kept == null || searcher == null ? null : kept.of(searcher);
    this.looked = searcher == null ? null : new HashMap<>();
    this.rewritten = searcher == null ? null : new HashMap<>();
    this.lookups = searcher == null ? null : new TermLookups(searcher);
    this.analyzed = searcher == null ? null : new HashMap<>();
    this.queries = searcher == null ? null : new HashMap<>();
    this.alternatives = searcher == null ? null : new HashMap<>();
  }

  /**
   * A query token's alternatives for the page's name queries, made once for the page ({@link
   * TokenAlternatives}): the tier, its reasons' form and the typo tier's two ask for the same.
   */
  TokenAlternatives alternatives(
      TokenAlternatives.Use use, java.util.function.Supplier<TokenAlternatives> make) {
    if (searcher == null) {
      return make.get();
    }
    TokenAlternatives made = alternatives.get(use);
    if (made == null) {
      made = make.get();
      alternatives.put(use, made);
    }
    return made;
  }

  /** The indexed form of a query text in the field, analyzed once for the page. */
  BytesRef term(NameAnalyzer analyzer, String field, String text) {
    if (searcher == null) {
      return analyzer.term(field, text);
    }
    return analyzed.computeIfAbsent(
        new KeptTerms.FieldText(field, text),
        k ->
            kept == null
                ? analyzer.term(field, text)
                : kept.term(field, text, f -> analyzer.term(f.field(), f.text())));
  }

  /**
   * The query of a query text in the field ({@link #term}, then {@link #query(Term)}), made once
   * for the page: the strict terms, the tier and the reasons' form of it ask for the same
   * alternatives, and each asked analyzed the text, hashed the term's bytes and made a new query.
   */
  TermQuery query(NameAnalyzer analyzer, String field, String text) {
    if (searcher == null) {
      return new TermQuery(new Term(field, analyzer.term(field, text)));
    }
    KeptTerms.FieldText key = new KeptTerms.FieldText(field, text);
    TermQuery q = queries.get(key);
    if (q == null) {
      q = query(new Term(field, term(analyzer, field, text)));
      queries.put(key, q);
    }
    return q;
  }

  /**
   * The query rewritten once for the page: a typo alternative's automaton walks the term dictionary
   * when rewritten, and the run query and the reasons' form of it each rewrote it.
   */
  Query rewritten(Query q) {
    if (searcher == null) {
      return q;
    }
    Query r = rewritten.get(q);
    if (r == null) {
      r = kept == null ? rewrite(q) : kept.rewritten(q, this::rewrite);
      rewritten.put(q, r);
    }
    return r;
  }

  private Query rewrite(Query q) {
    try {
      return searcher.rewrite(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A query for the term, sharing its per-segment look-ups with the page's other queries. */
  TermQuery query(Term term) {
    if (searcher == null) {
      return new TermQuery(term);
    }
    TermStates states = looked.get(term);
    if (states == null) {
      states = kept == null ? states(term) : kept.states(term, this::states);
      looked.put(term, states);
    }
    return new TermQuery(term, states);
  }

  private TermStates states(Term term) {
    try {
      return lookups.states(term); // one cursor per field and segment for the page's terms
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
