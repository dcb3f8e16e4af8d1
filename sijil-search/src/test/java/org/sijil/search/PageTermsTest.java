package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page's term queries ({@link PageTerms}: every term looked up once per segment, the look-ups of
 * a field sharing one enumerator) match the persons plain term queries match, in an index of
 * several segments, for terms present, absent, of fields some segments lack, in any order.
 */
class PageTermsTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static IndexSearcher searcher;
  private static List<SearchDocument> documents;

  @BeforeAll
  static void index() throws IOException {
    documents = SynthPersons.documents(SynthPersons.records(3000, 17));
    searcher = SegmentedIndex.of(documents, 500);
  }

  @Test
  void sameCountsAsPlainTermQueriesInEverySegment() throws IOException {
    assertTrue(searcher.getIndexReader().leaves().size() > 3, "several segments");
    PageTerms page = new PageTerms(searcher);
    Random random = new Random(17);
    int found = 0;
    for (int n = 0; n < 200; n++) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      for (String text :
          List.of(String.join(" ", d.arabicNames()), String.join(" ", d.latinNames()))) {
        for (NameTerms.QueryToken t : NAMES.query(text)) {
          for (NameTerms.Alternative a : t.alternatives()) {
            BytesRef bytes = page.term(ANALYZER, a.field(), a.term());
            if (bytes.length == 0) {
              continue;
            }
            Term term = new Term(a.field(), bytes);
            int expected = searcher.count(new TermQuery(term));
            assertEquals(expected, searcher.count(page.query(term)), term.toString());
            found += expected > 0 ? 1 : 0;
          }
        }
      }
    }
    assertTrue(found > 500, "terms present: " + found);
    Term absentField = new Term("no-such-field", "x");
    assertEquals(0, searcher.count(page.query(absentField)));
    Term absentTerm = new Term(Fields.GIVEN, "zzzzqqq");
    assertEquals(0, searcher.count(page.query(absentTerm)));
  }

  @Test
  void namedQueriesSharingAlternativesEqualQueriesBuiltAlone() {
    Random random = new Random(23);
    for (int n = 0; n < 100; n++) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      for (String text :
          List.of(String.join(" ", d.arabicNames()), String.join(" ", d.latinNames()))) {
        List<NameTerms.QueryToken> tokens = NAMES.query(text);
        int required = Searching.required(tokens);
        PageTerms page = new PageTerms(searcher); // the page's four name queries, in its order
        for (boolean typos : new boolean[] {false, true}) {
          for (boolean grouped : new boolean[] {true, false}) {
            PageTerms alone = new PageTerms(searcher);
            assertEquals(
                built(tokens, required, typos, grouped, alone),
                built(tokens, required, typos, grouped, page),
                text + (typos ? " with typos" : "") + (grouped ? " grouped" : ""));
          }
        }
      }
    }
  }

  private static org.apache.lucene.search.Query built(
      List<NameTerms.QueryToken> tokens,
      int required,
      boolean typos,
      boolean grouped,
      PageTerms terms) {
    return grouped
        ? Queries.grouped(tokens, ANALYZER, required, typos, terms)
        : Queries.name(tokens, ANALYZER, required, typos, terms);
  }

  @Test
  void eachTextIsAnalyzedOncePerPage() {
    PageTerms page = new PageTerms(searcher);
    BytesRef first = page.term(ANALYZER, Fields.GIVEN, "محمد");
    assertSame(first, page.term(ANALYZER, Fields.GIVEN, "محمد"));
    assertEquals(ANALYZER.term(Fields.GIVEN, "محمد"), first);
  }
}
