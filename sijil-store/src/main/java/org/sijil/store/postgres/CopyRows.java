package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Bulk rows into one table with {@code COPY ... FROM STDIN} (text format, {@link CopyText}),
 * PostgreSQL's fastest way in. Rows are collected and sent in chunks of about {@link #CHUNK_CHARS}
 * characters, each chunk its own short {@code COPY}, because a connection runs one statement at a
 * time and a release writes several tables in turn. Everything stays inside the caller's
 * transaction; {@link #close()} sends the rest.
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
   * Characters (of text values; 8 for any other value) collected before a chunk is sent: large
   * enough to amortize each COPY, small enough that a chunk in flight stays a few MB.
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
  private List<Object[]> rows = new ArrayList<>();
  private long chars;
  private Future<?> inFlight;

  CopyRows(Connection connection, String table, String... columns) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
  }

  /**
   * Adds one row (the values of the columns, in order; kept, not copied); a full chunk goes to the
   * server in the background.
   */
  void add(Object[] row) throws SQLException {
    rows.add(row);
    for (Object v : row) {
      chars += v instanceof String s ? s.length() : VALUE_CHARS;
    }
    if (chars >= CHUNK_CHARS) {
      sendInBackground();
    }
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

  /** Encodes and sends {@code chunk} as one COPY (the encoder is used by one chunk at a time). */
  private void send(List<Object[]> chunk) throws SQLException {
    if (chunk.isEmpty()) {
      return;
    }
    text.encode(chunk);
    CopyIn in = copy.copyIn(sql);
    try {
      in.writeToCopy(text.bytes(), 0, text.length());
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
