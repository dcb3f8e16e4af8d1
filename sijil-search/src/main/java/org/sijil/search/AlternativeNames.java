package org.sijil.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;

/**
 * The names of the reasons query's named alternatives ({@code token|how|term}, {@link Queries}),
 * kept by the named query across pages. Lucene has no accessor for a named query's name, so {@link
 * HitReasons#nameOf} reads it from the query's text, building the text of the named query and of
 * its inner query: a quarter of the walk of the alternatives' CPU and half its heap
 * (docs/benchmarks.md "Session 20, h-page"). The same alternatives come back page after page (a
 * common token's terms), and a named query's hash and equality (its name and inner query) cost far
 * less than its text.
 *
 * <p>Bounded: when {@link #LIMIT} names are kept the map is emptied and fills again with what the
 * next pages use. A key equal to a kept one has the same name by the named query's own equality, so
 * a kept name is always the one its text would give. Safe for concurrent pages.
 */
final class AlternativeNames {

  /** Named queries kept at most (each some 300 bytes with its inner query). */
  static final int LIMIT = 20_000;

  private final Map<Query, TokenReason.Name> names = new ConcurrentHashMap<>();

  /** The name of {@code named} around {@code inner}, as {@link HitReasons#nameOf} gives it. */
  String of(Query named, Query inner) {
    TokenReason.Name name = nameOf(named, inner);
    return name == null ? null : name.text();
  }

  /**
   * The name of {@code named} around {@code inner} read into its parts; null when {@link
   * HitReasons#nameOf} reads none. Kept read: splitting the name again on every page was some 8 %
   * of the heap the reasons allocated (docs/benchmarks.md "Session 25, h-answer").
   */
  TokenReason.Name nameOf(Query named, Query inner) {
    TokenReason.Name name = names.get(named);
    if (name == null) {
      String text = HitReasons.nameOf(named, inner);
      if (text != null) {
        name = TokenReason.Name.of(text);
        keep(named, name);
      }
    }
    return name;
  }

  /** Names kept now (for tests). */
  int size() {
    return names.size();
  }

  private void keep(Query named, TokenReason.Name name) {
    if (names.size() >= LIMIT) {
      names.clear();
    }
    names.put(named, name);
  }
}
