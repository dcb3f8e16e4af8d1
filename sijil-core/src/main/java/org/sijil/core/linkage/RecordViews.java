package org.sijil.core.linkage;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Read-only views of a job's records in another order or of two lists as one. A job reads its
 * records through these instead of copying them into a new list: records held column by column
 * ({@link org.sijil.core.record.CompactRecords}) are built when read, and a copy would build and
 * hold every one of them at once.
 */
final class RecordViews {

  private RecordViews() {}

  /** The list itself when it reads by index cheaply, else a copy that does. */
  static <T> List<T> indexed(List<T> list) {
    return list instanceof RandomAccess ? list : new ArrayList<>(list);
  }

  /** {@code list.get(order[i])} at i. */
  static <T> List<T> permuted(List<T> list, int[] order) {
    List<T> base = indexed(list);
    if (order.length != base.size()) {
      throw new IllegalArgumentException(order.length + " positions for " + base.size() + " items");
    }
    return new Permuted<>(base, order);
  }

  /** The left list's items, then the right's. */
  static <T> List<T> concat(List<T> left, List<T> right) {
    return new Concat<>(indexed(left), indexed(right));
  }

  private static final class Permuted<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> base;
    private final int[] order;

    Permuted(List<T> base, int[] order) {
      this.base = base;
      this.order = order;
    }

    @Override
    public T get(int i) {
      return base.get(order[i]);
    }

    @Override
    public int size() {
      return order.length;
    }
  }

  private static final class Concat<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> left;
    private final List<T> right;

    Concat(List<T> left, List<T> right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public T get(int i) {
      return i < left.size() ? left.get(i) : right.get(i - left.size());
    }

    @Override
    public int size() {
      return left.size() + right.size();
    }
  }
}
