package org.sijil.store.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Encodes a row's cells as a JSON array of strings, reusing one generator and one buffer (the
 * import hot path; unlike a {@code StringWriter}, the buffer takes no lock on each write).
 */
public final class CellsJson {

  private final Chars out = new Chars();
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
    out.text.setLength(0);
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
    return out.text.toString();
  }

  /** A writer into a reused, unsynchronized buffer. */
  private static final class Chars extends Writer {
    private final StringBuilder text = new StringBuilder(256);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
