package org.sijil.core.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Token frequencies of a body of names (Arabic tokens after parsing, Latin tokens after {@link
 * LatinNormalizer}), for term-frequency weighting: agreeing on {@code محمد} says less than agreeing
 * on a rare name. Immutable once built.
 */
public final class NameFrequencies {

  private final Map<String, Integer> counts;
  private final long total;

  private NameFrequencies(Map<String, Integer> counts, long total) {
    this.counts = Map.copyOf(counts);
    this.total = total;
  }

  /** Counts the tokens of every name in {@code names} (null and blank names are skipped). */
  public static NameFrequencies of(Iterable<String> names) {
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      for (String t : tokensOf(name)) {
        counts.merge(t, 1, Integer::sum);
        total++;
      }
    }
    return new NameFrequencies(counts, total);
  }

  /** The comparison tokens of a name of either script. */
  static List<String> tokensOf(String name) {
    if (ComparableName.isArabic(name)) {
      List<String> out = new ArrayList<>();
      for (NameToken t : NameParser.parse(name).tokens()) {
        out.add(t.text());
      }
      return out;
    }
    return LatinNormalizer.tokens(name);
  }

  /**
   * Relative frequency of {@code token} (raw text; normalized here) among all tokens; 0 if unseen.
   */
  public double frequency(String token) {
    return total == 0 ? 0.0 : (double) count(token) / total;
  }

  /** How often {@code token} occurs (normalized like the counted names). */
  public int count(String token) {
    if (token == null) {
      return 0;
    }
    Integer c = counts.get(token);
    if (c != null) {
      return c;
    }
    List<String> t = tokensOf(token);
    return t.size() == 1 ? counts.getOrDefault(t.get(0), 0) : 0;
  }

  /** Number of tokens counted. */
  public long total() {
    return total;
  }

  /** Number of distinct tokens. */
  public int distinct() {
    return counts.size();
  }

  /** The tokens seen at least {@code minCount} times. */
  public Set<String> tokensSeenAtLeast(int minCount) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= minCount)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The {@code n} most frequent tokens, most frequent first (ties by text). */
  public List<Map.Entry<String, Integer>> top(int n) {
    List<Map.Entry<String, Integer>> all = new ArrayList<>(counts.entrySet());
    all.sort(
        Map.Entry.<String, Integer>comparingByValue(Collections.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
