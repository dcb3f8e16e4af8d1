package org.sijil.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.ingest.CanonicalCsv;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.parquet.ParquetTable;

/**
 * Use case: a release's records in canonical columns as CSV (optionally with a UTF-8 byte order
 * mark for spreadsheets), JSON or Parquet, its data dictionary, and the stamp of the register
 * snapshot it was taken from.
 */
public final class ExportRelease {

  /** The canonical columns, in order. */
  public static final List<String> COLUMNS =
      Arrays.stream(CanonicalField.values()).map(CanonicalField::key).toList();

  private final Register register;

  public ExportRelease(Register register) {
    this.register = register;
  }

  /**
   * The register snapshot as it stands: the integrity log's size and the latest published
   * snapshot's id ({@code log-1234-snapshot-5}; {@code -snapshot-none} before any publish).
   */
  public String stamp() {
    long size = register.integrity().entryCount();
    var snap = register.integrity().latestSnapshot();
    return "log-" + size + "-snapshot-" + snap.map(s -> Long.toString(s.id())).orElse("none");
  }

  /** The file name of a download: {@code sijil-SOURCE-RELEASE-STAMP.FORMAT}, file-name safe. */
  public String fileName(Release r, String format) {
    return ("sijil-" + r.source() + "-" + r.label() + "-" + stamp() + "." + format)
        .replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }

  /** CSV in canonical columns ({@code sijil import} reads it back). */
  public void csv(Release r, Writer w, boolean bom) {
    try {
      if (bom) {
        w.write('\uFEFF');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CanonicalCsv csv = new CanonicalCsv(w);
    register.records().forEach(r.id(), csv::write);
    csv.close();
  }

  /** A JSON array of objects by canonical column, absent values as null. */
  public void json(Release r, Writer w, ObjectMapper mapper) {
    try (JsonGenerator g = mapper.getFactory().createGenerator(w)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      register
          .records()
          .forEach(
              r.id(),
              rec -> {
                try {
                  mapper.writeValue(g, row(rec));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parquet, written by DuckDB. */
  public void parquet(Release r, Path out) {
    List<List<Object>> rows = new ArrayList<>();
    register.records().forEach(r.id(), rec -> rows.add(new ArrayList<>(row(rec).values())));
    ParquetTable.write(out, DataDictionary.parquet(COLUMNS), rows.iterator());
  }

  /** The data dictionary of the canonical columns as CSV: column, type, meaning_en, meaning_ar. */
  public static void dictionary(Writer w, boolean bom) {
    try {
      if (bom) {
        w.write('\uFEFF');
      }
      CSVPrinter csv =
          new CSVPrinter(
              w,
              CSVFormat.RFC4180
                  .builder()
                  .setHeader("column", "type", "meaning_en", "meaning_ar")
                  .build());
      for (DataDictionary.Column c : DataDictionary.canonical(COLUMNS)) {
        csv.printRecord(c.name(), c.type(), c.en(), c.ar());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> row(CasualtyRecord rec) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (CanonicalField f : CanonicalField.values()) {
      m.put(f.key(), rec.text(f));
    }
    return m;
  }
}
