package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.synth.SynthRecord;

/**
 * {@link Queries#rarest} as the lead of the "all but one token" query loses no person and changes
 * no score: over synthetic persons, names with a token dropped, replaced or misspelt find the same
 * persons with the same scores with and without it.
 */
class RarestFilterTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static IndexSearcher searcher;
  private static final List<String> NAMES_SEEN = new ArrayList<>();

  @BeforeAll
  static void index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    var byPerson = SynthPersons.records(6000, 14);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
      for (SearchDocument d : SynthPersons.documents(byPerson)) {
        w.addDocument(Documents.of(d, NAMES, Documents.facetsConfig()));
      }
    }
    searcher = new IndexSearcher(DirectoryReader.open(dir));
    for (List<SynthRecord> recs : byPerson.values()) {
      NAMES_SEEN.add(recs.get(0).nameAr());
      NAMES_SEEN.add(recs.get(0).nameEn());
    }
  }

  @Test
  void allButOneFindsTheSamePersonsWithTheSameScores() throws IOException {
    Random random = new Random(14);
    int compared = 0;
    int withHits = 0;
    for (int i = 0; i < 400; i++) {
      String name = NAMES_SEEN.get(random.nextInt(NAMES_SEEN.size()));
      String[] words = name.strip().split("\\s+");
      if (words.length < 3) {
        continue;
      }
      int k = random.nextInt(words.length);
      switch (i % 3) {
        case 0 -> words[k] = "";
        case 1 -> words[k] = NAMES_SEEN.get(random.nextInt(NAMES_SEEN.size())).split(" ")[0];
        default -> words[k] = words[k].length() > 3 ? words[k].substring(1) : words[k];
      }
      List<NameTerms.QueryToken> tokens = NAMES.query(String.join(" ", words).strip());
      if (tokens.size() < Searching.MISSING_ONE_FROM) {
        continue;
      }
      int required = Searching.required(tokens);
      for (boolean typos : new boolean[] {false, true}) {
        Query plain = Queries.grouped(tokens, ANALYZER, required, typos);
        Query lead = Queries.rarest(tokens, ANALYZER, required, typos, RarestFilterTest::docFreq);
        assertNotNull(lead, name);
        Query led =
            new BooleanQuery.Builder().add(plain, Occur.MUST).add(lead, Occur.FILTER).build();
        TopDocs a = searcher.search(plain, 10_000);
        TopDocs b = searcher.search(led, 10_000);
        assertEquals(a.totalHits.value, b.totalHits.value, String.join(" ", words));
        for (int h = 0; h < a.scoreDocs.length; h++) {
          ScoreDoc x = a.scoreDocs[h];
          ScoreDoc y = b.scoreDocs[h];
          assertEquals(x.doc, y.doc, String.join(" ", words));
          assertEquals(x.score, y.score, 1e-6, String.join(" ", words));
        }
        compared++;
        withHits += a.totalHits.value > 0 ? 1 : 0;
      }
    }
    assertTrue(
        compared > 200 && withHits > 100, compared + " compared, " + withHits + " with hits");
  }

  @Test
  void noLeadWhenEveryTokenIsRequired() {
    List<NameTerms.QueryToken> tokens = NAMES.query("Mohammed Ahmed");
    assertNull(Queries.rarest(tokens, ANALYZER, tokens.size(), false, RarestFilterTest::docFreq));
  }

  private static long docFreq(org.apache.lucene.index.Term t) {
    try {
      return searcher.getIndexReader().docFreq(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
