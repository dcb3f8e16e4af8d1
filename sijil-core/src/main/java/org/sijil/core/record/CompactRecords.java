package org.sijil.core.record;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The records of one list file held column by column instead of as objects: each column of the file
 * is a {@link CellColumn} (a dictionary for repeating values, UTF-8 bytes for names and ids),
 * parsed values (ages, dates, sexes) are dictionary codes, and the canonical texts are read back
 * from their column (as written, trimmed, blank absent) instead of being stored twice. On a million
 * rows of eleven columns this takes about a sixth of a list of records with their cells as strings.
 *
 * <p>{@link #get} builds the record on every call, equal to the one added (its raw map reads its
 * cells when asked); callers that go over the records several times pay that each time, and should
 * keep what they need rather than the records. Immutable and safe to share between threads once
 * built.
 */
public final class CompactRecords extends AbstractList<CasualtyRecord>
    implements RandomAccess, RecordColumns {

  /** The canonical fields kept as text, in the order of {@link #texts}. */
  private static final CanonicalField[] TEXT_FIELDS = {
    CanonicalField.ID,
    CanonicalField.NAME_AR,
    CanonicalField.NAME_EN,
    CanonicalField.SOURCE,
    CanonicalField.PLACE
  };

  private final int size;
  private final String[] headers;
  private final CellColumn[] cells;
  private final int[] rows;
  private final DerivedText[] texts;
  private final ValueColumn<Age> age;
  private final ValueColumn<LocalDate> dob;
  private final ValueColumn<Sex> sex;
  private final ValueColumn<LocalDate> dod;

  private CompactRecords(Builder b) {
    this.size = b.size;
    this.headers = b.headers == null ? new String[0] : b.headers;
    this.cells = b.cells == null ? new CellColumn[0] : b.cells;
    this.rows = Arrays.copyOf(b.rows, b.size);
    this.texts = b.texts;
    this.age = b.age;
    this.dob = b.dob;
    this.sex = b.sex;
    this.dod = b.dod;
    for (CellColumn c : cells) {
      c.trim();
    }
    age.trim();
    dob.trim();
    sex.trim();
    dod.trim();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CasualtyRecord get(int i) {
    Objects.checkIndex(i, size);
    return new CasualtyRecord(
        rows[i],
        text(0, i),
        text(1, i),
        text(2, i),
        age.get(i),
        dob.get(i),
        sex.get(i),
        text(3, i),
        dod.get(i),
        text(4, i),
        new RawRow(headers, new Cells(i)));
  }

  /** The 1-based data row of record i in its file, without building the record. */
  public long row(int i) {
    Objects.checkIndex(i, size);
    return rows[i];
  }

  /** {@code get(i).text(field)}, read from the field's column alone. */
  @Override
  public String text(CanonicalField field, int i) {
    Objects.checkIndex(i, size);
    return switch (field) {
      case ID -> text(0, i);
      case NAME_AR -> text(1, i);
      case NAME_EN -> text(2, i);
      case SOURCE -> text(3, i);
      case PLACE -> text(4, i);
      case AGE -> toText(age.get(i));
      case DOB -> toText(dob.get(i));
      case SEX -> {
        Sex s = sex.get(i);
        yield s == null ? null : s.code();
      }
      case DOD -> toText(dod.get(i));
    };
  }

  private static String toText(Object value) {
    return value == null ? null : value.toString();
  }

  @Override
  public Age age(int i) {
    Objects.checkIndex(i, size);
    return age.get(i);
  }

  @Override
  public LocalDate dob(int i) {
    Objects.checkIndex(i, size);
    return dob.get(i);
  }

  @Override
  public LocalDate dod(int i) {
    Objects.checkIndex(i, size);
    return dod.get(i);
  }

  private String text(int field, int i) {
    DerivedText t = texts[field];
    if (!t.differs.isEmpty() && t.differs.containsKey(i)) {
      return t.differs.get(i);
    }
    return t.column < 0 ? null : DerivedText.trimmed(cells[t.column].get(i));
  }

  /** A record's cells, read from the columns when asked. */
  private final class Cells extends AbstractList<String> implements RandomAccess {
    private final int row;

    Cells(int row) {
      this.row = row;
    }

    @Override
    public String get(int column) {
      return cells[column].get(row);
    }

    @Override
    public int size() {
      return cells.length;
    }
  }

  /**
   * A canonical text field read from the file column it came from: the cell trimmed, blank as
   * absent (how the list reader derives it). Records whose value is not that (or whose column is
   * not known) keep their own value here, so every record comes back as it was added.
   */
  private static final class DerivedText {
    int column = -1;
    final Map<Integer, String> differs = new HashMap<>();

    static String trimmed(String cell) {
      if (cell == null) {
        return null;
      }
      String t = cell.strip();
      return t.isEmpty() ? null : t;
    }
  }

  /** Adds records one by one (rows of one file: the same columns in the same order). */
  public static final class Builder {
    private int size;
    private String[] headers;
    private CellColumn[] cells;

    /** The cells of the record being added. */
    private String[] current;

    private int[] rows = new int[1024];
    private final DerivedText[] texts = new DerivedText[TEXT_FIELDS.length];
    private final Map<CanonicalField, Integer> hints = new HashMap<>();
    private final ValueColumn<Age> age = new ValueColumn<>();
    private final ValueColumn<LocalDate> dob = new ValueColumn<>(LocalDate::toEpochDay);
    private final ValueColumn<Sex> sex = new ValueColumn<>();
    private final ValueColumn<LocalDate> dod = new ValueColumn<>(LocalDate::toEpochDay);
    private boolean built;

    private Builder() {
      for (int i = 0; i < texts.length; i++) {
        texts[i] = new DerivedText();
      }
    }

    /**
     * Says which column (0-based) a canonical field is read from. Optional: without it the column
     * is found from the first record that has the field; either way a record whose value is not its
     * cell trimmed is kept whole.
     */
    public Builder column(CanonicalField field, int column) {
      hints.put(Objects.requireNonNull(field, "field"), column);
      return this;
    }

    public Builder add(CasualtyRecord r) {
      if (built) {
        throw new IllegalStateException("already built");
      }
      if (headers == null) {
        start(r.raw());
      }
      if (r.row() < 0 || r.row() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("row " + r.row() + " out of range");
      }
      addCells(r);
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, Codes.grown(size));
      }
      rows[size] = (int) r.row();
      for (int f = 0; f < texts.length; f++) {
        addText(f, r.text(TEXT_FIELDS[f]));
      }
      age.add(r.age());
      dob.add(r.dob());
      sex.add(r.sex());
      dod.add(r.dod());
      size++;
      return this;
    }

    public CompactRecords build() {
      built = true;
      return new CompactRecords(this);
    }

    private void start(Map<String, String> raw) {
      headers = raw instanceof RawRow rr ? rr.headerArray() : raw.keySet().toArray(new String[0]);
      cells = new CellColumn[headers.length];
      current = new String[headers.length];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = new CellColumn();
      }
      for (int f = 0; f < texts.length; f++) {
        Integer c = hints.get(TEXT_FIELDS[f]);
        if (c != null && c >= 0 && c < headers.length) {
          texts[f].column = c;
        }
      }
    }

    private void addCells(CasualtyRecord r) {
      Map<String, String> raw = r.raw();
      if (raw instanceof RawRow rr
          && (rr.headerArray() == headers || Arrays.equals(rr.headerArray(), headers))) {
        for (int c = 0; c < cells.length; c++) {
          current[c] = rr.cellAt(c);
          cells[c].add(current[c]);
        }
        return;
      }
      if (raw.size() != headers.length || !raw.keySet().containsAll(List.of(headers))) {
        throw new IllegalArgumentException(
            "row " + r.row() + ": columns " + raw.keySet() + " differ from " + List.of(headers));
      }
      for (int c = 0; c < cells.length; c++) {
        String v = raw.get(headers[c]);
        current[c] = v == null ? "" : v;
        cells[c].add(current[c]);
      }
    }

    /** Keeps the value only when it is not the trimmed cell of the field's column. */
    private void addText(int f, String value) {
      DerivedText t = texts[f];
      if (t.column < 0 && value != null) {
        for (int c = 0; c < cells.length && t.column < 0; c++) {
          if (value.equals(DerivedText.trimmed(current[c]))) {
            t.column = c;
          }
        }
      }
      String derived = t.column < 0 ? null : DerivedText.trimmed(current[t.column]);
      if (!Objects.equals(derived, value)) {
        t.differs.put(size, value);
      }
    }
  }
}
