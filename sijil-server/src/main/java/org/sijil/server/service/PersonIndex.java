package org.sijil.server.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameSimilarity;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchResult;

/**
 * An in-memory inverted index from name keys to persons, built once. A query matches a person when
 * every query token's key is among the person's keys; queries of three or more tokens may miss one
 * (a grandfather given in the query but not on the list). Candidates are found from the rarest
 * tokens' postings and checked by binary search in the others, so a query touches few persons.
 */
final class PersonIndex {

  /** At most this many hits of a query are ranked by string similarity (the rest by coverage). */
  private static final int SIMILARITY_BUDGET = 250;

  /** A strict search finding fewer persons than this is widened to persons missing one token. */
  static final int TOLERANCE_BELOW = 50;

  /** Per-thread token counts per person, all zero between queries (a query resets what it set). */
  private static final ThreadLocal<byte[]> COUNTS = ThreadLocal.withInitial(() -> new byte[0]);

  private final List<Person> persons;
  private final Map<String, int[]> postings;
  private final org.sijil.core.names.NameChain[] chains;

  PersonIndex(List<Person> persons) {
    this.persons = persons;
    chains = new org.sijil.core.names.NameChain[persons.size()];
    // Name analysis is the costly part and independent per person: done in parallel, then the
    // postings are filled in person order so each list comes out sorted.
    String[][] keysOf = new String[persons.size()][];
    java.util.stream.IntStream.range(0, persons.size()).parallel().forEach(i -> {
      Person p = persons.get(i);
      Set<String> keys = new java.util.HashSet<>();
      for (var r : p.records()) {
        keys.addAll(NameTokens.nameKeys(r.nameAr(), r.nameEn()));
      }
      keys.addAll(NameTokens.nameKeys(p.nameAr(), p.nameEn()));
      keysOf[i] = keys.toArray(String[]::new);
      chains[i] = p.nameAr() == null || p.nameAr().isBlank() ? null : NameParser.parse(p.nameAr());
    });
    Map<String, IntList> building = new HashMap<>();
    for (int i = 0; i < keysOf.length; i++) {
      for (String k : keysOf[i]) {
        building.computeIfAbsent(k, x -> new IntList()).add(i);
      }
    }
    postings = new HashMap<>(building.size() * 2);
    building.forEach((k, v) -> postings.put(k, v.toArray()));
  }

  int size() {
    return persons.size();
  }

  /**
   * Searches and returns one page of hits ordered by relevance, then by person order.
   *
   * @param filter persons to keep (filters other than the name)
   */
  SearchResult search(String query, IntPredicate filter, int offset, int limit) {
    Ranked r = rank(query, filter);
    List<SearchResult.Hit> page = new ArrayList<>();
    for (int i = offset; i < Math.min(r.hits.length, (long) offset + limit); i++) {
      page.add(new SearchResult.Hit(persons.get(r.hits[i]), Math.round(r.scores[i] * 1000) / 1000.0));
    }
    return new SearchResult(r.hits.length, offset, limit, page);
  }

  /** Every matching person, best first (no paging). */
  List<Person> all(String query, IntPredicate filter) {
    Ranked r = rank(query, filter);
    List<Person> out = new ArrayList<>(r.hits.length);
    for (int h : r.hits) {
      out.add(persons.get(h));
    }
    return out;
  }

  /** Hits ordered best first, with their scores in the same order. */
  private record Ranked(int[] hits, double[] scores) {}

