package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameSimilarity;

/**
 * The re-ranking's scores are the formula of {@link Rescorer} computed from the name engine's plain
 * factories, bit for bit, whatever the re-ranking keeps or prepares once per page (the query parsed
 * once, hits re-ranked in place), and its order is score, highest first, then doc id.
 */
class RescorerTest {

  private static IndexSearcher searcher;
  private static ScoreDoc[] hits;

  @BeforeAll
  static void index() throws IOException {
    List<SearchDocument> documents = SynthPersons.documents(SynthPersons.records(600, 41));
    searcher = SegmentedIndex.of(documents, 150);
    ScoreDoc[] all = searcher.search(new MatchAllDocsQuery(), 600).scoreDocs;
    hits = new ScoreDoc[Rescorer.WINDOW];
    for (int i = 0; i < hits.length; i++) {
      hits[i] = all[(i * 53) % all.length]; // out of doc order, across segments
    }
  }

  @Test
  void scoresAreTheFormulaOfTheNameEngine() throws IOException {
    List<String> queries =
        List.of(
            "محمد احمد علي",
            "احمد محمد",
            "محمد احمد (الحسن) علي",
            "عبد الله",
            "mohammed ahmad ali",
            "hasan ali",
            "Sami");
    Rescorer rescorer = new Rescorer(new NameTerms());
    for (int round = 0; round < 2; round++) { // cold, then with every hit kept
      for (String query : queries) {
        ScoreDoc[] docs = window();
        Map<Integer, Float> expected = expected(query, docs);
        ScoreDoc[] ranked = rescorer.rescore(searcher, docs, query);
        assertSame(docs, ranked, "re-ranked in place");
        assertEquals(expected.size(), ranked.length);
        for (int i = 0; i < ranked.length; i++) {
          assertEquals(
              Float.floatToIntBits(expected.get(ranked[i].doc)),
              Float.floatToIntBits(ranked[i].score),
              query + " / doc " + ranked[i].doc);
          if (i > 0) {
            ScoreDoc before = ranked[i - 1];
            boolean ordered =
                before.score > ranked[i].score
                    || before.score == ranked[i].score && before.doc < ranked[i].doc;
            assertTrue(ordered, query + " at " + i);
          }
        }
      }
    }
  }

  /** Token scores in [0,1] with ties, as a page's normalized scores have. */
  private static ScoreDoc[] window() {
    ScoreDoc[] out = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = new ScoreDoc(hits[i].doc, 1f - (i / 8) * 0.125f);
    }
    return out;
  }

  /** Each hit's combined score as the formula gives it, from names made afresh for every hit. */
  private static Map<Integer, Float> expected(String query, ScoreDoc[] docs) throws IOException {
    ShownNames names = ShownNames.of(searcher, docs);
    boolean arabic = NameTerms.isArabic(query);
    Map<Integer, Float> out = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      String ar = names.arabic()[i];
      String en = names.latin()[i];
      double sim = 0;
      if (arabic) {
        if (ar != null) {
          sim =
              NameSimilarity.chain(
                  ComparableName.of(NameParser.parse(query)),
                  ComparableName.of(NameParser.parse(ar)));
        }
        if (en != null) {
          sim = Math.max(sim, NameSimilarity.chain(ComparableName.arabic(query), latin(en)));
        }
      } else {
        if (en != null) {
          sim = NameSimilarity.chain(latin(query), latin(en));
        }
        if (ar != null) {
          sim = Math.max(sim, NameSimilarity.chain(ComparableName.arabic(ar), latin(query)));
        }
      }
      double tokens = docs[i].score;
      if (!new TokenOrder(query, new NameTerms()).inOrder(ar, en)) {
        tokens = Math.max(0, tokens - Rescorer.OUT_OF_ORDER_PENALTY);
      }
      double share = Rescorer.SIMILARITY_SHARE;
      out.put(docs[i].doc, (float) ((1 - share) * tokens + share * sim));
    }
    return out;
  }

  private static ComparableName latin(String name) {
    return ComparableName.latin(name);
  }
}
