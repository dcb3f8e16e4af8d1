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

/**
 * Writes records as CSV in canonical columns ({@code id, name_ar, name_en, age, dob, sex, source, dod,
 * place}), UTF-8 without BOM, RFC 4180 quoting. {@link ListReader} reads such a file back into the
 * same records.
 */
public final class CanonicalCsv implements AutoCloseable {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private final CSVPrinter printer;
  private final List<String> row = new ArrayList<>(CanonicalField.values().length);

  public CanonicalCsv(Writer out) {
    try {
      this.printer = new CSVPrinter(out, FORMAT);
      List<String> header = new ArrayList<>();
      for (CanonicalField f : CanonicalField.values()) {
        header.add(f.key());
      }
      printer.printRecord(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(CasualtyRecord r) {
    row.clear();
    for (CanonicalField f : CanonicalField.values()) {
      String v = r.text(f);
      row.add(v == null ? "" : v);
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
