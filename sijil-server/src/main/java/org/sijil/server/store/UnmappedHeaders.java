package org.sijil.server.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a stored release that fed no field, from its headers and its mapping. */
final class UnmappedHeaders {

  private UnmappedHeaders() {}

  /**
   * The headers no field was read from, in file order. A header written twice is unmapped as often
   * as it appears more than the mapping uses it; blank headers are named {@code column N}
   * (1-based), as the import summary names them.
   */
  static List<String> of(List<String> headers, Map<String, String> mapping) {
    Map<String, Integer> used = new HashMap<>();
    Collection<String> mapped = mapping.values();
    for (String h : mapped) {
      used.merge(h, 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      String name = h == null || h.isBlank() ? "column " + (i + 1) : h;
      Integer left = used.get(name);
      if (left != null && left > 0) {
        used.put(name, left - 1);
      } else {
        out.add(name);
      }
    }
    return out;
  }
}
