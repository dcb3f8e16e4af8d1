package org.sijil.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.UserError;
import org.sijil.core.fields.DateParser;

/**
 * Reads casualty list files (CSV/TSV, XLSX, JSON) into canonical records, streaming. Every command
 * that reads list files goes through here: import, and linkage commands that read files directly.
 *
 * <pre>
 * try (ListRead read = ListReader.read(path, ReadOptions.defaults())) {
 *   read.layout();                       // format, encoding, title lines, headers, field mapping
 *   while (read.hasNext()) {
 *     ReadRow r = read.next();           // record + warnings, or reject (with file row and reason)
 *   }
 * }
 * </pre>
 *
 * <p>The header is the first of the first {@value #HEADER_SEARCH} rows in which at least two cells
 * are recognized headers (or mapped by the mapping file); rows above it are title lines, kept in
 * the layout. A plain "name" column is the Arabic or the Latin name by the script of its first
 * values.
 */
public final class ListReader {

  /** Rows searched for the header. */
  static final int HEADER_SEARCH = 25;

  /** Rows read ahead to judge column content. */
  static final int LOOKAHEAD = 250;

  private ListReader() {}

  /** Same as {@link #open}: opens {@code file} for reading its rows. */
  public static ListRead read(Path file, ReadOptions options) {
    return open(file, options);
  }

  /** Opens {@code file} with everything detected. */
  public static ListRead read(Path file) {
    return open(file, ReadOptions.defaults());
  }

