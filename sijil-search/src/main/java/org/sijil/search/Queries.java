package org.sijil.search;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
   * The name query.
   *
   * @param minMatched query tokens a person must match
   * @param typos whether typo alternatives are added
   */
  static Query name(
      List<NameTerms.QueryToken> tokens, NameAnalyzer analyzer, int minMatched, boolean typos) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < tokens.size(); i++) {
      NameTerms.QueryToken t = tokens.get(i);
      List<Query> alts = new java.util.ArrayList<>();
      for (NameTerms.Alternative a : t.alternatives()) {
        BytesRef term = analyzer.term(a.field(), a.term());
        if (term.length == 0) {
          continue;
        }
        Query q = new TermQuery(new Term(a.field(), term));
        alts.add(weighted(i + "|" + a.how() + "|" + a.term(), q, a.how().weight()));
      }
      if (typos) {
        for (NameTerms.Alternative a : t.typos()) {
          Query q = new TermQuery(new Term(a.field(), analyzer.term(a.field(), a.term())));
          alts.add(weighted(i + "|" + a.how() + "|" + a.term(), q, a.how().weight()));
        }
      }
      all.add(new DisjunctionMaxQuery(alts, 0f), Occur.SHOULD);
    }
    all.setMinimumNumberShouldMatch(minMatched);
    BooleanQuery.Builder outer = new BooleanQuery.Builder();
    outer.add(all.build(), Occur.MUST);
    if (!tokens.isEmpty()) {
      Query given =
          new TermQuery(new Term(Fields.GIVEN, analyzer.term(Fields.GIVEN, tokens.get(0).text())));
      outer.add(new BoostQuery(new ConstantScoreQuery(given), GIVEN_BONUS), Occur.SHOULD);
    }
    return outer.build();
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
