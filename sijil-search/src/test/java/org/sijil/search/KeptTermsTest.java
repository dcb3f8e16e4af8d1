package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Terms kept across pages ({@link KeptTerms}) give the same queries and the same hits as a page
 * that looks everything up itself, cold and warm, from concurrent pages; the kept maps stay within
 * their bound and are not used with another reader.
 */
class KeptTermsTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static IndexSearcher searcher;
  private static List<String> texts;

  @BeforeAll
  static void index() throws IOException {
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(2000, 23));
    searcher = SegmentedIndex.of(documents, 400);
    texts = new ArrayList<>();
    for (int i = 0; i < 300; i += 3) {
      SearchDocument d = documents.get(i);
      texts.add(String.join(" ", d.arabicNames()));
      texts.add(String.join(" ", d.latinNames()));
    }
    texts.add("zzzzqqq محمد");
  }

  @Test
  void sameQueriesAndHitsColdAndWarm() throws IOException {
    KeptTerms kept = new KeptTerms();
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        assertSamePage(text, kept, searcher);
      }
    }
    assertTrue(kept.of(searcher).size() > 100, "terms kept: " + kept.of(searcher).size());
  }

  @Test
  void concurrentPagesGetTheSameHits() throws Exception {
    KeptTerms kept = new KeptTerms();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  for (String text : texts) {
                    try {
                      assertSamePage(text, kept, searcher);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                }));
      }
      for (Future<?> f : runs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anotherReaderStartsAfresh() throws IOException {
    KeptTerms kept = new KeptTerms();
    IndexSearcher other =
        SegmentedIndex.of(SynthPersons.documents(SynthPersons.records(500, 29)), 100);
    KeptTerms.ForReader first = kept.of(searcher);
    assertSame(first, kept.of(searcher));
    assertNotSame(first, kept.of(other));
    for (String text : texts.subList(0, 40)) {
      assertSamePage(text, kept, searcher);
      assertSamePage(text, kept, other);
    }
  }

  @Test
  void analyzedTextsAreKeptAcrossPages() {
    KeptTerms kept = new KeptTerms();
    BytesRef first = new PageTerms(searcher, kept).term(ANALYZER, Fields.GIVEN, "محمد");
    assertEquals(ANALYZER.term(Fields.GIVEN, "محمد"), first);
    assertSame(first, new PageTerms(searcher, kept).term(ANALYZER, Fields.GIVEN, "محمد"));
  }

  @Test
  void keptMapsStayWithinTheirBound() {
    KeptTerms.ForReader f = new KeptTerms().of(searcher);
    TermStates none = new TermStates(searcher.getTopReaderContext());
    for (int i = 0; i < KeptTerms.LIMIT + 10; i++) {
      f.states(new Term(Fields.AR, "t" + i), t -> none);
      assertTrue(f.size() <= KeptTerms.LIMIT);
    }
    Query q = new TermQuery(new Term(Fields.AR, "x"));
    for (int i = 0; i < KeptTerms.REWRITE_LIMIT + 10; i++) {
      f.rewritten(new TermQuery(new Term(Fields.AR, "r" + i)), x -> q);
      assertTrue(f.size() <= KeptTerms.LIMIT + KeptTerms.REWRITE_LIMIT);
    }
  }

  /** The name query with typos, built with kept terms and without, is equal and finds the same. */
  private static void assertSamePage(String text, KeptTerms kept, IndexSearcher s)
      throws IOException {
    List<NameTerms.QueryToken> tokens = NAMES.query(text);
    if (tokens.isEmpty()) {
      return;
    }
    int required = Searching.required(tokens);
    Query plain = Queries.grouped(tokens, ANALYZER, required, true, new PageTerms(s));
    Query warm = Queries.grouped(tokens, ANALYZER, required, true, new PageTerms(s, kept));
    assertEquals(plain, warm, text);
    TopDocs a = s.search(plain, 20);
    TopDocs b = s.search(warm, 20);
    assertEquals(a.totalHits, b.totalHits, text);
    assertEquals(a.scoreDocs.length, b.scoreDocs.length, text);
    for (int i = 0; i < a.scoreDocs.length; i++) {
      ScoreDoc x = a.scoreDocs[i];
      ScoreDoc y = b.scoreDocs[i];
      assertEquals(x.doc, y.doc, text);
      assertEquals(x.score, y.score, text);
    }
  }
}
