package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Arabic name of three tokens or more, run with one token allowed missing, runs on the
 * candidates of {@link TierCandidates} only ({@link CandidateFilter}): on a few thousand synthetic
 * persons in several segments, for hundreds of queries whose "all but one" tier is large (a token
 * of another person's name put in), the candidates hold every person the query matches, and the
 * filtered query finds the same persons, best hits, scores and totals as the query without it.
 */
class TierCandidatesTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static IndexSearcher searcher;
  private static List<SearchDocument> documents;

  @BeforeAll
  static void index() throws IOException {
    documents = SynthPersons.documents(SynthPersons.records(6000, 18));
    searcher = SegmentedIndex.of(documents, 700);
  }

  @Test
  void everyTwoSkeletonsOfAPersonAreOnePairTerm() {
    NameTerms.Indexed indexed = NAMES.index(List.of("محمد احمد علي"), List.of());
    assertEquals(3, indexed.skeletonPairs().size(), indexed.skeletonPairs().toString());
    for (String pair : indexed.skeletonPairs()) {
      String[] two = pair.split("\\" + NameTerms.PAIR_SEPARATOR);
      assertTrue(two[0].compareTo(two[1]) < 0, pair);
      assertTrue(indexed.skeletons().containsAll(List.of(two)), pair);
    }
  }

  @Test
  void twoTokensOfOneSkeletonKeepTheQueryAsItIs() {
    // The same consonant skeleton (the long vowel is not in it): no pair term holds them both.
    List<NameTerms.QueryToken> tokens = NAMES.query("حسن حسين علي");
    Query run = Queries.grouped(tokens, ANALYZER, 2, false);
    assertFalse(run instanceof CandidateFilter, run.toString());
  }

  @Test
  void latinQueriesAndWidenedQueriesKeepTheQueryAsItIs() {
    List<NameTerms.QueryToken> latin = NAMES.query("Mohammed Ahmed Ali Hassan");
    assertFalse(Queries.grouped(latin, ANALYZER, 3, false) instanceof CandidateFilter);
    List<NameTerms.QueryToken> arabic = NAMES.query("محمد احمد علي حسن");
    assertInstanceOf(CandidateFilter.class, Queries.grouped(arabic, ANALYZER, 3, false));
    assertFalse(Queries.grouped(arabic, ANALYZER, 3, true) instanceof CandidateFilter);
    assertFalse(Queries.grouped(arabic, ANALYZER, 4, false) instanceof CandidateFilter);
  }

  @Test
  void samePersonsScoresAndTotalsWithAndWithoutTheCandidates() throws IOException {
    Random random = new Random(18);
    int filtered = 0;
    long tier = 0;
    for (int n = 0; n < 200; n++) {
      for (String text : texts(random)) {
        List<NameTerms.QueryToken> tokens = NAMES.query(text);
        int required = Searching.required(tokens);
        Query run = Queries.grouped(tokens, ANALYZER, required, false, new PageTerms(searcher));
        if (!(run instanceof CandidateFilter candidates)) {
          continue;
        }
        filtered++;
        Query plain = candidates.query();
        int persons = searcher.count(plain);
        tier += persons;
        Query inCandidates =
            new BooleanQuery.Builder()
                .add(plain, Occur.MUST)
                .add(candidates.candidates(), Occur.FILTER)
                .build();
        assertEquals(persons, searcher.count(inCandidates), "candidates of " + text);
        assertEquals(persons, searcher.count(run), "persons of " + text);
        assertSameTop(top(plain), top(run), text);
      }
    }
    assertTrue(filtered > 400, "queries run on candidates: " + filtered);
    assertTrue(tier > 5 * filtered, "persons per query: " + tier / filtered);
  }

  /** The 40 best with the count stopping at 100, so that Lucene skips as a page's search does. */
  private static TopDocs top(Query q) throws IOException {
    return searcher.search(q, new TopScoreDocCollectorManager(Rescorer.WINDOW, null, 100));
  }

  private static void assertSameTop(TopDocs expected, TopDocs actual, String text) {
    // Past the count's limit the total is a lower bound, which a page shows as the limit itself.
    assertEquals(expected.totalHits.relation, actual.totalHits.relation, "total of " + text);
    if (expected.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      assertEquals(expected.totalHits.value, actual.totalHits.value, "total of " + text);
    }
    assertArrayEquals(docs(expected.scoreDocs), docs(actual.scoreDocs), "hits of " + text);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, "score of " + text);
    }
  }

  private static int[] docs(ScoreDoc[] top) {
    return Arrays.stream(top).mapToInt(d -> d.doc).toArray();
  }

  /**
   * A person's Arabic name as written, with one token replaced by another person's, without its
   * grandfather, and with a Latin given name in front: queries whose tier of persons matching all
   * tokens but one is large.
   */
  private static List<String> texts(Random random) {
    List<String> out = new ArrayList<>();
    String[] w = arabicName(random);
    String[] other = arabicName(random);
    out.add(String.join(" ", w));
    String[] mixed = w.clone();
    mixed[random.nextInt(mixed.length)] = other[random.nextInt(other.length)];
    out.add(String.join(" ", mixed));
    if (w.length >= 4) {
      out.add(w[0] + " " + w[1] + " " + w[w.length - 1]);
      out.add(w[0] + " " + other[1] + " " + w[w.length - 1]);
    }
    SearchDocument d = documents.get(random.nextInt(documents.size()));
    if (!d.latinNames().isEmpty() && !d.latinNames().get(0).isBlank()) {
      String latinGiven = d.latinNames().get(0).strip().split("\\s+")[0];
      out.add(latinGiven + " " + String.join(" ", Arrays.copyOfRange(w, 1, w.length)));
    }
    return out;
  }

  private static String[] arabicName(Random random) {
    while (true) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      if (!d.arabicNames().isEmpty() && !d.arabicNames().get(0).isBlank()) {
        String[] w = d.arabicNames().get(0).strip().split("\\s+");
        if (w.length >= 3) {
          return w;
        }
      }
    }
  }
}
