package org.sijil.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.core.fields.DateParser;

/**
 * The reader's second look at a file's columns, by their values ({@link ColumnContent}): it maps
 * the columns whose header is unknown, lists every column left unmapped, and finds where the data
 * starts in a file whose header row holds nothing Sijil knows (or that has no header row at all).
 */
final class ContentColumns {

  /** Header given to column {@code n} of a file without a header row. */
  static final String POSITIONAL = "column ";

  /**
   * Where a file's rows start when no header was recognized.
   *
   * @param row index of the first row after the title lines
   * @param header whether that row is a header (odd headers) or already data (no header row)
   */
  record Start(int row, boolean header) {}

  private ContentColumns() {}

  /**
   * Finds the start of a file whose header no vocabulary recognized: the first of the first rows
   * with at least half as many filled cells as the fullest row (title lines have fewer) is the
   * header when most of the columns judged by content below it have a cell there that does not fit
   * their kind ("Victim", "Years", "Gender" above names, ages and sex codes), else it is the first
   * data row.
   *
   * @return the start, or null when no column of names is found below any such row
   */
  static Start headerless(List<List<String>> rows, DateParser dates) {
    int fullest = 0;
    for (List<String> r : rows) {
      fullest = Math.max(fullest, filled(r));
    }
    int limit = Math.min(rows.size(), ListReader.HEADER_SEARCH);
    int first = -1;
    for (int i = 0; i < limit && first < 0; i++) {
      if (filled(rows.get(i)) * 2 >= fullest && filled(rows.get(i)) > 0) {
        first = i;
      }
    }
    if (first < 0) {
      return null;
    }
    List<List<String>> below = rows.subList(first + 1, rows.size());
    List<String> top = rows.get(first);
    boolean names = false;
    int fit = 0;
    int misfit = 0;
    for (int c = 0; c < width(rows); c++) {
      String field = ColumnContent.classify(column(below, c), dates).field();
      if (field == null) {
        continue;
      }
      names |= field.startsWith("name_");
      String cell = c < top.size() ? top.get(c) : "";
      boolean oneWordName = field.startsWith("name_") && cell.strip().split("\\s+").length < 2;
      if (ColumnContent.fits(field, cell, dates) && !oneWordName) {
        fit++;
      } else {
        misfit++;
      }
    }
    return names ? new Start(first, misfit > fit) : null;
  }

  /** Headers {@code column 1 … column N} for a file without a header row. */
  static List<String> positional(List<List<String>> rows) {
    List<String> h = new ArrayList<>();
    for (int c = 0; c < width(rows); c++) {
      h.add(POSITIONAL + (c + 1));
    }
    return h;
  }

  /**
   * Maps by content each column that neither the mapping nor the header vocabulary placed, when its
   * kind is still free; adds a note for each such choice.
   *
   * @param fields canonical field to column index so far; columns mapped by content are added
   * @return every column that still feeds no field, with why
   */
  static List<UnmappedColumn> assign(
      List<String> headers,
      List<List<String>> sample,
      Mapping mapping,
      Map<String, Integer> fields,
      List<String> notes,
      DateParser dates) {
    List<UnmappedColumn> unmapped = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (fields.containsValue(i)) {
        continue;
      }
      String h = headers.get(i);
      List<String> values = column(sample, i);
      String byMapping = mapping.fieldFor(h);
      String byHeader = Headers.recognize(h);
      String reason;
      if (byMapping != null && byMapping.isEmpty()) {
        reason = "left unmapped by the mapping file";
      } else if (byMapping != null || byHeader != null) {
        reason =
            "its header means " + (byMapping != null ? byMapping : byHeader) + ", already read";
      } else {
        ColumnContent.Guess g = ColumnContent.classify(values, dates);
        if (g.field() != null && !fields.containsKey(g.field())) {
          fields.put(g.field(), i);
          notes.add(
              "column '"
                  + h
                  + "' read as "
                  + g.field()
                  + " by its content ("
                  + Math.round(g.share() * 100)
                  + "% of its first "
                  + g.values()
                  + " values fit)");
          continue;
        }
        reason =
            g.field() != null
                ? "its values look like " + g.field() + ", already read from another column"
                : g.values() < ColumnContent.MIN_VALUES
                    ? "too few values to tell what it holds"
                    : "its values fit no field";
      }
      unmapped.add(new UnmappedColumn(h, i + 1, samples(values), reason));
    }
    return unmapped;
  }

  private static List<String> samples(List<String> values) {
    Set<String> s = new LinkedHashSet<>();
    for (String v : values) {
      if (s.size() == UnmappedColumn.SAMPLES) {
        break;
      }
      if (!v.isBlank()) {
        s.add(v.strip());
      }
    }
    return List.copyOf(s);
  }

  static List<String> column(List<List<String>> rows, int c) {
    List<String> values = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      values.add(c < r.size() ? r.get(c) : "");
    }
    return values;
  }

  private static int width(List<List<String>> rows) {
    int w = 0;
    for (List<String> r : rows) {
      w = Math.max(w, r.size());
    }
    return w;
  }

  private static int filled(List<String> row) {
    int n = 0;
    for (String c : row) {
      if (!c.isBlank()) {
        n++;
      }
    }
    return n;
  }
}