  private Ranked rank(String query, IntPredicate filter) {
    List<Set<String>> tokens = NameTokens.queryKeys(query);
    if (tokens.isEmpty()) {
      IntList all = new IntList();
      for (int i = 0; i < persons.size(); i++) {
        if (filter.test(i)) {
          all.add(i);
        }
      }
      int[] hits = all.toArray();
      double[] scores = new double[hits.length];
      Arrays.fill(scores, 1.0);
      return new Ranked(hits, scores);
    }
    int[][] perToken = new int[tokens.size()][];
    for (int t = 0; t < tokens.size(); t++) {
      perToken[t] = union(tokens.get(t));
    }
    // Strict first: every token must match. Only when that finds few persons are persons missing one
    // token of a long query (e.g. a grandfather the list does not give) added, ranked below.
    byte[] counts = COUNTS.get();
    if (counts.length < persons.size()) {
      counts = new byte[persons.size()];
      COUNTS.set(counts);
    }
    for (int[] p : perToken) {
      for (int x : p) {
        counts[x]++;
      }
    }
    IntList kept = new IntList();
    IntList matchedCounts = new IntList();
    try {
      int[][] byLength = perToken.clone();
      Arrays.sort(byLength, (a, b) -> Integer.compare(a.length, b.length));
      collect(byLength[0], counts, tokens.size(), filter, kept, matchedCounts, null);
      if (tokens.size() >= 3 && kept.size() < TOLERANCE_BELOW) {
        // Anyone matching all but one token is in the postings of one of the two rarest tokens.
        kept = new IntList();
        matchedCounts = new IntList();
        collect(byLength[0], counts, tokens.size() - 1, filter, kept, matchedCounts, null);
        collect(byLength[1], counts, tokens.size() - 1, filter, kept, matchedCounts, byLength[0]);
      }
    } finally {
      for (int[] p : perToken) {
        for (int x : p) {
          counts[x] = 0;
        }
      }
    }
    int[] hits = kept.toArray();
    double[] scores = new double[hits.length];
    // String similarity refines the order among the best-covered hits; it is computed for at most
    // SIMILARITY_BUDGET of them (full matches first), the rest are ordered by coverage alone.
    int maxMatched = 0;
    for (int i = 0; i < hits.length; i++) {
      maxMatched = Math.max(maxMatched, matchedCounts.get(i));
    }
    int budget = SIMILARITY_BUDGET;
    var queryChain = NameTokens.isArabic(query) ? NameParser.parse(query) : null;
    for (int pass = maxMatched; pass >= 0 && pass >= maxMatched - 1; pass--) {
      for (int i = 0; i < hits.length; i++) {
        if (matchedCounts.get(i) != pass) {
          continue;
        }
        double coverage = pass / (double) tokens.size();
        double sim = budget-- > 0 ? similarity(query, queryChain, hits[i]) : coverage * 0.9;
        scores[i] = 0.5 * coverage + 0.5 * sim;
      }
    }
    // Order by score (descending), then person order, on primitive keys: score in the high bits.
    long[] keys = new long[hits.length];
    for (int i = 0; i < hits.length; i++) {
      long q = Math.round((1.0 - scores[i]) * 1_000_000);
      keys[i] = (q << 32) | i;
    }
    Arrays.sort(keys);
    int[] sortedHits = new int[hits.length];
    double[] sortedScores = new double[hits.length];
    for (int i = 0; i < keys.length; i++) {
      int at = (int) (keys[i] & 0xffffffffL);
      sortedHits[i] = hits[at];
      sortedScores[i] = scores[at];
    }
    return new Ranked(sortedHits, sortedScores);
  }

  /**
   * Keeps the persons of {@code postings} whose token count reaches {@code need} and that pass the
   * filter, skipping those already in {@code exclude} (a sorted postings list already collected).
   */
  private static void collect(int[] postings, byte[] counts, int need, IntPredicate filter, IntList kept, IntList matchedCounts, int[] exclude) {
    for (int c : postings) {
      if (counts[c] >= need && (exclude == null || Arrays.binarySearch(exclude, c) < 0) && filter.test(c)) {
        kept.add(c);
        matchedCounts.add(counts[c]);
      }
    }
  }

  private double similarity(String query, org.sijil.core.names.NameChain queryChain, int person) {
    Person p = persons.get(person);
    if (queryChain != null) {
      return chains[person] == null ? 0 : NameSimilarity.chain(queryChain, chains[person]);
    }
    double best = 0;
    if (p.nameEn() != null) {
      best = NameSimilarity.latin(query, p.nameEn());
    }
    if (p.nameAr() != null) {
      best = Math.max(best, NameSimilarity.crossScript(p.nameAr(), query));
    }
    return best;
  }

  private int[] union(Set<String> keys) {
    if (keys.size() == 1) {
      int[] p = postings.get(keys.iterator().next());
      return p == null ? new int[0] : p;
    }
    IntList all = new IntList();
    for (String k : keys) {
      int[] p = postings.get(k);
      if (p != null) {
        for (int x : p) {
          all.add(x);
        }
      }
    }
    int[] arr = all.toArray();
    Arrays.sort(arr);
    return Arrays.stream(arr).distinct().toArray();
  }

  /** A growable int array. */
  static final class IntList {
    private int[] a = new int[4];
    private int n;

    void add(int x) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = x;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
