package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RecordColumns;

/**
 * Read-only views of a job's records in another order or of two lists as one. A job reads its
 * records through these instead of copying them into a new list: records held column by column
 * ({@link org.sijil.core.record.CompactRecords}) are built when read, and a copy would build and
 * hold every one of them at once. Views of records read their fields by column too ({@link
 * RecordColumns}), so features never build a record.
 */
final class RecordViews {

  private RecordViews() {}

  /** The list itself when it reads by index cheaply, else a copy that does. */
  static <T> List<T> indexed(List<T> list) {
    return list instanceof RandomAccess ? list : new ArrayList<>(list);
  }

  /** {@code list.get(order[i])} at i. */
  static List<CasualtyRecord> permuted(List<CasualtyRecord> list, int[] order) {
    List<CasualtyRecord> base = indexed(list);
    if (order.length != base.size()) {
      throw new IllegalArgumentException(order.length + " positions for " + base.size() + " items");
    }
    return new Permuted(base, order);
  }

  /** The left list's records, then the right's. */
  static List<CasualtyRecord> concat(List<CasualtyRecord> left, List<CasualtyRecord> right) {
    return new Concat(indexed(left), indexed(right));
  }

  private static final class Permuted extends AbstractList<CasualtyRecord>
      implements RandomAccess, RecordColumns {
    private final List<CasualtyRecord> base;
    private final RecordColumns columns;
    private final int[] order;

    Permuted(List<CasualtyRecord> base, int[] order) {
      this.base = base;
      this.columns = RecordColumns.of(base);
      this.order = order;
    }

    @Override
    public CasualtyRecord get(int i) {
      return base.get(order[i]);
    }

    @Override
    public int size() {
      return order.length;
    }

    @Override
    public String text(CanonicalField field, int i) {
      return columns.text(field, order[i]);
    }

    @Override
    public Age age(int i) {
      return columns.age(order[i]);
    }

    @Override
    public LocalDate dob(int i) {
      return columns.dob(order[i]);
    }

    @Override
    public LocalDate dod(int i) {
      return columns.dod(order[i]);
    }
  }

  private static final class Concat extends AbstractList<CasualtyRecord>
      implements RandomAccess, RecordColumns {
    private final List<CasualtyRecord> left;
    private final List<CasualtyRecord> right;
    private final RecordColumns leftColumns;
    private final RecordColumns rightColumns;

    Concat(List<CasualtyRecord> left, List<CasualtyRecord> right) {
      this.left = left;
      this.right = right;
      this.leftColumns = RecordColumns.of(left);
      this.rightColumns = RecordColumns.of(right);
    }

    @Override
    public CasualtyRecord get(int i) {
      return i < left.size() ? left.get(i) : right.get(i - left.size());
    }

    @Override
    public int size() {
      return left.size() + right.size();
    }

    @Override
    public String text(CanonicalField field, int i) {
      int l = left.size();
      return i < l ? leftColumns.text(field, i) : rightColumns.text(field, i - l);
    }

    @Override
    public Age age(int i) {
      int l = left.size();
      return i < l ? leftColumns.age(i) : rightColumns.age(i - l);
    }

    @Override
    public LocalDate dob(int i) {
      int l = left.size();
      return i < l ? leftColumns.dob(i) : rightColumns.dob(i - l);
    }

    @Override
    public LocalDate dod(int i) {
      int l = left.size();
      return i < l ? leftColumns.dod(i) : rightColumns.dod(i - l);
    }
  }
}
