package org.sijil.core.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A dictionary-encoded column of values that repeat (dates, ages, sexes): each distinct value is
 * held once and every row keeps its code. Null is a value like the others (code 0). Append-only;
 * read-only (and safe to share between threads) once built.
 */
final class ValueColumn<T> {

  /**
   * Value to code while the column is built, when values have no long key; dropped by {@link
   * #trim}.
   */
  private Map<T, Integer> ids;

  /** Long key to code while the column is built, when values have one; dropped by {@link #trim}. */
  private LongCodes idsByKey;

  /** The value's long key (equal values, equal keys; different values, different keys), or null. */
  private final ToLongFunction<T> key;

  private final List<T> values = new ArrayList<>();
  private final Codes codes = new Codes();

  /** A column that tells its values apart by their {@code equals} and {@code hashCode}. */
  ValueColumn() {
    this(null);
  }

  /**
   * A column that tells its values apart by {@code key}, a long that equal values share and
   * different values do not (a date's epoch day): looked up in primitive arrays.
   */
  ValueColumn(ToLongFunction<T> key) {
    this.key = key;
    this.idsByKey = key == null ? null : new LongCodes();
    this.ids = key == null ? new HashMap<>() : null;
    values.add(null);
  }

  void add(T value) {
    if (value == null) {
      codes.add(0);
      return;
    }
    codes.add(key != null ? codeByKey(value) : code(value));
  }

  /** The value's code, a new one when it is new. */
  private int code(T value) {
    // get, then put when new: computeIfAbsent with this::newId built a lambda for every row.
    Integer id = ids.get(value);
    if (id == null) {
      id = newId(value);
      ids.put(value, id);
    }
    return id;
  }

  /** The value's code by its long key, a new one when it is new. */
  private int codeByKey(T value) {
    long k = key.applyAsLong(value);
    int id = idsByKey.get(k);
    if (id == 0) {
      id = newId(value);
      idsByKey.put(k, id);
    }
    return id;
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
    idsByKey = null;
    ((ArrayList<T>) values).trimToSize();
  }
}
