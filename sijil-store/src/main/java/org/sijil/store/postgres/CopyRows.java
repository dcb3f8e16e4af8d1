package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Bulk rows into one table with {@code COPY ... FROM STDIN}, PostgreSQL's fastest way in: in the
 * binary format ({@link CopyBinary}) when every column's type has one there, else (or for a chunk
 * holding a value without an exact binary form) in the text format ({@link CopyText}). Rows are
 * collected and sent in chunks of about {@link #CHUNK_CHARS} characters, each chunk its own short
 * {@code COPY}, because a connection runs one statement at a time and a release writes several
 * tables in turn. Everything stays inside the caller's transaction; {@link #close()} sends the
 * rest.
 *
 * <p>A full chunk is encoded and sent on a background thread while the caller goes on with the next
 * rows, so the encoding and the server's parsing and inserting overlap the caller's own work (an
 * import's parsing and hashing) instead of alternating with it. At most one chunk per table is in
 * flight (memory stays bounded, rows stay in order); the driver runs one {@code COPY} at a time on
 * the connection, and any other statement waits for it. A failed send is reported by the next full
 * chunk or by {@link #close()}.
 */
final class CopyRows implements AutoCloseable {

  /**
   * Characters (of text values; bytes of byte strings; 8 for any other value) collected before a
   * chunk is sent: large enough to amortize each COPY, small enough that a chunk in flight stays a
   * few MB. Byte strings count their length: counted as one value each, a chunk of the integrity
   * log's entries held ~55,000 rows, tens of MB twice over while the next filled
   * (docs/benchmarks.md, "Session 26, h-copy1m").
   */
  static final int CHUNK_CHARS = 2 << 20;

  private static final int VALUE_CHARS = 8;

  /** The first buffer of the encoder; it grows up to about a chunk only for bulk writes. */
  private static final int INITIAL_BYTES = 8 << 10;

  /**
   * Threads encoding and sending full chunks; daemon threads, created as needed and kept a minute,
   * shared by every connection (each {@link CopyRows} has at most one chunk in flight).
   */
  private static final ExecutorService SENDERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "sijil-copy-sender");
            t.setDaemon(true);
            return t;
          });

  private final CopyManager copy;
  private final String sql;
  private final CopyText text = new CopyText(INITIAL_BYTES);

  /** The binary encoder, or null when a column's type has no binary form in {@link CopyBinary}. */
  private final CopyBinary binary;

  private List<Object[]> rows = new ArrayList<>();
  private long chars;
  private Future<?> inFlight;

  /** Rows for {@code table}'s {@code columns} (the register's own names; quoted here). */
  CopyRows(Connection connection, String table, List<String> columns) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.sql =
        "COPY "
            + quoted(table)
            + " ("
            + String.join(", ", columns.stream().map(CopyRows::quoted).toList())
            + ") FROM STDIN";
    this.binary = binaryEncoder(connection, table, columns);
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  /** The binary encoder of the columns' types, if each has a binary form here. */
  private static CopyBinary binaryEncoder(Connection connection, String table, List<String> columns)
      throws SQLException {
    Map<String, String> types = columnTypes(connection, table);
    CopyBinary.Kind[] kinds = new CopyBinary.Kind[columns.size()];
    for (int i = 0; i < kinds.length; i++) {
      Optional<CopyBinary.Kind> kind =
          Optional.ofNullable(types.get(columns.get(i))).flatMap(CopyBinary.Kind::of);
      if (kind.isEmpty()) {
        return null;
      }
      kinds[i] = kind.get();
    }
    return new CopyBinary(kinds, INITIAL_BYTES);
  }

  /** Column name to type name ({@code pg_type.typname}) of {@code table} on the search path. */
  private static Map<String, String> columnTypes(Connection connection, String table)
      throws SQLException {
    String sql =
        "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped";
    Map<String, String> types = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, quoted(table));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          types.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return types;
  }

  /**
   * Adds one row (the values of the columns, in order; kept, not copied); a full chunk goes to the
   * server in the background.
   */
  void add(Object[] row) throws SQLException {
    rows.add(row);
    chars += charsOf(row);
    if (chars >= CHUNK_CHARS) {
      sendInBackground();
    }
  }

  /** What a row counts towards {@link #CHUNK_CHARS}. */
  static long charsOf(Object[] row) {
    long chars = 0;
    for (Object v : row) {
      if (v instanceof String s) {
        chars += s.length();
      } else if (v instanceof byte[] b) {
        chars += b.length;
      } else {
        chars += VALUE_CHARS;
      }
    }
    return chars;
  }

  private void sendInBackground() throws SQLException {
    awaitInFlight();
    List<Object[]> chunk = rows;
    rows = new ArrayList<>(chunk.size());
    chars = 0;
    inFlight =
        SENDERS.submit(
            () -> {
              send(chunk);
              return null;
            });
  }

  /** Waits for the chunk in flight, if any, rethrowing its failure. */
  private void awaitInFlight() throws SQLException {
    if (inFlight == null) {
      return;
    }
    try {
      inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while sending rows to the server", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new SQLException("cannot send rows to the server: " + e.getCause(), e.getCause());
    } finally {
      inFlight = null;
    }
  }

  /**
   * Encodes and sends {@code chunk} as one COPY, binary when each value has its exact binary form
   * (the encoders are used by one chunk at a time).
   */
  private void send(List<Object[]> chunk) throws SQLException {
    if (chunk.isEmpty()) {
      return;
    }
    if (binary != null && binary.encode(chunk)) {
      send(sql + " (FORMAT binary)", binary.bytes(), binary.length());
    } else {
      text.encode(chunk);
      send(sql, text.bytes(), text.length());
    }
  }

  private void send(String copySql, byte[] bytes, int length) throws SQLException {
    CopyIn in = copy.copyIn(copySql);
    try {
      in.writeToCopy(bytes, 0, length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /**
   * Drops the rows still collected (the transaction is being rolled back), after the chunk in
   * flight, if any, has ended: the connection is free again when this returns.
   */
  void discard() {
    try {
      awaitInFlight();
    } catch (SQLException ignored) {
      // the transaction is being rolled back anyway; the caller reports the first failure
    }
    rows.clear();
    chars = 0;
  }

  /** Sends the rows still collected, after the chunk in flight, and waits for both. */
  @Override
  public void close() throws SQLException {
    awaitInFlight();
    List<Object[]> rest = rows;
    rows = new ArrayList<>();
    chars = 0;
    send(rest);
  }
}
