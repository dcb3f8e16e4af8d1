package org.sijil.core.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The canonical fields of a list's records read one field of one record at a time, by record index,
 * without building the record: what features read, a field for every record. Records held column by
 * column ({@link CompactRecords}) answer from the field's own column; a plain list answers from its
 * records. Every answer equals the same call on {@code records.get(i)}.
 */
public interface RecordColumns {

  /** Number of records. */
  int size();

  /** {@code get(i).text(field)}. */
  String text(CanonicalField field, int i);

  /** {@code get(i).age()}. */
  Age age(int i);

  /** {@code get(i).dob()}. */
  LocalDate dob(int i);

  /** {@code get(i).dod()}. */
  LocalDate dod(int i);

  /**
   * The columns of a list: the list itself when it reads its fields by column, else a reader over
   * its records (copied into an indexed list when it is not one).
   */
  static RecordColumns of(List<CasualtyRecord> records) {
    Objects.requireNonNull(records, "records");
    if (records instanceof RecordColumns c) {
      return c;
    }
    List<CasualtyRecord> indexed =
        records instanceof RandomAccess ? records : new java.util.ArrayList<>(records);
    return new RecordColumns() {
      @Override
      public int size() {
        return indexed.size();
      }

      @Override
      public String text(CanonicalField field, int i) {
        return indexed.get(i).text(field);
      }

      @Override
      public Age age(int i) {
        return indexed.get(i).age();
      }

      @Override
      public LocalDate dob(int i) {
        return indexed.get(i).dob();
      }

      @Override
      public LocalDate dod(int i) {
        return indexed.get(i).dod();
      }
    };
  }
}
