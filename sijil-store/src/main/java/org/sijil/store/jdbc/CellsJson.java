package org.sijil.store.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Encodes a row's cells as a JSON array of strings, reusing one generator (the import hot path).
 */
public final class CellsJson {

  private final StringWriter out = new StringWriter(256);
  private final JsonGenerator generator;

  public CellsJson() {
    try {
      generator = JsonColumns.JSON.getFactory().createGenerator(out);
      generator.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String encode(List<String> cells) {
    out.getBuffer().setLength(0);
    try {
      generator.writeStartArray();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        if (c == null) {
          generator.writeNull();
        } else {
          generator.writeString(c);
        }
      }
      generator.writeEndArray();
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
