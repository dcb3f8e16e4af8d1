package org.sijil.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene queries of a request. A name query scores each query token by the strongest way
 * it matches ({@link MatchReason.How#weight}, all in (0.5, 1]) and sums over tokens, so a person
 * matching every token ranks above one matching all but one (a missing grandfather), and matches as
 * written above variants and typos. A small bonus goes to persons whose given name is the query's
 * first token. Every alternative is a named query, so hits can say which one matched.
 */
final class Queries {

  /**
   * An identity number or person id: one token of letters, digits and dashes with at least 5
   * digits.
   */
  private static final Pattern ID_LIKE = Pattern.compile("(?=(?:\\D*\\d){5})[\\p{Alnum}\\- ]+");

  /** The bonus for a first query token that is the person's given name. */
  static final float GIVEN_BONUS = 0.05f;

  /** Index terms a typo alternative expands to at most. */
  static final int TYPO_TERMS = 50;

  private Queries() {}

  /** True when the text is an identity number or id rather than a name. */
  static boolean isIdQuery(String text) {
    return !text.isEmpty() && ID_LIKE.matcher(text).matches() && !NameTerms.isArabic(text);
  }

  static Query id(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String key = Documents.key(text);
    b.add(named("0|ID|" + key, new TermQuery(new Term(Fields.KEY, key))), Occur.SHOULD);
    b.add(named("0|ID|" + text, new TermQuery(new Term(Fields.ID, text))), Occur.SHOULD);
    return new ConstantScoreQuery(b.build());
  }

  /**
   * The name query, every alternative named so that {@link org.apache.lucene.search.Weight#matches}
   * says which one matched (for the reasons of a page's hits).
   *
   * @param minMatched query tokens a person must match
   * @param typos whether typo alternatives are added
   */
  static Query name(
      List<NameTerms.QueryToken> tokens, NameAnalyzer analyzer, int minMatched, boolean typos) {
    return name(tokens, analyzer, minMatched, typos, PageTerms.NONE);
  }

  /** {@link #name} with the page's terms ({@link PageTerms}). */
  static Query name(
      List<NameTerms.QueryToken> tokens,
      NameAnalyzer analyzer,
      int minMatched,
      boolean typos,
      PageTerms terms) {
    return name(tokens, analyzer, minMatched, typos, false, terms);
  }

  /**
   * The name query as it is run: the same persons and scores as {@link #name}, but a token's
   * alternatives of equal weight are one clause (one constant score over their union), so a token
   * merges a handful of clauses rather than a dozen or more, and the union of a common token's
   * alternatives can be kept by the query cache and reused by later requests.
   */
  static Query grouped(
      List<NameTerms.QueryToken> tokens, NameAnalyzer analyzer, int minMatched, boolean typos) {
    return grouped(tokens, analyzer, minMatched, typos, PageTerms.NONE);
  }

  /** {@link #grouped} with the page's terms ({@link PageTerms}). */
  static Query grouped(
      List<NameTerms.QueryToken> tokens,
      NameAnalyzer analyzer,
      int minMatched,
      boolean typos,
      PageTerms terms) {
    return name(tokens, analyzer, minMatched, typos, true, terms);
  }

  private static Query name(
      List<NameTerms.QueryToken> tokens,
      NameAnalyzer analyzer,
      int minMatched,
      boolean typos,
      boolean grouped,
      PageTerms terms) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < tokens.size(); i++) {
      NameTerms.QueryToken t = tokens.get(i);
      TokenAlternatives written =
          alternatives(new TokenAlternatives.Use(t, i, false, tokens.size() > 1), analyzer, terms);
      boolean covering = written.covering();
      Map<MatchReason.How, List<TokenAlternatives.Named>> byHow =
          typos
              ? withTypos(
                  written,
                  alternatives(new TokenAlternatives.Use(t, i, true, false), analyzer, terms))
              : written.byHow();
      List<Query> alts = new java.util.ArrayList<>();
      List<Query> covered = new java.util.ArrayList<>();
      for (var e : byHow.entrySet()) {
        float weight = (float) e.getKey().weight();
        if (grouped) {
          List<Query> union = e.getValue().stream().map(TokenAlternatives.Named::query).toList();
          boolean isCovered = covering && e.getKey() == MatchReason.How.EXACT;
          (isCovered ? covered : alts)
              .add(new BoostQuery(new ConstantScoreQuery(union(union)), weight));
        } else {
          e.getValue().forEach(n -> alts.add(weighted(n.name(), n.query(), weight)));
        }
      }
      if (i == 0) {
        // A Latin-lettered token of an Arabic query meets Latin given names, which carry no
        // skeleton: its given-name bonus is walked.
        boolean givenCovered = covering && t.arabic() == NameTerms.isArabic(t.text());
        (grouped && givenCovered ? covered : alts).add(givenBonus(t, analyzer, terms));
      }
      Query clause = new DisjunctionMaxQuery(alts, 0f);
      if (!covered.isEmpty()) {
        clause = new CoveredClause(clause, covered);
      }
      all.add(clause, tokenOccur(tokens.size(), minMatched));
    }
    if (minMatched < tokens.size()) {
      all.setMinimumNumberShouldMatch(minMatched);
    }
    return all.build();
  }

  /**
   * A token's alternatives (its typos only, for a use with typos), made once for the page's name
   * queries ({@link PageTerms#alternatives}).
   */
  private static TokenAlternatives alternatives(
      TokenAlternatives.Use use, NameAnalyzer analyzer, PageTerms terms) {
    return terms.alternatives(
        use, () -> use.typos() ? typos(use, analyzer, terms) : written(use, analyzer, terms));
  }

  /** The token's alternatives with an indexed form, per weight, each named and looked up. */
  private static TokenAlternatives written(
      TokenAlternatives.Use use, NameAnalyzer analyzer, PageTerms terms) {
    NameTerms.QueryToken t = use.token();
    Map<MatchReason.How, List<TokenAlternatives.Named>> byHow =
        new java.util.EnumMap<>(MatchReason.How.class);
    // Not for a lone token: its clause is then the top scorer, whose alternatives below the
    // page's lowest score Lucene skips, which a covered clause must not let it do.
    boolean covering = false;
    for (NameTerms.Alternative a : t.alternatives()) {
      BytesRef term = terms.term(analyzer, a.field(), a.term());
      if (term.length == 0) {
        continue;
      }
      covering |= use.several() && covers(t, a);
      Query q = crossScriptOnlyWhereNeeded(t, a, terms.query(analyzer, a.field(), a.term()), terms);
      byHow
          .computeIfAbsent(a.how(), h -> new java.util.ArrayList<>())
          .add(new TokenAlternatives.Named(key(use.index(), a), q));
    }
    return new TokenAlternatives(byHow, covering);
  }

  /** The token's typo alternatives, per weight, each named and rewritten to its index terms. */
  private static TokenAlternatives typos(
      TokenAlternatives.Use use, NameAnalyzer analyzer, PageTerms terms) {
    Map<MatchReason.How, List<TokenAlternatives.Named>> byHow =
        new java.util.EnumMap<>(MatchReason.How.class);
    for (NameTerms.Alternative a : use.token().typos()) {
      Query q =
          terms.rewritten(typo(new Term(a.field(), terms.term(analyzer, a.field(), a.term()))));
      byHow
          .computeIfAbsent(a.how(), h -> new java.util.ArrayList<>())
          .add(new TokenAlternatives.Named(key(use.index(), a), q));
    }
    return new TokenAlternatives(byHow, false);
  }

  /** The written alternatives and then the typos, per weight, in that order within a weight. */
  private static Map<MatchReason.How, List<TokenAlternatives.Named>> withTypos(
      TokenAlternatives written, TokenAlternatives typos) {
    Map<MatchReason.How, List<TokenAlternatives.Named>> byHow =
        new java.util.EnumMap<>(MatchReason.How.class);
    byHow.putAll(written.byHow());
    typos
        .byHow()
        .forEach(
            (how, named) ->
                byHow.merge(
                    how,
                    named,
                    (before, more) ->
                        java.util.stream.Stream.concat(before.stream(), more.stream()).toList()));
    return byHow;
  }

  /**
   * Whether the alternative matches every person who has the token as written or as their given
   * name: the token's consonant skeleton (Arabic) or one of its phonetic keys among Latin names
   * (Latin). A person's written tokens are indexed with the skeleton and keys the same functions
   * make from them ({@link NameTerms#index}), so the written and given-name alternatives need not
   * be walked beside it ({@link CoveredClause}).
   */
  private static boolean covers(NameTerms.QueryToken t, NameTerms.Alternative a) {
    return t.arabic()
        ? a.field().equals(Fields.SKELETON) && a.how() == MatchReason.How.VARIANT
        : a.field().equals(Fields.PHONETIC_OF_LATIN) && a.how() == MatchReason.How.PHONETIC;
  }

  /**
   * An alternative that crosses scripts matches only persons with no name in the query's script. An
   * Arabic token meets the Latin names ({@link Fields#LATIN}, {@link Fields#PHONETIC_OF_LATIN})
   * only of persons with no Arabic name, and a Latin token the transliterations and keys of the
   * Arabic names ({@link Fields#TRANSLIT}, {@link Fields#PHONETIC_OF_ARABIC}) only of persons with
   * no Latin name: a person listed in a script is matched through their names in it (as written,
   * read, spelled otherwise: a Latin spelling variant through the Latin names' keys), and their
   * names in the other script found the same persons again, at the cost of most of a name's
   * postings.
   */
  private static Query crossScriptOnlyWhereNeeded(
      NameTerms.QueryToken t, NameTerms.Alternative a, Query q, PageTerms terms) {
    String onlyFor = crossing(t.arabic(), a.field());
    if (onlyFor == null) {
      return q;
    }
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(terms.query(new Term(Fields.SCRIPTS, onlyFor)), Occur.FILTER)
        .build();
  }

  /**
   * The {@link Fields#SCRIPTS} value of the persons a token of the script meets in the field, or
   * null when the field is of the token's own script.
   */
  private static String crossing(boolean arabicToken, String field) {
    if (arabicToken) {
      boolean latin = field.equals(Fields.LATIN) || field.equals(Fields.PHONETIC_OF_LATIN);
      return latin ? Fields.LATIN_ONLY : null;
    }
    boolean arabic = field.equals(Fields.TRANSLIT) || field.equals(Fields.PHONETIC_OF_ARABIC);
    return arabic ? Fields.ARABIC_ONLY : null;
  }

  /** The name of an alternative: token index, how, term (what a hit's reason says). */
  private static String key(int token, NameTerms.Alternative a) {
    return token + "|" + a.how() + "|" + a.term();
  }

  private static Query union(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    new java.util.LinkedHashSet<>(queries).forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  /**
   * Every token required (a conjunction, which skips through postings) or some optional (a
   * disjunction counting matches, which must visit every posting of all but the rarest tokens).
   */
  private static Occur tokenOccur(int tokens, int minMatched) {
    return minMatched >= tokens ? Occur.MUST : Occur.SHOULD;
  }

  /**
   * The strict name query: every token as written ({@link MatchReason.How#EXACT}, its first
   * alternative) and nothing else, scored as {@link #name} scores the same persons. Its hits are
   * the full chains matched as written, the top tier of the name query: when they fill the page and
   * the re-ranking window, the name query adds only persons ranked below them.
   */
  static Query strict(List<NameTerms.QueryToken> tokens, NameAnalyzer analyzer) {
    return strict(tokens, analyzer, PageTerms.NONE);
  }

  /** {@link #strict} with the page's terms ({@link PageTerms}). */
  static Query strict(List<NameTerms.QueryToken> tokens, NameAnalyzer analyzer, PageTerms terms) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < tokens.size(); i++) {
      NameTerms.Alternative a = tokens.get(i).alternatives().get(0);
      Query exact = weighted(key(i, a), written(tokens.get(i), analyzer, terms), a.how().weight());
      if (i == 0) {
        exact =
            new DisjunctionMaxQuery(List.of(exact, givenBonus(tokens.get(0), analyzer, terms)), 0f);
      }
      all.add(exact, Occur.MUST);
    }
    return all.build();
  }

  /**
   * The terms of {@link #strict}, token by token: each token as written, and for the first token
   * its given name too. A person the strict query matches holds a term of every token ({@link
   * FullChains}).
   */
  static List<List<TermQuery>> strictTerms(
      List<NameTerms.QueryToken> tokens, NameAnalyzer analyzer, PageTerms terms) {
    List<List<TermQuery>> out = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      TermQuery exact = written(tokens.get(i), analyzer, terms);
      out.add(i == 0 ? List.of(exact, given(tokens.get(0), analyzer, terms)) : List.of(exact));
    }
    return out;
  }

  /** The token as written: its first alternative ({@link MatchReason.How#EXACT}). */
  private static TermQuery written(NameTerms.QueryToken t, NameAnalyzer analyzer, PageTerms terms) {
    NameTerms.Alternative a = t.alternatives().get(0);
    return terms.query(analyzer, a.field(), a.term());
  }

  /** The first token as a person's given name. */
  private static TermQuery given(
      NameTerms.QueryToken first, NameAnalyzer analyzer, PageTerms terms) {
    return terms.query(analyzer, Fields.GIVEN, first.text());
  }

  /**
   * The first token's alternative for a person whose given name it is, as written: that token's
   * weight as written plus {@link #GIVEN_BONUS}. A given name is also indexed as written among the
   * person's names, so such a person matches the token's exact alternative too, and taking the
   * strongest alternative adds exactly the bonus. It sits inside the token's clause rather than
   * beside the whole name query so that the name query is the top scorer: Lucene then passes it the
   * score a hit needs to enter the window, and WAND skips persons that cannot reach it (a required
   * query beside an optional one is never told that score).
   */
  private static Query givenBonus(
      NameTerms.QueryToken first, NameAnalyzer analyzer, PageTerms terms) {
    float weight = (float) (MatchReason.How.EXACT.weight() + GIVEN_BONUS);
    return new BoostQuery(new ConstantScoreQuery(given(first, analyzer, terms)), weight);
  }

  /**
   * Index terms within {@link NameTerms#TYPO_EDITS} edits of {@code term}, a swap of two
   * neighbouring letters counting as one, at most {@link #TYPO_TERMS} of them (the closest).
   */
  private static Query typo(Term term) {
    return new FuzzyQuery(term, NameTerms.TYPO_EDITS, 0, TYPO_TERMS, true);
  }

  private static Query weighted(String name, Query q, double weight) {
    return new BoostQuery(new ConstantScoreQuery(named(name, q)), (float) weight);
  }

  private static Query named(String name, Query q) {
    return NamedMatches.wrapQuery(name, q);
  }

  /** The filters of a request as one filter query, or null when there are none. */
  static Query filters(SearchRequest r, NameAnalyzer analyzer) {
    if (r.unfiltered()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (r.sex() != null) {
      b.add(new TermQuery(new Term(Fields.SEX, r.sex())), Occur.FILTER);
    }
    if (r.minAge() != null || r.maxAge() != null) {
      double lo = r.minAge() == null ? Double.NEGATIVE_INFINITY : r.minAge();
      double hi = r.maxAge() == null ? Double.POSITIVE_INFINITY : Math.nextDown(r.maxAge() + 1.0);
      b.add(DoublePoint.newRangeQuery(Fields.AGE, lo, hi), Occur.FILTER);
    }
    if (r.dodFrom() != null || r.dodTo() != null) {
      long lo = r.dodFrom() == null ? Long.MIN_VALUE : r.dodFrom().toEpochDay();
      long hi = r.dodTo() == null ? Long.MAX_VALUE : r.dodTo().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DOD, lo, hi), Occur.FILTER);
    }
    if (r.source() != null && r.release() != null) {
      b.add(new TermQuery(new Term(Fields.RELEASE, r.source() + "/" + r.release())), Occur.FILTER);
    } else if (r.source() != null) {
      b.add(new TermQuery(new Term(Fields.SOURCE, r.source())), Occur.FILTER);
    } else if (r.release() != null) {
      b.add(new TermQuery(new Term(Fields.RELEASE, r.release())), Occur.FILTER);
    }
    if (r.place() != null) {
      for (String word : r.place().strip().split("\\s+")) {
        b.add(
            new TermQuery(new Term(Fields.PLACE, analyzer.term(Fields.PLACE, word))), Occur.FILTER);
      }
    }
    if (r.status() != null) {
      b.add(new TermQuery(new Term(Fields.STATUS, r.status())), Occur.FILTER);
    }
    b.add(new MatchAllDocsQuery(), Occur.MUST);
    return b.build();
  }
}
