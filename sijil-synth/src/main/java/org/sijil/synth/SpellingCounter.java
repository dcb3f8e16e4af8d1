package org.sijil.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts words grouped by {@link ArabicForms#key}: each group is reported under its most frequent
 * spelling, so the tables hold one clean form per name and the generator adds the variants itself.
 */
final class SpellingCounter {

  private final Map<String, Map<String, Integer>> spellingsByKey = new HashMap<>();

  void add(String word) {
    spellingsByKey
        .computeIfAbsent(ArabicForms.key(word), k -> new HashMap<>())
        .merge(word, 1, Integer::sum);
  }

  /**
   * Spelling → count for groups counted at least {@code minCount} times, most frequent first (ties
   * by spelling). A group that is the PDF lam-alef reversal of a more frequent one (بالل of بلال,
   * عالء of علاء) is folded into it first.
   */
  Map<String, Integer> table(int minCount) {
    Map<String, Integer> totals = new HashMap<>();
    spellingsByKey.forEach((key, spellings) -> totals.put(key, sum(spellings)));
    Map<String, String> foldedInto = new HashMap<>();
    for (String key : totals.keySet()) {
      String repaired = unreverseLamAlef(key);
      if (!repaired.equals(key) && totals.getOrDefault(repaired, 0) > totals.get(key)) {
        foldedInto.put(key, repaired);
      }
    }
    Map<String, Integer> merged = new HashMap<>();
    totals.forEach((key, n) -> merged.merge(foldedInto.getOrDefault(key, key), n, Integer::sum));
    List<Map.Entry<String, Integer>> entries = new ArrayList<>();
    merged.forEach(
        (key, n) -> {
          if (n >= minCount) {
            entries.add(Map.entry(mostFrequent(spellingsByKey.get(key)), n));
          }
        });
    entries.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> out = new LinkedHashMap<>();
    entries.forEach(e -> out.merge(e.getKey(), e.getValue(), Integer::sum));
    return out;
  }

  /** Every non-initial ال written back as لا: the form PDF extraction reversed. */
  static String unreverseLamAlef(String key) {
    StringBuilder sb = new StringBuilder(key);
    for (int i = 1; i + 1 < sb.length(); i++) {
      if (sb.charAt(i) == 'ا' && sb.charAt(i + 1) == 'ل') {
        sb.setCharAt(i, 'ل');
        sb.setCharAt(i + 1, 'ا');
        i++;
      }
    }
    return sb.toString();
  }

  static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    int bestCount = -1;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      if (n > bestCount || (n == bestCount && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = n;
      }
    }
    return best;
  }

  private static int sum(Map<String, Integer> counts) {
    int n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
