package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A tier's top found by scoring its rare clause's persons first ({@link RareFirst}) is Lucene's:
 * the same persons in the same order, the same float scores, the same total and relation, for pages
 * of 1 to 120 hits and totals counted up to 5, 100 or 1,000, in several segments, with persons
 * deleted. The synthetic register gives many persons the same common names, so most full names have
 * thousands of candidates, and a rare family name's holders are few.
 */
class RareFirstTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static final FacetsConfig FACETS = Documents.facetsConfig();

  /** Every try made and walked to its end: no lower bound on candidates, no limit on the walk. */
  private static final RareFirst.Limits ALWAYS =
      new RareFirst.Limits(0, Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, true);

  /** Tries that give up early, so that the answer is either Lucene's or none. */
  private static final RareFirst.Limits TIGHT = new RareFirst.Limits(0, 400, 60, 256, false);

  /** The limits of a server, without the lower bound on candidates. */
  private static final RareFirst.Limits SERVED =
      new RareFirst.Limits(
          0,
          RareFirst.Limits.DEFAULT.postings(),
          RareFirst.Limits.DEFAULT.first(),
          RareFirst.Limits.DEFAULT.scan(),
          false);

  @Test
  void sameTopScoresAndTotalsAsLuceneInSegmentsAndAfterDeletions() throws IOException {
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(9000, 31));
    IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
    config.setMaxBufferedDocs(1500);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (SearchDocument d : documents) {
        writer.addDocument(Documents.of(d, NAMES, FACETS));
      }
      List<String> texts = texts(documents, new Random(31));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertTrue(reader.leaves().size() > 3, "segments: " + reader.leaves().size());
        int answered = compareAll(reader, texts);
        assertTrue(answered > 500, "queries answered first: " + answered);
      }
      for (SearchDocument d : documents) {
        if (d.order() % 5 == 0) {
          writer.deleteDocuments(new Term(Fields.ID, d.id()));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertTrue(reader.hasDeletions());
        int answered = compareAll(reader, texts);
        assertTrue(answered > 500, "queries answered first, after deletions: " + answered);
      }
    }
  }

  /**
   * Ties at the bound go to the earlier person: persons holding the rare family name and missing a
   * given name score exactly what the three given names give the persons without it; those come
   * first in the register, so they take the page, and the walk must go on past the rare clause's
   * persons to find them.
   */
  @Test
  void tiesAtTheBoundGoToTheEarlierPerson() throws IOException {
    List<SearchDocument> documents = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      documents.add(latin(documents.size(), "Muhammad Ali Hassan Xq" + letters(i)));
    }
    for (int i = 0; i < 10; i++) {
      documents.add(latin(documents.size(), "Muhammad Ali Qwertyan"));
    }
    IndexSearcher s = SegmentedIndex.of(documents, 16);
    TermMatchSets kept = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
    String text = "Muhammad Ali Hassan Qwertyan";
    for (int pass = 0; pass < 3; pass++) { // kept sets admitted, then used
      for (int fetch : new int[] {5, 10, 12, 35}) {
        compare(s, text, fetch, 100, kept, ALWAYS);
        compare(s, text, fetch, 3, kept, ALWAYS);
      }
    }
    assertEquals(1, compare(s, text, 12, 3, kept, ALWAYS), "answered first");
  }

  private static SearchDocument latin(int order, String name) {
    return new SearchDocument(
        "p" + order,
        order,
        List.of(),
        List.of(name),
        List.of("k" + order),
        null,
        null,
        null,
        null,
        List.of("test"),
        List.of("test/r1"),
        "single-source",
        null);
  }

  /** A made-up syllable per number, so that each person's last name is their own. */
  private static String letters(int i) {
    return "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "vo";
  }

  @Test
  void notATierIsLeftToLucene() throws IOException {
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(500, 3));
    IndexSearcher s = SegmentedIndex.of(documents, 200);
    Query two = Queries.grouped(NAMES.query("محمد احمد"), ANALYZER, 2, false);
    assertNull(RareFirst.top(s.getIndexReader().leaves(), two, 40, 100, ALWAYS));
  }

  /** Compares each text's tier at several page sizes and count limits; how many were answered. */
  private static int compareAll(DirectoryReader reader, List<String> texts) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    TermMatchSets kept = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
    int answered = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass with the common terms' sets kept
      for (String text : texts) {
        for (int[] page : new int[][] {{40, 100}, {1, 100}, {20, 5}, {120, 100}, {40, 1000}}) {
          answered += compare(searcher, text, page[0], page[1], kept, ALWAYS);
          compare(searcher, text, page[0], page[1], kept, TIGHT);
          compare(searcher, text, page[0], page[1], kept, SERVED);
        }
      }
    }
    return answered;
  }

  private static int compare(
      IndexSearcher searcher,
      String text,
      int fetch,
      int countUpTo,
      TermMatchSets kept,
      RareFirst.Limits limits)
      throws IOException {
    List<NameTerms.QueryToken> tokens = NAMES.query(text);
    Query plain =
        Queries.grouped(
            tokens, ANALYZER, Searching.required(tokens), false, new PageTerms(searcher));
    TopDocs expected =
        searcher.search(plain, new TopScoreDocCollectorManager(fetch, null, countUpTo));
    Query tier = TierCandidates.tier(plain, kept);
    TopDocs first =
        RareFirst.top(searcher.getIndexReader().leaves(), tier, fetch, countUpTo, limits);
    if (first == null) {
      return 0;
    }
    String what = text + " (" + fetch + " hits, counted to " + countUpTo + ")";
    assertEquals(expected.totalHits.relation, first.totalHits.relation, what);
    if (expected.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      assertEquals(expected.totalHits.value, first.totalHits.value, what);
    } else {
      assertTrue(first.totalHits.value > Math.max(fetch, countUpTo), what);
    }
    assertEquals(expected.scoreDocs.length, first.scoreDocs.length, what);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].doc, first.scoreDocs[i].doc, what + " hit " + i);
      assertEquals(
          Float.floatToIntBits(expected.scoreDocs[i].score),
          Float.floatToIntBits(first.scoreDocs[i].score),
          what + " score " + i);
    }
    return 1;
  }

  /**
   * Full names of the register (three tokens or more), the same with their family name replaced by
   * another person's, and common given names with a rare family name from the register.
   */
  private static List<String> texts(List<SearchDocument> documents, Random random) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      SearchDocument a = documents.get(random.nextInt(documents.size()));
      SearchDocument b = documents.get(random.nextInt(documents.size()));
      boolean arabic = i % 2 == 0;
      List<String> na = arabic ? a.arabicNames() : a.latinNames();
      List<String> nb = arabic ? b.arabicNames() : b.latinNames();
      if (na.isEmpty() || nb.isEmpty()) {
        continue;
      }
      String[] tokens = na.get(0).split(" ");
      String[] other = nb.get(0).split(" ");
      if (tokens.length < 3) {
        continue;
      }
      out.add(na.get(0));
      tokens[tokens.length - 1] = other[other.length - 1];
      out.add(String.join(" ", tokens));
    }
    for (String family : List.of("الغفير", "ابوقمر", "Aliqoqa", "Sarsoar")) {
      out.add(
          family.charAt(0) < 'z'
              ? "Muhammad Ahmed Mahmoud " + family
              : "محمد احمد محمود " + family);
    }
    return out;
  }
}