  /**
   * Opens {@code file} and reads up to its header; rows stream from the returned {@link ListRead}.
   *
   * @throws UserError when the file is missing, unreadable, or has no recognizable header
   */
  public static ListRead open(Path file, ReadOptions options) {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file);
    }
    FileFormat format = options.format() != null ? options.format() : FileFormat.detect(file);
    CellSource source;
    try {
      source =
          switch (format) {
            case CSV -> CsvCells.open(file, options.encoding());
            case XLSX -> XlsxCells.open(file, options.sheet());
            case JSON -> JsonCells.open(file, options.encoding());
          };
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return layOut(file, format, source, options);
    } catch (RuntimeException | IOException e) {
      try {
        source.close();
      } catch (IOException ignored) {
        // the original failure matters
      }
      if (e instanceof IOException io) {
        throw new UserError("cannot read " + file + ": " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    }
  }

  private static ListRead layOut(
      Path file, FileFormat format, CellSource source, ReadOptions options) throws IOException {
    Mapping mapping = options.mapping() != null ? options.mapping() : Mapping.of(Map.of());
    ArrayDeque<List<String>> ahead = new ArrayDeque<>();
    List<String> row;
    while (ahead.size() < LOOKAHEAD && (row = source.next()) != null) {
      ahead.add(row);
    }
    List<List<String>> preamble = new ArrayList<>();
    List<String> notes0 = new ArrayList<>();
    List<String> declared = source.declaredHeader();
    List<String> headers = declared;
    DateParser dates = new DateParser(options.pivotYear());
    boolean headerRow = declared == null;
    if (declared == null) {
      int at = findHeader(new ArrayList<>(ahead), mapping);
      if (at < 0) {
        ContentColumns.Start start = ContentColumns.headerless(new ArrayList<>(ahead), dates);
        if (start != null) {
          at = start.row();
          headerRow = start.header();
        }
      }
      if (at < 0) {
        List<String> first = ahead.isEmpty() ? List.of() : ahead.peekFirst();
        throw new org.sijil.core.SijilException(
            org.sijil.core.ErrorCode.NO_HEADER,
            file
                + ": no header row recognized in the first "
                + HEADER_SEARCH
                + " rows (first row: "
                + first
                + "), and no column of names found by content",
            file.toString(),
            null,
            null,
            java.util.Map.of(),
            null);
      }
      for (int i = 0; i < at; i++) {
        preamble.add(ahead.removeFirst());
      }
      if (headerRow) {
        headers = ahead.removeFirst();
      } else {
        headers = ContentColumns.positional(new ArrayList<>(ahead));
        notes0.add("no header row: the columns are named by position and read by their content");
      }
    }
    List<String> notes = new ArrayList<>();
    if (source.encodingEvidence() != null) {
      notes.add("encoding " + source.encodingEvidence());
    }
    notes.addAll(notes0);
    Map<String, Integer> fields = mapColumns(headers, new ArrayList<>(ahead), mapping, notes);
    List<UnmappedColumn> unmapped =
        ContentColumns.assign(headers, new ArrayList<>(ahead), mapping, fields, notes, dates);
    fields = inColumnOrder(fields);
    if (!fields.containsKey("name_ar") && !fields.containsKey("name_en") && !mapping.noNames()) {
      throw noNameColumn(file, headers, unmapped);
    }
    if (!fields.containsKey("id")
        && !fields.containsKey("name_ar")
        && !fields.containsKey("name_en")) {
      throw new org.sijil.core.SijilException(
          org.sijil.core.ErrorCode.NO_HEADER,
          file + ": no id or name column among the headers " + headers,
          file.toString(),
          null,
          null,
          java.util.Map.of(),
          null);
    }
    Map<String, String> byHeader = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : fields.entrySet()) {
      byHeader.put(e.getKey(), headers.get(e.getValue()));
    }
    if (format == FileFormat.CSV && headers.equals(CanonicalCsv.HEADER)) {
      notes.add(
          "a Sijil canonical export (its exact header): the ' guarding formula-like cells is removed");
    }
    Layout layout =
        new Layout(format, source.encoding(), preamble, headers, byHeader, notes, unmapped);
    // XLSX rows end at their last non-blank cell and JSON objects may omit keys: short rows are
    // padded.
    // CSV rows and JSON arrays state every cell, so a short row there is a wrong column count.
    boolean pad = format == FileFormat.XLSX || declared != null;
    RowParser parser =
        new RowParser(
            headers,
            fields,
            options.pivotYear(),
            pad,
            options.factChecks() ? options.asOf() : null,
            options.factChecks());
    int rowsBeforeData = preamble.size() + (headerRow ? 1 : 0);
    return new ListRead(file, source, layout, ahead, parser, rowsBeforeData, options.factChecks());
  }

  /** The error for a file in which no column of names was found, listing what it has. */
  private static RuntimeException noNameColumn(
      Path file, List<String> headers, List<UnmappedColumn> unmapped) {
    StringBuilder cols = new StringBuilder();
    for (UnmappedColumn u : unmapped) {
      cols.append(cols.length() == 0 ? "" : "; ").append(u.describe());
    }
    return new org.sijil.core.SijilException(
        org.sijil.core.ErrorCode.NO_HEADER,
        file
            + ": no name column found, by header or by content, among its "
            + headers.size()
            + " columns"
            + (unmapped.isEmpty() ? "" : " (unmapped: " + cols + ")")
            + ". Name the column in a mapping file (--mapping FILE with a line 'HEADER = name_ar'"
            + " or 'HEADER = name_en'), or add the line 'names = none' if the list has no names",
        file.toString(),
        null,
        null,
        java.util.Map.of(),
        null);
  }

  private static Map<String, Integer> inColumnOrder(Map<String, Integer> fields) {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    fields.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** Index of the header row among the first rows, or -1. */
  static int findHeader(List<List<String>> rows, Mapping mapping) {
    int limit = Math.min(rows.size(), HEADER_SEARCH);
    int single = -1;
    for (int i = 0; i < limit; i++) {
      int score = 0;
      for (String cell : rows.get(i)) {
        if (mapping.fieldFor(cell) != null || Headers.recognize(cell) != null) {
          score++;
        }
      }
      if (score >= 2) {
        return i;
      }
      if (score == 1 && single < 0) {
        single = i;
      }
    }
    return single;
  }

  /**
   * Canonical field key to column index, in column order; explains non-obvious choices in notes.
   */
  static Map<String, Integer> mapColumns(
      List<String> headers, List<List<String>> sample, Mapping mapping, List<String> notes) {
    Map<String, Integer> fields = new LinkedHashMap<>();
    List<Integer> plainNames = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      String f = mapping.fieldFor(h);
      if (f == null) {
        f = Headers.recognize(h);
      } else if (f.isEmpty()) {
        notes.add("column '" + h + "' left unmapped by the mapping file");
        continue;
      }
      if (f == null) {
        continue;
      }
      if (f.equals(Headers.NAME)) {
        plainNames.add(i);
        continue;
      }
      claim(fields, f, i, h, notes);
    }
    for (int i : plainNames) {
      List<String> values = new ArrayList<>();
      for (List<String> r : sample) {
        if (i < r.size() && !r.get(i).isBlank()) {
          values.add(r.get(i));
        }
      }
      double share = Headers.arabicShare(values);
      String f = share >= 0.5 ? "name_ar" : "name_en";
      if (values.isEmpty()) {
        f = fields.containsKey("name_ar") ? "name_en" : "name_ar";
      }
      notes.add(
          "column '"
              + headers.get(i)
              + "' read as "
              + f
              + " ("
              + Math.round(share * 100)
              + "% Arabic script in its first "
              + values.size()
              + " values)");
      claim(fields, f, i, headers.get(i), notes);
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    fields.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  private static void claim(
      Map<String, Integer> fields, String f, int i, String header, List<String> notes) {
    if (fields.containsKey(f)) {
      notes.add("column '" + header + "' also looks like " + f + "; kept only as a raw column");
    } else {
      fields.put(f, i);
    }
  }
}
