package org.sijil.store.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk rows into one table with {@code COPY ... FROM STDIN} (text format), PostgreSQL's fastest way
 * in. Rows are buffered and sent in chunks of about {@link #CHUNK_CHARS} characters, each chunk its
 * own short {@code COPY}, because a connection runs one statement at a time and a release writes
 * several tables in turn. Everything stays inside the caller's transaction; {@link #close()} sends
 * the rest.
 *
 * <p>Text-format rules: columns are separated by a tab, rows end with a newline, {@code \N} is
 * NULL, and a backslash, tab, newline or carriage return inside a value is escaped with a
 * backslash.
 */
final class CopyRows implements AutoCloseable {

  /** Characters buffered before a chunk is sent: large enough to amortize each COPY. */
  static final int CHUNK_CHARS = 4 << 20;

  /**
   * The buffer's first size; it grows up to about a chunk only for bulk writes (the log appends a
   * few rows at a time, often).
   */
  private static final int INITIAL_CHARS = 8 << 10;

  private static final String NULL = "\\N";

  private static final java.util.HexFormat HEX = java.util.HexFormat.of();

  private final CopyManager copy;
  private final String sql;
  private final StringBuilder buffer = new StringBuilder(INITIAL_CHARS);
  private boolean rowStarted;

  CopyRows(Connection connection, String table, String... columns) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
  }

  CopyRows text(String value) {
    StringBuilder b = separate();
    if (value == null) {
      b.append(NULL);
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return this;
  }

  /** A {@code bytea} value in its hex form ({@code \\x} then two digits a byte, escaped). */
  CopyRows bytes(byte[] value) {
    if (value == null) {
      separate().append(NULL);
    } else {
      separate().append("\\\\x").append(HEX.formatHex(value));
    }
    return this;
  }

  /**
   * Any value {@link org.sijil.store.RegisterTables} carries, in its text form: numbers as Java
   * writes them (PostgreSQL reads back the same double), booleans as {@code t}/{@code f}, a
   * timestamp as its ISO wall-clock value, bytes in hex.
   */
  CopyRows value(Object value) {
    if (value == null || value instanceof String) {
      return text((String) value);
    }
    if (value instanceof byte[] b) {
      return bytes(b);
    }
    if (value instanceof Boolean b) {
      return text(b ? "t" : "f");
    }
    if (value instanceof Number || value instanceof Temporal) {
      separate().append(value); // digits, signs, letters, '-', ':', '.' and 'T': nothing to escape
      return this;
    }
    return text(value.toString());
  }

  /** Ends the current row; a full buffer goes to the server. */
  void endRow() throws SQLException {
    buffer.append('\n');
    rowStarted = false;
    if (buffer.length() >= CHUNK_CHARS) {
      flush();
    }
  }

  private StringBuilder separate() {
    if (rowStarted) {
      buffer.append('\t');
    }
    rowStarted = true;
    return buffer;
  }

  private void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    try {
      copy.copyIn(sql, new StringReader(buffer.toString()));
    } catch (IOException e) {
      throw new SQLException("cannot send rows to the server: " + e.getMessage(), e);
    }
    buffer.setLength(0);
  }

  /** Drops the rows still buffered (the transaction is being rolled back). */
  void discard() {
    buffer.setLength(0);
    rowStarted = false;
  }

  /** Sends the rows still buffered. */
  @Override
  public void close() throws SQLException {
    flush();
  }
}
