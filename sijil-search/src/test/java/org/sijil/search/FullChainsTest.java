package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.synth.SynthRecord;

/**
 * Not running the strict query when its terms show it cannot fill the re-ranking window ({@link
 * FullChains}) gives the page that running it gives: same hits, scores, reasons, total and whether
 * it is exact. On synthetic persons in several segments, with some persons deleted, and on names
 * held by just fewer, just as many and just more persons than the window (as written, and as a
 * given name), for pages within the window and past it, with and without a filter.
 */
class FullChainsTest {

  private static final int WINDOW = Rescorer.WINDOW;
  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();

  /** Names no synthetic person has, each given to this many persons (before deletions). */
  private static final Map<String, Integer> CHAINS =
      Map.of(
          "زيدون قحطان برهوم الطحيمر", WINDOW - 1,
          "زيدون قحطان برهوم الشنطاوي", WINDOW,
          "زيدون قحطان برهوم الفرعوني", WINDOW + 1,
          "Zaydoun Qahtan Barhoum Tuhaimer", WINDOW + 3, // three deleted: WINDOW live
          "Zaydoun Qahtan Barhoum Shantawi", WINDOW + 2); // three deleted: WINDOW - 1 live

  private static ByteBuffersDirectory dir;
  private static IndexSearcher searcher;
  private static List<String> queries;

  /** The sex of a filtered page. */
  private static String sex;

