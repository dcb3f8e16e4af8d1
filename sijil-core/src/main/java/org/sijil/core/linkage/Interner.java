package org.sijil.core.linkage;

import java.util.HashMap;
import java.util.Map;

/** Maps strings to dense ints while a column is built; counts occurrences for term frequencies. */
final class Interner {
  private final Map<String, Integer> ids = new HashMap<>();
  private int[] counts = new int[1024];

  int id(String s) {
    Integer id = ids.get(s);
    if (id == null) {
      id = ids.size();
      ids.put(s, id);
    }
    if (id >= counts.length) {
      counts = java.util.Arrays.copyOf(counts, counts.length * 2);
    }
    counts[id]++;
    return id;
  }

  int count(int id) {
    return counts[id];
  }
}
