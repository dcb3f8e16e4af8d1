package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hits kept by doc id ({@link KeptNames}) give the names doc values hold, the same kept entry on a
 * second page, and new entries on another reader; the re-ranking's scores are the same, bit for
 * bit, whether its hits' names are kept or read.
 */
class KeptNamesTest {

  private static IndexSearcher searcher;
  private static ScoreDoc[] hits;

  @BeforeAll
  static void index() throws IOException {
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(600, 31));
    searcher = SegmentedIndex.of(documents, 150);
    ScoreDoc[] all = searcher.search(new MatchAllDocsQuery(), 600).scoreDocs;
    hits = new ScoreDoc[60];
    for (int i = 0; i < hits.length; i++) {
      hits[i] = all[(i * 37) % all.length]; // out of doc order, across segments
    }
  }

  @Test
  void keptNamesAreThoseOfTheDocValues() throws IOException {
    KeptNames kept = new KeptNames();
    ShownNames read = ShownNames.of(searcher, hits);
    KeptNames.Shown[] first = kept.of(searcher, hits);
    KeptNames.Shown[] second = kept.of(searcher, hits);
    for (int i = 0; i < hits.length; i++) {
      assertEquals(read.arabic()[i], first[i].arabic);
      assertEquals(read.latin()[i], first[i].latin);
      assertSame(first[i], second[i]);
    }
  }

  @Test
  void keptKeysAreThoseOfTheDocValues() throws IOException {
    Rescorer rescorer = new Rescorer(new NameTerms());
    int[] docs = new int[hits.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = hits[i].doc;
    }
    HitKeys read = HitKeys.of(searcher.getIndexReader().leaves(), docs);
    HitKeys cold = rescorer.keys(searcher, docs); // no hit kept yet: all read
    rescorer.rescore(searcher, Arrays.copyOf(hits, hits.length / 2), "محمد احمد");
    HitKeys half = rescorer.keys(searcher, docs); // the first half kept, their keys read now
    HitKeys warm = rescorer.keys(searcher, docs); // the first half's keys kept
    for (HitKeys keys : List.of(cold, half, warm)) {
      assertArrayEquals(read.ids(), keys.ids());
      assertArrayEquals(read.orders(), keys.orders());
    }
    assertTrue(Arrays.stream(read.ids()).allMatch(id -> id != null));
  }

  @Test
  void anotherReaderStartsAnew() throws IOException {
    KeptNames kept = new KeptNames();
    KeptNames.Shown[] first = kept.of(searcher, hits);
    IndexSearcher other = new IndexSearcher(searcher.getIndexReader());
    // The same reader under another searcher shares the reader's context, so its table too.
    assertSame(first[0], kept.of(other, hits)[0]);
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(600, 31));
    IndexSearcher reopened = SegmentedIndex.of(documents, 150);
    KeptNames.Shown[] again = kept.of(reopened, hits);
    assertNotSame(first[0], again[0]);
    assertEquals(first[0].arabic, again[0].arabic);
  }

  @Test
  void scoresAreTheSameWithNamesKept() throws IOException {
    for (String query : List.of("محمد احمد علي", "mohammed ahmad ali", "ali hasan")) {
      Rescorer rescorer = new Rescorer(new NameTerms());
      ScoreDoc[] cold = rescorer.rescore(searcher, copy(), query);
      ScoreDoc[] warm = rescorer.rescore(searcher, copy(), query);
      ScoreDoc[] fresh = new Rescorer(new NameTerms()).rescore(searcher, copy(), query);
      assertArrayEquals(scores(cold), scores(warm));
      assertArrayEquals(scores(fresh), scores(warm));
      assertArrayEquals(docs(cold), docs(warm));
    }
  }

  @Test
  void theBoundHoldsAndAFullTableKeepsItsHitsInUse() throws IOException {
    KeptNames kept = new KeptNames(20);
    ScoreDoc[] first = Arrays.copyOfRange(hits, 0, 20);
    KeptNames.Shown[] held = kept.of(searcher, first);
    assertEquals(20, kept.size());
    // Other hits while full are read, not kept; the sweep after 20 of them finds every kept hit
    // new or in use: the first ones stay, as long as pages read them.
    ScoreDoc[] others = Arrays.copyOfRange(hits, 20, 40);
    KeptNames.Shown read = kept.of(searcher, others)[0];
    for (int round = 0; round < 3; round++) {
      assertSame(held[0], kept.of(searcher, first)[0]);
      KeptNames.Shown readAgain = kept.of(searcher, others)[0];
      assertNotSame(read, readAgain);
      read = readAgain;
      assertEquals(20, kept.size());
    }
  }

  @Test
  void aFullTableDropsHitsNoPageReads() throws IOException {
    KeptNames kept = new KeptNames(20);
    KeptNames.Shown[] old = kept.of(searcher, Arrays.copyOfRange(hits, 0, 20));
    ScoreDoc[] now = Arrays.copyOfRange(hits, 20, 40);
    for (int round = 0; round < 3; round++) {
      kept.of(searcher, now); // two sweeps: the first marks the old hits unread, the second drops
    }
    KeptNames.Shown[] again = kept.of(searcher, now);
    assertSame(again[0], kept.of(searcher, now)[0]);
    assertNotSame(old[0], kept.of(searcher, Arrays.copyOfRange(hits, 0, 20))[0]);
    assertTrue(kept.size() <= 20);
  }

  private static ScoreDoc[] copy() {
    ScoreDoc[] out = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = new ScoreDoc(hits[i].doc, 1f - i / 100f);
    }
    return out;
  }

  private static int[] scores(ScoreDoc[] docs) {
    int[] out = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = Float.floatToIntBits(docs[i].score);
    }
    return out;
  }

  private static int[] docs(ScoreDoc[] docs) {
    int[] out = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = docs[i].doc;
    }
    return out;
  }
}