  @BeforeAll
  static void build() throws IOException {
    Map<String, List<SynthRecord>> persons = SynthPersons.records(6000, 31);
    List<SearchDocument> documents = new ArrayList<>(SynthPersons.documents(persons));
    sex = "f";
    List<String> deleted = new ArrayList<>();
    CHAINS.forEach(
        (name, n) -> {
          for (int i = 0; i < n; i++) {
            String id = "chain-" + name.hashCode() + "-" + i;
            documents.add(person(id, documents.size(), name));
            if (!NameTerms.isArabic(name) && i < 3) {
              deleted.add(id);
            }
          }
        });
    dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
    config.setMaxBufferedDocs(900);
    FacetsConfig facets = Documents.facetsConfig();
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (SearchDocument d : documents) {
        w.addDocument(Documents.of(d, NAMES, facets));
      }
      for (String id : deleted) {
        w.deleteDocuments(new Term(Fields.ID, id));
      }
    }
    searcher = new IndexSearcher(DirectoryReader.open(dir));
    searcher.setQueryCache(null);
    assertTrue(searcher.getIndexReader().leaves().size() > 3, "segments");
    assertTrue(searcher.getIndexReader().hasDeletions(), "deleted persons");
    queries = new ArrayList<>(CountingLimitTest.queries(new ArrayList<>(persons.values()), 280));
    for (String name : CHAINS.keySet()) {
      queries.add(name);
      queries.add(name.substring(0, name.lastIndexOf(' '))); // the same persons, and synthetic ones
    }
  }

  @AfterAll
  static void close() throws IOException {
    searcher.getIndexReader().close();
    dir.close();
  }

  @Test
  void theSamePagesAsAlwaysRunningTheStrictQuery() throws IOException {
    Searching bounded = new Searching(ANALYZER, NAMES, Searching.COUNT_EXACTLY_UP_TO);
    Searching always = new Searching(ANALYZER, NAMES, Searching.COUNT_EXACTLY_UP_TO, false);
    for (String q : queries) {
      for (SearchRequest r : requests(q)) {
        assertEquals(always.page(searcher, r), bounded.page(searcher, r), q + " " + r);
      }
    }
  }

  @Test
  void theBoundHoldsAndSkipsNamesThatCannotFillTheWindow() throws IOException {
    int skipped = 0;
    for (String q : queries) {
      List<NameTerms.QueryToken> tokens = NAMES.query(q);
      PageTerms terms = new PageTerms(searcher);
      List<List<TermQuery>> strictTerms = Queries.strictTerms(tokens, ANALYZER, terms);
      int hits = searcher.count(Queries.strict(tokens, ANALYZER, terms));
      assertEquals(hits, FullChains.holdingAll(searcher, strictTerms, Long.MAX_VALUE, null), q);
      assertEquals(Math.min(hits, 7), FullChains.holdingAll(searcher, strictTerms, 7, null), q);
      for (int window : new int[] {WINDOW, WINDOW + 20}) {
        boolean mayFill = FullChains.mayFill(searcher, strictTerms, window, null);
        assertTrue(mayFill || hits < window, q + ": " + hits + " hits, window " + window);
        skipped += mayFill ? 0 : 1;
      }
    }
    assertTrue(skipped > queries.size() / 4, "pages that skip the strict query: " + skipped);
  }

  /**
   * Counted from kept sets (common terms' persons as bits, made on a term's second use) or from
   * postings, the count is the same: three counts per query, the first admitting the common terms,
   * the second making their sets, the third reading them.
   */
  @Test
  void keptSetsCountTheSamePersonsAsPostings() throws IOException {
    TermMatchSets kept = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
    for (String q : queries) {
      PageTerms terms = new PageTerms(searcher);
      List<List<TermQuery>> strictTerms = Queries.strictTerms(NAMES.query(q), ANALYZER, terms);
      long hits = FullChains.holdingAll(searcher, strictTerms, Long.MAX_VALUE, null);
      for (int use = 0; use < 3; use++) {
        assertEquals(hits, FullChains.holdingAll(searcher, strictTerms, Long.MAX_VALUE, kept), q);
        assertEquals(Math.min(hits, 7), FullChains.holdingAll(searcher, strictTerms, 7, kept), q);
        for (int window : new int[] {WINDOW, WINDOW + 20}) {
          assertEquals(
              FullChains.mayFill(searcher, strictTerms, window, null),
              FullChains.mayFill(searcher, strictTerms, window, kept),
              q);
        }
      }
    }
    assertTrue(kept.size() > 10, "common terms counted from kept sets: " + kept.size());
  }

  @Test
  void namesJustBelowTheWindowAreSkippedAndAtItRun() throws IOException {
    assertEquals(WINDOW - 1, strictHits("زيدون قحطان برهوم الطحيمر"));
    assertFalse(mayFill("زيدون قحطان برهوم الطحيمر"));
    assertEquals(WINDOW, strictHits("زيدون قحطان برهوم الشنطاوي"));
    assertTrue(mayFill("زيدون قحطان برهوم الشنطاوي"));
    assertTrue(mayFill("زيدون قحطان برهوم الفرعوني"));
    // more persons than the window hold the terms, but three of them are deleted
    assertEquals(WINDOW - 1, strictHits("Zaydoun Qahtan Barhoum Shantawi"));
    assertFalse(mayFill("Zaydoun Qahtan Barhoum Shantawi"));
    assertEquals(WINDOW, strictHits("Zaydoun Qahtan Barhoum Tuhaimer"));
    assertTrue(mayFill("Zaydoun Qahtan Barhoum Tuhaimer"));
  }

  /** Page one, page three (past the window) and page one of women only. */
  private static List<SearchRequest> requests(String q) {
    return List.of(
        SearchRequest.of(q, 20),
        new SearchRequest(q, null, null, null, null, null, null, null, null, null, 40, 20, false),
        new SearchRequest(q, sex, null, null, null, null, null, null, null, null, 0, 20, false));
  }

  private static int strictHits(String q) throws IOException {
    return searcher.count(Queries.strict(NAMES.query(q), ANALYZER, new PageTerms(searcher)));
  }

  private static boolean mayFill(String q) throws IOException {
    PageTerms terms = new PageTerms(searcher);
    return FullChains.mayFill(
        searcher, Queries.strictTerms(NAMES.query(q), ANALYZER, terms), WINDOW, null);
  }

  private static SearchDocument person(String id, long order, String name) {
    boolean arabic = NameTerms.isArabic(name);
    return new SearchDocument(
        id,
        order,
        arabic ? List.of(name) : List.of(),
        arabic ? List.of() : List.of(name),
        List.of(id),
        order % 2 == 0 ? "f" : "m",
        30.0,
        null,
        "",
        List.of("chains"),
        List.of("chains/r1"),
        "single-source");
  }
}
