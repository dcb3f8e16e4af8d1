package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name query's persons and scores among candidates worked out term by term ({@link
 * CandidateScores}) are those of Lucene's own scorers, to the bit: full names, names with a token
 * of another person, without the grandfather, in Latin letters, given and family names, with and
 * without typo alternatives; every person of a segment or a random few as candidates; the terms
 * read from postings and from kept sets; the query as built and as Lucene rewrites it.
 */
class CandidateScoresTest {

  private static final NameAnalyzer ANALYZER = new NameAnalyzer();
  private static final NameTerms NAMES = new NameTerms();

  private static IndexSearcher searcher;
  private static List<SearchDocument> documents;

  @BeforeAll
  static void index() throws IOException {
    documents = SynthPersons.documents(SynthPersons.records(4000, 31));
    searcher = SegmentedIndex.of(documents, 900);
  }

  @Test
  void samePersonsAndScoresAsLucenesScorers() throws IOException {
    Random random = new Random(31);
    TermMatchSets kept = new TermMatchSets(TermMatchSets.DEFAULT_BYTES);
    int compared = 0;
    for (String text : texts(random)) {
      for (boolean typos : new boolean[] {false, true}) {
        List<NameTerms.QueryToken> tokens = NAMES.query(text);
        PageTerms terms = new PageTerms(searcher);
        Query q = Queries.grouped(tokens, ANALYZER, Searching.required(tokens), typos, terms);
        keepCommonSets(q, kept);
        Query rewritten = searcher.rewrite(q);
        for (ScoreMode mode : new ScoreMode[] {ScoreMode.COMPLETE, ScoreMode.TOP_SCORES}) {
          CandidateScores direct = CandidateScores.of(rewritten, mode, 1f);
          CandidateScores asBuilt = CandidateScores.of(q, mode, 1f);
          assertNotNull(direct, "a name query's shape: " + rewritten);
          assertNotNull(asBuilt, "a name query's shape: " + q);
          Weight w = searcher.createWeight(rewritten, mode, 1f);
          for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            TreeMap<Integer, Float> expected = scores(w, segment);
            int maxDoc = segment.reader().maxDoc();
            compare(expected, direct, segment, allOf(maxDoc), null, text);
            compare(expected, asBuilt, segment, allOf(maxDoc), kept, text);
            compare(expected, direct, segment, some(expected, maxDoc, random), kept, text);
            compare(expected, asBuilt, segment, some(expected, maxDoc, random), null, text);
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 500, "compared: " + compared);
  }

  @Test
  void queriesOfOtherShapesAreLeftToLucene() throws IOException {
    Query scoredTerm = new TermQuery(new Term(Fields.AR, "محمد"));
    Query constant = new BoostQuery(new ConstantScoreQuery(scoredTerm), 0.9f);
    assertNull(CandidateScores.of(scoredTerm, ScoreMode.COMPLETE, 1f), "not a boolean query");
    assertNull(
        CandidateScores.of(either(scoredTerm, constant), ScoreMode.COMPLETE, 1f),
        "a score from term statistics");
    Query tieBreak = new DisjunctionMaxQuery(List.of(constant, constant), 0.1f);
    assertNull(CandidateScores.of(either(tieBreak, constant), ScoreMode.COMPLETE, 1f));
    Query mixed =
        new BooleanQuery.Builder().add(constant, Occur.MUST).add(constant, Occur.SHOULD).build();
    assertNull(CandidateScores.of(mixed, ScoreMode.COMPLETE, 1f), "two roundings in Lucene");
    assertNotNull(CandidateScores.of(either(constant, constant), ScoreMode.COMPLETE, 1f));
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }

  /** Makes the candidates twice, so that the query's common terms have kept sets. */
  private static void keepCommonSets(Query q, TermMatchSets kept) throws IOException {
    if (TierCandidates.tier(q, kept) instanceof CandidateFilter f) {
      for (int i = 0; i < 2; i++) {
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
          f.candidates().candidates(segment);
        }
      }
    }
  }

  private static void compare(
      TreeMap<Integer, Float> expected,
      CandidateScores direct,
      LeafReaderContext segment,
      int[] candidates,
      TermMatchSets kept,
      String text)
      throws IOException {
    CandidateScores.Found found = direct.among(segment, candidates, kept);
    List<Integer> docs = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    for (int c : candidates) {
      if (expected.containsKey(c)) {
        docs.add(c);
        scores.add(expected.get(c));
      }
    }
    assertArrayEquals(
        docs.stream().mapToInt(Integer::intValue).toArray(), found.docs(), "persons of " + text);
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(
          Float.floatToIntBits(scores.get(i)),
          Float.floatToIntBits(found.scores()[i]),
          "score of " + text);
    }
  }

  /** Every person the query's own scorer matches in the segment, with its score. */
  private static TreeMap<Integer, Float> scores(Weight w, LeafReaderContext segment)
      throws IOException {
    TreeMap<Integer, Float> out = new TreeMap<>();
    Scorer s = w.scorer(segment);
    if (s == null) {
      return out;
    }
    DocIdSetIterator it = s.iterator();
    for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
      out.put(d, s.score());
    }
    return out;
  }

  private static int[] allOf(int maxDoc) {
    int[] all = new int[maxDoc];
    for (int i = 0; i < maxDoc; i++) {
      all[i] = i;
    }
    return all;
  }

  /** Half of the matching persons and a few dozen others, in order. */
  private static int[] some(TreeMap<Integer, Float> matching, int maxDoc, Random random) {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (int d : matching.keySet()) {
      if (random.nextBoolean()) {
        out.add(d);
      }
    }
    for (int i = 0; i < 40; i++) {
      out.add(random.nextInt(maxDoc));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Names as people type them, drawn from the indexed persons. */
  private static List<String> texts(Random random) {
    List<String> out = new ArrayList<>();
    while (out.size() < 60) {
      String[] ar = name(random, true);
      String[] other = name(random, true);
      String[] latin = name(random, false);
      out.add(String.join(" ", ar));
      String[] mixed = ar.clone();
      mixed[random.nextInt(mixed.length)] = other[random.nextInt(other.length)];
      out.add(String.join(" ", mixed));
      out.add(ar[0] + " " + other[1] + " " + ar[ar.length - 1]);
      out.add(String.join(" ", latin));
      out.add(latin[0] + " " + String.join(" ", java.util.Arrays.copyOfRange(ar, 1, ar.length)));
      out.add(ar[0] + " " + ar[ar.length - 1]);
    }
    return out;
  }

  private static String[] name(Random random, boolean arabic) {
    while (true) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      List<String> names = arabic ? d.arabicNames() : d.latinNames();
      if (!names.isEmpty() && names.get(0).strip().split("\\s+").length >= 3) {
        return names.get(0).strip().split("\\s+");
      }
    }
  }
}
