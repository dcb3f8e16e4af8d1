package org.sijil.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijil.core.fields.AgeParser;
import org.sijil.core.fields.DateParser;
import org.sijil.core.fields.Parsed;
import org.sijil.core.fields.Plausibility;
import org.sijil.core.fields.SexParser;
import org.sijil.core.fields.UnknownValue;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RawRow;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;
import org.sijil.core.record.Sex;

/**
 * Turns one row of cells into a record with warnings, or a reject. Column positions are fixed up
 * front.
 */
final class RowParser {

  /**
   * Longest cell accepted: what a spreadsheet cell holds (Excel's limit); a longer one is damage.
   */
  static final int MAX_CELL = 32_767;

  private final int width;
  private final String[] rawKeys;
  private final int[] column = new int[CanonicalField.values().length];
  private final DateParser dates;
  private final boolean padShortRows;
  private final LocalDate asOf;
  private final boolean plausibility;

  // A list repeats its dates, ages and sexes: each text is parsed once (parsing is pure). An age
  // marked unknown ("-1", "غير معروف") is blank: absent without a warning. Asked inside the memo,
  // the marker check's clean-up of a cell like "5 months" (a regular expression) runs once per
  // distinct text, not once per row.
  private final Memo<Age> ages =
      new Memo<>(text -> UnknownValue.isUnknown(text) ? Parsed.blank() : AgeParser.parse(text));
  private final Memo<LocalDate> dateValues;
  private final Memo<Sex> sexes = new Memo<>(SexParser::parse);

  /**
   * @param headers header cells
   * @param mapping canonical field key to header index
   * @param padShortRows true for formats without a fixed column count (XLSX, JSON objects)
   * @param asOf the list's as-of date for plausibility warnings, or null
   * @param plausibility true to add {@link Plausibility} warnings
   */
  RowParser(
      List<String> headers,
      Map<String, Integer> mapping,
      int pivotYear,
      boolean padShortRows,
      LocalDate asOf,
      boolean plausibility) {
    this.asOf = asOf;
    this.plausibility = plausibility;
    this.width = headers.size();
    this.rawKeys = RawRow.uniqueHeaders(headers, 0);
    this.dates = new DateParser(pivotYear);
    this.dateValues = new Memo<>(dates::parse);
    this.padShortRows = padShortRows;
    java.util.Arrays.fill(column, -1);
    mapping.forEach((key, idx) -> column[CanonicalField.byKey(key).orElseThrow().ordinal()] = idx);
  }

  ReadRow parse(long row, List<String> cells) {
    int n = cells.size();
    for (int i = 0; i < n; i++) {
      int length = cells.get(i).length();
      if (length > MAX_CELL) {
        return reject(
            row,
            cells,
            "cell "
                + (i + 1)
                + " is "
                + String.format("%,d", length)
                + " characters long, more than a spreadsheet cell holds ("
                + String.format("%,d", MAX_CELL)
                + ")");
      }
    }
    if (n > width) {
      for (int i = width; i < n; i++) {
        if (!cells.get(i).isEmpty()) {
          return reject(row, cells, "wrong column count: " + n + " cells, the header has " + width);
        }
      }
    } else if (n < width && !padShortRows) {
      return reject(
          row,
          cells,
          "wrong column count: " + n + " cell" + (n == 1 ? "" : "s") + ", the header has " + width);
    }
    String id = text(cells, CanonicalField.ID);
    String nameAr = text(cells, CanonicalField.NAME_AR);
    String nameEn = text(cells, CanonicalField.NAME_EN);
    if (id == null && nameAr == null && nameEn == null) {
      return reject(row, cells, "no name and no id");
    }
    List<RowWarning> warnings = new ArrayList<>(0);
    Age age = value(row, cells, CanonicalField.AGE, ages, "unparsed_age", warnings);
    LocalDate dob = value(row, cells, CanonicalField.DOB, dateValues, "unparsed_date", warnings);
    Sex sex = value(row, cells, CanonicalField.SEX, sexes, "unparsed_sex", warnings);
    LocalDate dod = value(row, cells, CanonicalField.DOD, dateValues, "unparsed_date", warnings);
    RawRow raw = new RawRow(rawKeys, n > width ? cells.subList(0, width) : cells);
    CasualtyRecord record =
        new CasualtyRecord(
            row,
            id,
            nameAr,
            nameEn,
            age,
            dob,
            sex,
            text(cells, CanonicalField.SOURCE),
            dod,
            text(cells, CanonicalField.PLACE),
            raw);
    if (plausibility) {
      warnings.addAll(Plausibility.check(record, asOf));
    }
    return new ReadRow(row, cells, record, null, warnings);
  }

  private static ReadRow reject(long row, List<String> cells, String reason) {
    return new ReadRow(row, cells, null, new RowReject(row, cells, reason), List.of());
  }

  private String cell(List<String> cells, CanonicalField f) {
    int c = column[f.ordinal()];
    return c < 0 || c >= cells.size() ? null : cells.get(c);
  }

  /** Text fields are kept as written, trimmed; blank is absent. */
  private String text(List<String> cells, CanonicalField f) {
    String s = cell(cells, f);
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private <T> T value(
      long row,
      List<String> cells,
      CanonicalField f,
      java.util.function.Function<String, Parsed<T>> parser,
      String kind,
      List<RowWarning> warnings) {
    String s = cell(cells, f);
    if (s == null) {
      return null;
    }
    Parsed<T> p = parser.apply(s);
    if (p.isInvalid()) {
      warnings.add(new RowWarning(row, f.key(), kind, s, p.problem()));
    }
    return p.value();
  }

  /**
   * The results of a pure parser by text, for the first {@value #MEMO_LIMIT} distinct texts (a
   * column of ids or free text would otherwise grow it without end). One reader's parser is used
   * from one thread at a time.
   */
  static final class Memo<T> implements java.util.function.Function<String, Parsed<T>> {
    static final int MEMO_LIMIT = 1 << 16;
    private final java.util.function.Function<String, Parsed<T>> parser;
    private final Map<String, Parsed<T>> known = new java.util.HashMap<>();

    Memo(java.util.function.Function<String, Parsed<T>> parser) {
      this.parser = parser;
    }

    @Override
    public Parsed<T> apply(String text) {
      Parsed<T> p = known.get(text);
      if (p == null) {
        p = parser.apply(text);
        if (known.size() < MEMO_LIMIT) {
          known.put(text, p);
        }
      }
      return p;
    }
  }
}
