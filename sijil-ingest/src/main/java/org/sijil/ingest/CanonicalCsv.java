package org.sijil.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.text.FormulaCells;

/**
 * Writes records as CSV in canonical columns ({@code id, name_ar, name_en, age, dob, sex, source,
 * dod, place}), UTF-8 without BOM, RFC 4180 quoting. The file is for spreadsheets as much as for
 * Sijil, so formula-like cells get a leading {@code '} ({@link FormulaCells}); {@link ListReader}
 * knows the file by its exact canonical header, removes exactly those guards and reads the same
 * records back.
 */
public final class CanonicalCsv implements AutoCloseable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  /** The header row, the canonical field keys in order: how a reader knows the file. */
  static final List<String> HEADER =
      java.util.Arrays.stream(CanonicalField.values()).map(CanonicalField::key).toList();

  private final CSVPrinter printer;
  private final List<String> row = new ArrayList<>(CanonicalField.values().length);

  public CanonicalCsv(Writer out) {
    try {
      this.printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(CasualtyRecord r) {
    row.clear();
    for (CanonicalField f : CanonicalField.values()) {
      String v = r.text(f);
      row.add(v == null ? "" : FormulaCells.neutralise(v));
    }
    try {
      printer.printRecord(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
