package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A person matching two alternatives of one token with equal weight gets the same reason whatever
 * order the alternatives are listed in: a name query lists them in a hash set's order, seeded per
 * JVM, so a reason that followed the order changed from one run to the next.
 */
class ReasonTiesTest {

  @Test
  void aTieGoesToTheSmallestTermInEitherOrder() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new NameAnalyzer()))) {
      Document doc = new Document();
      doc.add(new TextField(Fields.PHONETIC_OF_LATIN, "mhmd mhd", Field.Store.NO));
      w.addDocument(doc);
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      List<String> tokens = List.of("mohammed");
      int[] docs = {0};
      List<MatchReason> forward = HitReasons.of(s, query("mhmd", "mhd"), tokens, docs).get(0);
      List<MatchReason> backward = HitReasons.of(s, query("mhd", "mhmd"), tokens, docs).get(0);
      MatchReason expected = new MatchReason("mohammed", MatchReason.How.PHONETIC, "mhd");
      assertEquals(List.of(expected), forward);
      assertEquals(List.of(expected), backward);
      assertEquals(
          List.of(expected), HitReasons.byMatches(s, query("mhmd", "mhd"), tokens, docs).get(0));
    }
  }

  /**
   * Two alternatives of one token equal in weight and term but not in how (an identity number and a
   * name as written, which no page's query holds together): the reason is the first listed, as
   * {@link org.apache.lucene.search.Weight#matches} per hit gives it, not the first walked.
   */
  @Test
  void aTieOfWeightAndTermKeepsTheFirstListed() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new NameAnalyzer()))) {
      Document doc = new Document();
      doc.add(new TextField(Fields.PHONETIC_OF_LATIN, "mhd", Field.Store.NO));
      w.addDocument(doc);
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      List<String> tokens = List.of("mohammed");
      int[] docs = {0};
      for (List<String> hows : List.of(List.of("ID", "EXACT"), List.of("EXACT", "ID"))) {
        Query q = query(hows.get(0) + "|mhd", hows.get(1) + "|mhd");
        MatchReason first =
            new MatchReason("mohammed", MatchReason.How.valueOf(hows.get(0)), "mhd");
        assertEquals(List.of(first), HitReasons.byMatches(s, q, tokens, docs).get(0));
        assertEquals(List.of(first), HitReasons.of(s, q, tokens, docs).get(0));
      }
    }
  }

  /** Two phonetic alternatives of the first token, in the order given (a Boolean query's). */
  private static Query query(String first, String second) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String key : List.of(first, second)) {
      String how = key.contains("|") ? "" : "PHONETIC|";
      String term = key.substring(key.indexOf('|') + 1);
      Query termQuery = new TermQuery(new Term(Fields.PHONETIC_OF_LATIN, term));
      Query named = NamedMatches.wrapQuery("0|" + how + key, termQuery);
      b.add(new BoostQuery(new ConstantScoreQuery(named), 0.8f), Occur.SHOULD);
    }
    return b.build();
  }
}
