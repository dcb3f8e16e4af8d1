package org.sijil.core.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary-encoded column of values that repeat (dates, ages, sexes): each distinct value is
 * held once and every row keeps its code. Null is a value like the others (code 0). Append-only;
 * read-only (and safe to share between threads) once built.
 */
final class ValueColumn<T> {

  /** Value to code while the column is built; dropped by {@link #trim}. */
  private Map<T, Integer> ids = new HashMap<>();

  private final List<T> values = new ArrayList<>();
  private final Codes codes = new Codes();

  ValueColumn() {
    values.add(null);
  }

  void add(T value) {
    if (value == null) {
      codes.add(0);
      return;
    }
    // get, then put when new: computeIfAbsent with this::newId built a lambda for every row.
    Integer id = ids.get(value);
    if (id == null) {
      id = newId(value);
      ids.put(value, id);
    }
    codes.add(id);
  }

  private int newId(T value) {
    values.add(value);
    return values.size() - 1;
  }

  T get(int row) {
    return values.get(codes.get(row));
  }

  /** Distinct non-null values so far. */
  int distinct() {
    return values.size() - 1;
  }

  int size() {
    return codes.size();
  }

  /** Ends building: drops spare capacity and the lookup of codes by value. */
  void trim() {
    codes.trim();
    ids = null;
    ((ArrayList<T>) values).trimToSize();
  }
}
