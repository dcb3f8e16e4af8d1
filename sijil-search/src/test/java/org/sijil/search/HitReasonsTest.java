package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reasons read segment by segment ({@link HitReasons#of}) are the reasons {@link
 * org.apache.lucene.search.Weight#matches} gives hit by hit, for every query shape {@link Queries}
 * builds, on a few thousand synthetic persons in several segments.
 */
class HitReasonsTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();
  private static IndexSearcher searcher;
  private static List<SearchDocument> documents;

  @BeforeAll
  static void index() throws IOException {
    documents = SynthPersons.documents(SynthPersons.records(6000, 14));
    // several segments: hits of one page fall in different ones
    searcher = SegmentedIndex.of(documents, 700);
    assertTrue(searcher.getIndexReader().leaves().size() > 3);
  }

  @Test
  void sameReasonsAsWeightMatchesForEveryQueryShape() throws IOException {
    Random random = new Random(14);
    int compared = 0;
    for (int n = 0; n < 100; n++) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      for (String text : texts(d, random)) {
        List<NameTerms.QueryToken> tokens = NAMES.query(text);
        if (tokens.isEmpty()) {
          continue;
        }
        List<String> texts = tokens.stream().map(NameTerms.QueryToken::text).toList();
        int required = Searching.required(tokens);
        compared +=
            compare(Queries.strict(tokens, ANALYZER), Queries.strict(tokens, ANALYZER), texts);
        compared +=
            compare(
                Queries.grouped(tokens, ANALYZER, required, false),
                Queries.name(tokens, ANALYZER, required, false),
                texts);
        compared +=
            compare(
                Queries.grouped(tokens, ANALYZER, required, true),
                Queries.name(tokens, ANALYZER, required, true),
                texts);
        // As a page builds them: every term carrying the states the page looked up.
        PageTerms terms = new PageTerms(searcher);
        compared +=
            compare(
                Queries.grouped(tokens, ANALYZER, required, false, terms),
                Queries.name(tokens, ANALYZER, required, false, terms),
                texts);
        compared +=
            compare(
                Queries.strict(tokens, ANALYZER, terms),
                Queries.strict(tokens, ANALYZER, terms),
                texts);
      }
    }
    assertTrue(compared > 3_000, "hits compared: " + compared);
  }

  @Test
  void identityNumbersFallBackToWeightMatches() throws IOException {
    String key = documents.get(0).keys().get(0);
    Query id = Queries.id(key);
    compare(id, id, List.of(key));
  }

  @Test
  void namesAreReadFromTheQueryText() {
    Query term =
        new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("ar", "x|y"));
    Query named = org.apache.lucene.search.NamedMatches.wrapQuery("1|EXACT|x,y)", term);
    assertEquals("1|EXACT|x,y)", HitReasons.nameOf(named, term));
    Query odd = org.apache.lucene.search.NamedMatches.wrapQuery("not a reason", term);
    assertEquals(null, HitReasons.nameOf(odd, term));
  }

  /** Hits of {@code run} (the top 40) compared; their count. */
  private static int compare(Query run, Query reasons, List<String> tokens) throws IOException {
    ScoreDoc[] top = searcher.search(run, Rescorer.WINDOW).scoreDocs;
    int[] docs = Arrays.stream(top).mapToInt(d -> d.doc).toArray();
    Query rewritten = searcher.rewrite(reasons);
    assertTrue(
        HitReasons.direct(rewritten) || tokens.size() == 1 && run.toString().contains("id:"),
        "read without Weight#matches: " + reasons);
    assertEquals(
        HitReasons.byMatches(searcher, rewritten, tokens, docs),
        HitReasons.of(searcher, reasons, tokens, docs),
        "reasons of " + reasons);
    return docs.length;
  }

  /** Queries people type for a person: full names, given + family, given alone, a typo. */
  private static List<String> texts(SearchDocument d, Random random) {
    List<String> out = new ArrayList<>();
    for (String name : List.of(first(d.arabicNames()), first(d.latinNames()))) {
      String[] w = name.strip().split("\\s+");
      if (w[0].isEmpty()) {
        continue;
      }
      out.add(name);
      out.add(w[0]);
      out.add(w[0] + " " + w[w.length - 1]);
      if (w.length >= 4) {
        out.add(w[0] + " " + w[1] + " " + w[3]);
      }
      int i = random.nextInt(Math.max(1, name.length() - 1));
      if (i + 2 <= name.length()) {
        out.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
      }
    }
    return out;
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? "" : names.get(0);
  }
}
