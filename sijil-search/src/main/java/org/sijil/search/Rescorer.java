package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameSimilarity;

/**
 * Re-ranks the top hits of a name query by the name engine's similarity of the whole name (in
 * either script, across scripts) to the query: term matches say which tokens agree, the similarity
 * tells apart the many persons that tie on them (a common name, a phonetic key). The final score is
 * {@code (1 - SIMILARITY_SHARE) × token score + SIMILARITY_SHARE × similarity}, so the token tiers
 * (full chain, missing one, typos) still dominate. A person whose name has the query's tokens out
 * of order ({@link TokenOrder}) loses {@link #OUT_OF_ORDER_PENALTY} of token score: less than one
 * token's worth in queries of up to four tokens, so three of four in order rank above them, and
 * four of four out of order still above three of four.
 */
final class Rescorer {

  /** Top hits re-ranked at least (more when the page asked for reaches further). */
  static final int WINDOW = 40;

  static final double SIMILARITY_SHARE = 0.15;

  /** Token score (in [0,1]) taken from a person whose name has the query's tokens out of order. */
  static final double OUT_OF_ORDER_PENALTY = 0.1;

  private Rescorer() {}

  /** Re-ranks {@code docs} (scores already normalized to [0,1]) in place by the combined score. */
  static ScoreDoc[] rescore(IndexSearcher s, ScoreDoc[] docs, String query) throws IOException {
    boolean arabic = NameTerms.isArabic(query);
    var queryChain = arabic ? NameParser.parse(query) : null;
    TokenOrder order = new TokenOrder(query);
    StoredFields stored = s.storedFields();
    ScoreDoc[] out = new ScoreDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      Document d = stored.document(docs[i].doc);
      String ar = d.get(Fields.SHOWN_AR);
      String en = d.get(Fields.SHOWN_LATIN);
      double sim = 0;
      if (arabic) {
        if (ar != null) {
          sim = NameSimilarity.chain(queryChain, NameParser.parse(ar));
        }
        if (en != null) {
          sim = Math.max(sim, NameSimilarity.crossScript(query, en));
        }
      } else {
        if (en != null) {
          sim = NameSimilarity.latin(query, en);
        }
        if (ar != null) {
          sim = Math.max(sim, NameSimilarity.crossScript(ar, query));
        }
      }
      double tokens = docs[i].score;
      if (!order.inOrder(ar, en)) {
        tokens = Math.max(0, tokens - OUT_OF_ORDER_PENALTY);
      }
      float combined = (float) ((1 - SIMILARITY_SHARE) * tokens + SIMILARITY_SHARE * sim);
      out[i] = new ScoreDoc(docs[i].doc, combined);
    }
    Arrays.sort(
        out, Comparator.comparingDouble((ScoreDoc x) -> -x.score).thenComparingInt(x -> x.doc));
    return out;
  }
}
