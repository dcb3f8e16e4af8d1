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

  /** Above this many candidates, ranking uses matched-token counts only (no string similarity). */
  private static final int SIMILARITY_LIMIT = 3000;

  private final List<Person> persons;
  private final Map<String, int[]> postings;
  private final org.sijil.core.names.NameChain[] chains;

  PersonIndex(List<Person> persons) {
    this.persons = persons;
    Map<String, IntList> building = new HashMap<>();
    chains = new org.sijil.core.names.NameChain[persons.size()];
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      Set<String> keys = new java.util.HashSet<>();
      for (var r : p.records()) {
        keys.addAll(NameTokens.nameKeys(r.nameAr(), r.nameEn()));
      }
      keys.addAll(NameTokens.nameKeys(p.nameAr(), p.nameEn()));
      for (String k : keys) {
        building.computeIfAbsent(k, x -> new IntList()).add(i);
      }
      chains[i] = p.nameAr() == null || p.nameAr().isBlank() ? null : NameParser.parse(p.nameAr());
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
    int[] hits;
    double[] scores;
    List<Set<String>> tokens = NameTokens.queryKeys(query);
    if (tokens.isEmpty()) {
      IntList all = new IntList();
      for (int i = 0; i < persons.size(); i++) {
        if (filter.test(i)) {
          all.add(i);
        }
      }
      hits = all.toArray();
      scores = new double[hits.length];
      Arrays.fill(scores, 1.0);
      return new Ranked(hits, scores);
    } else {
      int[][] perToken = new int[tokens.size()][];
      for (int t = 0; t < tokens.size(); t++) {
        perToken[t] = union(tokens.get(t));
      }
      int allowedMisses = tokens.size() >= 3 ? 1 : 0;
      int[] candidates = candidates(perToken, allowedMisses);
      IntList kept = new IntList();
      IntList matchedCounts = new IntList();
      for (int c : candidates) {
        int matched = 0;
        for (int[] p : perToken) {
          if (Arrays.binarySearch(p, c) >= 0) {
            matched++;
          }
        }
        if (matched >= tokens.size() - allowedMisses && filter.test(c)) {
          kept.add(c);
          matchedCounts.add(matched);
        }
      }
      hits = kept.toArray();
      scores = new double[hits.length];
      boolean similarity = hits.length <= SIMILARITY_LIMIT;
      boolean arabic = NameTokens.isArabic(query);
      var queryChain = arabic ? NameParser.parse(query) : null;
      for (int i = 0; i < hits.length; i++) {
        double coverage = matchedCounts.get(i) / (double) tokens.size();
        double sim = similarity ? similarity(query, queryChain, hits[i]) : coverage;
        scores[i] = 0.5 * coverage + 0.5 * sim;
      }
    }
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    final double[] sc = scores;
    final int[] h = hits;
    Arrays.sort(order, (a, b) -> sc[a] != sc[b] ? Double.compare(sc[b], sc[a]) : Integer.compare(h[a], h[b]));
    int[] sortedHits = new int[hits.length];
    double[] sortedScores = new double[hits.length];
    for (int i = 0; i < order.length; i++) {
      sortedHits[i] = hits[order[i]];
      sortedScores[i] = scores[order[i]];
    }
    return new Ranked(sortedHits, sortedScores);
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

  /** Persons in the postings of the (allowedMisses + 1) rarest tokens: any full-enough match is there. */
  private static int[] candidates(int[][] perToken, int allowedMisses) {
    int[][] sorted = perToken.clone();
    Arrays.sort(sorted, (a, b) -> Integer.compare(a.length, b.length));
    if (allowedMisses == 0) {
      return sorted[0];
    }
    IntList all = new IntList();
    for (int t = 0; t <= allowedMisses && t < sorted.length; t++) {
      for (int x : sorted[t]) {
        all.add(x);
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
