package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name query as run ({@link Queries#grouped}, whose tokens walk only their skeleton or phonetic
 * keys and check the written form and the given name lazily: {@link CoveredClause}) finds the same
 * persons with the same scores as the ungrouped form ({@link Queries#name}, every alternative
 * walked), on a few thousand synthetic persons in several segments, Arabic and Latin, full names
 * and shorter: the written terms are covered by the skeletons and keys the index gives them.
 */
class CoveredClauseTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static IndexSearcher searcher;
  private static List<SearchDocument> documents;

  @BeforeAll
  static void index() throws IOException {
    documents = SynthPersons.documents(SynthPersons.records(6000, 16));
    searcher = SegmentedIndex.of(documents, 700);
  }

  @Test
  void aCoveredAlternativeMatchedInTwoPhasesIsRefused() {
    // A doc-values range is checked person by person after an approximation: two phases.
    Query range = NumericDocValuesField.newSlowRangeQuery(Fields.ORDER, 0, 100);
    Query clause = new CoveredClause(new MatchAllDocsQuery(), List.of(range));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> searcher.search(clause, 10));
    assertTrue(e.getMessage().contains("two phases"), e.getMessage());
  }

  @Test
  void samePersonsAndScoresAsEveryAlternativeWalked() throws IOException {
    Random random = new Random(16);
    int covered = 0;
    for (int n = 0; n < 150; n++) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      for (String text : texts(d)) {
        List<NameTerms.QueryToken> tokens = NAMES.query(text);
        if (tokens.isEmpty()) {
          continue;
        }
        int required = Searching.required(tokens);
        Query run = Queries.grouped(tokens, ANALYZER, required, false);
        Query every = Queries.name(tokens, ANALYZER, required, false);
        covered += run.toString().contains("covered(") ? 1 : 0;
        assertEquals(searcher.count(every), searcher.count(run), "persons of " + text);
        assertSameTop(top(every), top(run), text);
      }
    }
    assertTrue(covered > 300, "queries with covered clauses: " + covered);
  }

  @Test
  void aLoneTokenIsNotCovered() {
    List<NameTerms.QueryToken> tokens = NAMES.query("محمد");
    Query run = Queries.grouped(tokens, ANALYZER, 1, false);
    assertTrue(!run.toString().contains("covered("), run.toString());
  }

  /** The 40 best with the count stopping at 100, so that Lucene skips as a page's search does. */
  private static TopDocs top(Query q) throws IOException {
    return searcher.search(q, new TopScoreDocCollectorManager(Rescorer.WINDOW, null, 100));
  }

  private static void assertSameTop(TopDocs expected, TopDocs actual, String text) {
    assertArrayEquals(docs(expected.scoreDocs), docs(actual.scoreDocs), "hits of " + text);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, "score of " + text);
    }
  }

  private static int[] docs(ScoreDoc[] top) {
    return Arrays.stream(top).mapToInt(d -> d.doc).toArray();
  }

  private static List<String> texts(SearchDocument d) {
    List<String> out = new java.util.ArrayList<>();
    for (List<String> names : List.of(d.arabicNames(), d.latinNames())) {
      if (names.isEmpty() || names.get(0).isBlank()) {
        continue;
      }
      String[] w = names.get(0).strip().split("\\s+");
      out.add(names.get(0));
      out.add(w[0] + " " + w[w.length - 1]);
      if (w.length >= 4) {
        out.add(w[0] + " " + w[1] + " " + w[3]);
      }
    }
    if (!d.arabicNames().isEmpty() && !d.latinNames().isEmpty()) {
      // An Arabic query whose first token is Latin: its given-name bonus meets Latin given names.
      String[] ar = d.arabicNames().get(0).strip().split("\\s+");
      String latinGiven = d.latinNames().get(0).strip().split("\\s+")[0];
      out.add(latinGiven + " " + String.join(" ", Arrays.copyOfRange(ar, 1, ar.length)));
    }
    return out;
  }
}
