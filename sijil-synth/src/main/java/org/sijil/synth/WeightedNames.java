package org.sijil.synth;

import java.util.List;
import java.util.SplittableRandom;

/** A frequency table ready for sampling in O(log n): names with cumulative counts. */
final class WeightedNames {

  private final String[] names;
  private final long[] cumulative;

  WeightedNames(List<String> names, List<Integer> counts) {
    if (names.isEmpty() || names.size() != counts.size()) {
      throw new IllegalArgumentException("a name table needs at least one name, one count each");
    }
    this.names = names.toArray(String[]::new);
    this.cumulative = new long[counts.size()];
    long total = 0;
    for (int i = 0; i < counts.size(); i++) {
      total += counts.get(i);
      cumulative[i] = total;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("a name table needs a positive total count");
    }
  }

  String sample(SplittableRandom rng) {
    long r = rng.nextLong(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return names[lo];
  }

  int size() {
    return names.length;
  }

  String name(int i) {
    return names[i];
  }
}
