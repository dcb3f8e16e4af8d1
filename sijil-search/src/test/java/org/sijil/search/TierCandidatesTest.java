package org.sijil.search;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The "all tokens but one" tier run on candidates from common terms' kept match sets ({@link
 * TierCandidates}, {@link TermMatchSets}) finds the same persons, best hits, scores and totals as
 * the query alone: on thousands of synthetic persons in several segments, for hundreds of queries,
 * with the sets cold (none kept, the query alone), admitted on a second use, warm, squeezed by a
 * small budget (evicting all the time), and after a segment is added and persons deleted.
 */
class TierCandidatesTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static final FacetsConfig FACETS = Documents.facetsConfig();

  @Test
  void sameHitsScoresAndTotalsColdWarmAndAfterTheIndexChanges() throws IOException {
    sameAnswers(false);
  }

  /**
   * The same with typo alternatives, whose automata are rewritten into the index terms they expand
   * to before the tier is made, so that their terms' sets count too.
   */
  @Test
  void withTyposTooSameHitsScoresAndTotalsColdWarmAndAfterTheIndexChanges() throws IOException {
    sameAnswers(true);
  }

  private static void sameAnswers(boolean typos) throws IOException {
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(9000, 19));
    int first = documents.size() * 6 / 7;
    IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
    config.setMaxBufferedDocs(700);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (SearchDocument d : documents.subList(0, first)) {
        writer.addDocument(Documents.of(d, NAMES, FACETS));
      }
      TermMatchSets roomy = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
      TermMatchSets squeezed = new TermMatchSets(3 * 1024);
      List<String> texts = texts(documents.subList(0, first), new Random(19));
      DirectoryReader reader = DirectoryReader.open(writer);
      assertTrue(reader.leaves().size() > 5, "segments: " + reader.leaves().size());
      TermMatchSets oneOff = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
      for (String text : texts) {
        compare(reader, List.of(text), typos, oneOff); // each query once: no set used twice
      }
      // cold, then admitted on a second use
      int tiers = compare(reader, texts, typos, roomy, squeezed);
      assertTrue(tiers > 150, "queries with a tier: " + tiers);
      assertTrue(roomy.size() > 0, "kept sets");
      compare(reader, texts, typos, roomy, squeezed); // every common term now used twice
      int kept = roomy.size();
      compare(reader, texts, typos, roomy, squeezed); // warm
      assertEquals(kept, roomy.size(), "a warm run keeps no new set");
      assertTrue(squeezed.bytes() <= 3 * 1024, "within its budget: " + squeezed.bytes());

      for (SearchDocument d : documents.subList(first, documents.size())) {
        writer.addDocument(Documents.of(d, NAMES, FACETS));
      }
      for (SearchDocument d : documents.subList(0, first)) {
        if (d.order() % 7 == 0) {
          writer.deleteDocuments(new Term(Fields.ID, d.id()));
        }
      }
      DirectoryReader changed = DirectoryReader.openIfChanged(reader, writer);
      reader.close();
      compare(changed, texts, typos, roomy, squeezed);
      changed.close();
      writer.deleteAll();
      writer.commit();
      DirectoryReader.open(writer).close();
      assertEquals(0, roomy.size(), "the sets of closed segments are dropped");
      assertEquals(0, roomy.bytes());
    }
  }

  /**
   * With persons listed in one script only, the cross-script alternatives (restricted to such
   * persons by a filter term) match: the candidates take either their terms or the filter's
   * persons, and still hold every person of the tier.
   */
  @Test
  void sameHitsWithPersonsListedInOneScriptOnly() throws IOException {
    List<SearchDocument> documents = new ArrayList<>();
    for (SearchDocument d : SynthPersons.documents(SynthPersons.records(5000, 23))) {
      documents.add(d.order() % 4 == 0 ? oneScript(d, false) : d);
    }
    for (int i = 0; i < documents.size(); i += 9) {
      documents.set(i, oneScript(documents.get(i), true));
    }
    IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
    config.setMaxBufferedDocs(700);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (SearchDocument d : documents) {
        writer.addDocument(Documents.of(d, NAMES, FACETS));
      }
      List<String> texts = texts(documents, new Random(23));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        TermMatchSets roomy = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
        TermMatchSets squeezed = new TermMatchSets(3 * 1024);
        for (int pass = 0; pass < 3; pass++) {
          assertTrue(compare(reader, texts, false, roomy, squeezed) > 150, "queries with a tier");
        }
      }
    }
  }

  /** The person with the names of one script only: Arabic ones, or Latin ones. */
  private static SearchDocument oneScript(SearchDocument d, boolean arabic) {
    return new SearchDocument(
        d.id(),
        d.order(),
        arabic ? d.arabicNames() : List.of(),
        arabic ? List.of() : d.latinNames(),
        d.keys(),
        d.sex(),
        d.ageYears(),
        d.dod(),
        d.place(),
        d.sources(),
        d.releases(),
        d.status(),
        d.shown());
  }

  @Test
  void tiersOfThreeTokensOrMoreWithoutTyposRunOnCandidates() {
    TermMatchSets sets = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
    List<NameTerms.QueryToken> four = NAMES.query("محمد احمد علي حسن");
    assertInstanceOf(
        CandidateFilter.class,
        TierCandidates.tier(Queries.grouped(four, ANALYZER, 3, false), sets));
    Query all = Queries.grouped(four, ANALYZER, 4, false);
    assertSame(all, TierCandidates.tier(all, sets));
    Query typos = Queries.grouped(four, ANALYZER, 3, true);
    assertSame(typos, TierCandidates.tier(typos, sets), "typos not rewritten: no known terms");
    Query two = Queries.grouped(NAMES.query("محمد احمد"), ANALYZER, 2, false);
    assertSame(two, TierCandidates.tier(two, sets));
    Query one = Queries.grouped(NAMES.query("محمد"), ANALYZER, 1, false);
    assertSame(one, TierCandidates.tier(one, sets));
    Query twoOfFour = Queries.grouped(four, ANALYZER, 2, false);
    assertSame(twoOfFour, TierCandidates.tier(twoOfFour, sets));
  }

  /** Compares every query with and without candidates on the reader; the queries with a tier. */
  private static int compare(
      DirectoryReader reader, List<String> texts, boolean typos, TermMatchSets... sets)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    int tiers = 0;
    for (String text : texts) {
      List<NameTerms.QueryToken> tokens = NAMES.query(text);
      PageTerms terms = new PageTerms(searcher);
      Query plain = Queries.grouped(tokens, ANALYZER, Searching.required(tokens), typos, terms);
      TopDocs expected = top(searcher, plain);
      int persons = searcher.count(plain);
      for (TermMatchSets kept : sets) {
        Query run = TierCandidates.tier(plain, kept);
        if (run instanceof CandidateFilter filter) {
          tiers++;
          assertTrue(candidates(reader, filter.candidates()) >= persons, "candidates of " + text);
        }
        assertEquals(persons, searcher.count(run), "persons of " + text);
        assertSameTop(expected, top(searcher, run), text);
      }
    }
    return tiers / sets.length;
  }

  /** The candidates over the reader's segments (a segment whose sets are missing counts all). */
  private static long candidates(DirectoryReader reader, TierCandidates tier) throws IOException {
    long n = 0;
    for (var segment : reader.leaves()) {
      int[] docs = tier.candidates(segment);
      n += docs == null ? segment.reader().maxDoc() : docs.length;
      for (var held : tier.held(segment).entrySet()) {
        assertArrayEquals(postings(segment, held.getKey()), held.getValue(), "" + held.getKey());
      }
    }
    return n;
  }

  /** The term's persons in the segment, deleted ones too, as its postings list them. */
  private static int[] postings(LeafReaderContext segment, Term term) throws IOException {
    PostingsEnum p = segment.reader().postings(term, PostingsEnum.NONE);
    List<Integer> docs = new ArrayList<>();
    for (int d = p == null ? NO_MORE_DOCS : p.nextDoc(); d != NO_MORE_DOCS; d = p.nextDoc()) {
      docs.add(d);
    }
    return docs.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 40 best with the count stopping at 100, so that Lucene skips as a page's search does. */
  private static TopDocs top(IndexSearcher searcher, Query q) throws IOException {
    return searcher.search(q, new TopScoreDocCollectorManager(Rescorer.WINDOW, null, 100));
  }

  private static void assertSameTop(TopDocs expected, TopDocs actual, String text) {
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
   * Full Arabic names, with a token swapped for another person's, without the grandfather, with a
   * Latin given name in front, and Latin names: queries whose "all but one" tier is large.
   */
  private static List<String> texts(List<SearchDocument> documents, Random random) {
    List<String> out = new ArrayList<>();
    while (out.size() < 300) {
      String[] w = name(documents, random, true);
      String[] other = name(documents, random, true);
      out.add(String.join(" ", w));
      String[] mixed = w.clone();
      mixed[random.nextInt(mixed.length)] = other[random.nextInt(other.length)];
      out.add(String.join(" ", mixed));
      if (w.length >= 4) {
        out.add(w[0] + " " + other[1] + " " + w[w.length - 1]);
      }
      String[] latin = name(documents, random, false);
      out.add(String.join(" ", latin));
      out.add(latin[0] + " " + String.join(" ", Arrays.copyOfRange(w, 1, w.length)));
      out.add(w[0] + " " + w[w.length - 1]);
      out.add(latin[0] + " " + latin[latin.length - 1]);
    }
    return out;
  }

  private static String[] name(List<SearchDocument> documents, Random random, boolean arabic) {
    while (true) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      List<String> names = arabic ? d.arabicNames() : d.latinNames();
      if (!names.isEmpty() && !names.get(0).isBlank()) {
        String[] w = names.get(0).strip().split("\\s+");
        if (w.length >= 3) {
          return w;
        }
      }
    }
  }
}
