package org.sijil.synth;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads and writes the small CSV tables under {@code org/sijil/synth/} with a fixed header. */
final class CountTableIo {

  private static final CsvMapper MAPPER = new CsvMapper();

  private CountTableIo() {}

  /** The data rows of a bundled table, after checking its header is exactly {@code header}. */
  static List<String[]> readResource(String name, String... header) {
    String path = "/org/sijil/synth/" + name;
    try (InputStream in = CountTableIo.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled name table missing from the jar: " + path);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), path, header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled name table " + path, e);
    }
  }

  static List<String[]> read(Reader reader, String what, String... header) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it =
        MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
      if (!it.hasNext() || !Arrays.equals(it.next(), header)) {
        throw new IllegalStateException(what + ": header must be " + String.join(",", header));
      }
      int line = 1;
      while (it.hasNext()) {
        String[] row = it.next();
        line++;
        if (row.length != header.length) {
          throw new IllegalStateException(
              what
                  + " line "
                  + line
                  + ": expected "
                  + header.length
                  + " fields, got "
                  + row.length);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static void write(Path file, List<String[]> rows, String... header) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : header) {
      schema.addColumn(column);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter w = MAPPER.writerFor(String[].class).with(schema.build()).writeValues(out)) {
      for (String[] row : rows) {
        w.write(row);
      }
    }
  }

  static int parseCount(String[] row, int column, String what) {
    try {
      int n = Integer.parseInt(row[column]);
      if (n < 0) {
        throw new NumberFormatException("negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalStateException(what + ": bad count '" + row[column] + "' for " + row[0], e);
    }
  }
}
