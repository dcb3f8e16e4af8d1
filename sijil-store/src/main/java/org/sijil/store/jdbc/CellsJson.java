package org.sijil.store.jdbc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Encodes a row's cells as a JSON array of strings ({@code raw_rows.cells}), reusing one generator
 * (the import hot path); or keeps them as {@link Cells} for a backend that writes the JSON straight
 * into its own stream as UTF-8 ({@link #utf8Generator}), with no text in between.
 */
public final class CellsJson {

  /**
   * A row's cells as they are, to be stored as their JSON text: {@link #toString()} is that text,
   * the same {@link CellsJson#encode} gives.
   */
  public record Cells(List<String> values) {
    @Override
    public String toString() {
      return new CellsJson().encode(values);
    }

    /** About how many characters the JSON text has (for sizing batches). */
    public int chars() {
      int n = 2 + 3 * values.size();
      for (String v : values) {
        n += v == null ? 4 : v.length();
      }
      return n;
    }

    /**
     * True when a value holds a UTF-16 surrogate: Jackson's UTF-8 generator writes those as {@code
     * \\u} escapes where the text's UTF-8 has the character's own bytes (or {@code ?} for a lone
     * one), so such rows are written from the text instead.
     */
    public boolean hasSurrogate() {
      for (String v : values) {
        if (v != null) {
          for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

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
      write(generator, cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A generator writing UTF-8 into {@code out}, for {@link #write}, configured as the text one. */
  public static JsonGenerator utf8Generator(OutputStream out) {
    try {
      JsonGenerator g = JsonColumns.JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
      g.setRootValueSeparator(null);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code cells} as one JSON array with {@code generator}, then flushes it. */
  public static void write(JsonGenerator generator, List<String> cells) throws IOException {
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
  }
}
