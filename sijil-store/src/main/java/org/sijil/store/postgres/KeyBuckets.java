package org.sijil.store.postgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijil.store.Linkage.RecordKey;

/**
 * Records' list keys grouped by a hash of the key, stored once per release and bucket in {@code
 * record_key_buckets} (PostgreSQL migration 21): how the records of one key are found without an
 * index kept up to date for every imported row. A hash index on {@code records.id} cost the server
 * more CPU than any other part of an import (1.3–1.9 s per million rows), for reads that happen
 * only before a register's first link run and when an analyst amends a record; about 16 thousand
 * rows per million records cost a small fraction of that, and a read is one indexed look-up of a
 * bucket in each release.
 *
 * <p>The bucket of a key is the low 14 bits of the first four bytes of the MD5 of its UTF-8 bytes,
 * which PostgreSQL computes as well ({@code ('x' || substr(md5(id), 1, 8))::bit(32)::int & 16383},
 * the migration's fill of older registers). A bucket's {@code entries} are {@code row:length:key}
 * one after another, {@code length} the key's characters (code points, as {@code length()} counts
 * them in a UTF-8 database), so any key can be read back exactly.
 */
final class KeyBuckets {

  /** How many buckets each release's keys are spread over. */
  static final int BUCKETS = 1 << 14;

  static final String TABLE = "record_key_buckets";

  private static final List<String> COLUMNS = List.of("bucket", "release_id", "entries");

  /**
   * Appends a release's entries to a bucket row already written, for a release whose rows come back
   * after another's: the row then holds its entries in the order they arrived, as if held to the
   * end.
   */
  private static final String MERGE =
      "INSERT INTO "
          + TABLE
          + " (bucket, release_id, entries) VALUES (?, ?, ?) ON CONFLICT (bucket, release_id)"
          + " DO UPDATE SET entries = "
          + TABLE
          + ".entries || EXCLUDED.entries";

  private static final long NONE = Long.MIN_VALUE;

  private final Connection connection;
  private final MessageDigest md5 = md5();

  /** Releases whose buckets were written (in this transaction). */
  private final Set<Long> written = new HashSet<>();

  private long release = NONE;
  private StringBuilder[] buckets;
  private long held;
  private long mostHeld;

  /** Bucket rows on their way to the server, open from a release's first write to the end. */
  private CopyAppender out;

  /** Buckets written on {@code connection}, inside its open transaction. */
  KeyBuckets(Connection connection) {
    this.connection = connection;
  }

  /**
   * Adds the key of row {@code row} of release {@code releaseId}; a null key has none. The buckets
   * of the release before are written first: only one release's keys are held at a time, so a copy
   * of a register of many releases holds no more than its largest release's, not all of them.
   */
  void add(long releaseId, long row, String key) throws SQLException {
    if (key == null) {
      return;
    }
    if (releaseId != release) {
      flush();
      release = releaseId;
      buckets = new StringBuilder[BUCKETS];
    }
    int bucket = bucket(md5, key);
    StringBuilder entries = buckets[bucket];
    if (entries == null) {
      entries = new StringBuilder(32);
      buckets[bucket] = entries;
    }
    entries.append(row).append(':').append(key.codePointCount(0, key.length())).append(':');
    entries.append(key);
    mostHeld = Math.max(mostHeld, ++held);
  }

  /** The most keys held at once so far (for tests: bounded by the largest release's). */
  long mostHeld() {
    return mostHeld;
  }

  /** Writes the buckets still held, inside the open transaction, and waits for all to be sent. */
  void write() throws SQLException {
    flush();
    if (out != null) {
      out.close();
      out = null;
    }
  }

  /** Forgets what was added and not yet sent (the transaction is being rolled back). */
  void discard() {
    forget();
    if (out != null) {
      out.discard();
      out = null;
    }
    written.clear();
  }

  /** Writes the held release's buckets in bucket order, then forgets them. */
  private void flush() throws SQLException {
    if (buckets == null) {
      return;
    }
    if (written.add(release)) {
      append();
    } else {
      merge();
    }
    forget();
  }

  private void forget() {
    buckets = null;
    release = NONE;
    held = 0;
  }

  /** The held release's first buckets, in COPY chunks sent while the caller goes on. */
  private void append() throws SQLException {
    if (out == null) {
      out = CopyAppender.open(connection, TABLE, COLUMNS);
    }
    Integer releaseId = Math.toIntExact(release);
    for (int b = 0; b < BUCKETS; b++) {
      if (buckets[b] != null) {
        out.add(new Object[] {b, releaseId, buckets[b].toString()});
        buckets[b] = null;
      }
    }
  }

  /**
   * The held release's later entries appended to its rows (after the rows still on their way:
   * {@code records} read in no particular order may come back to a release).
   */
  private void merge() throws SQLException {
    if (out != null) {
      out.close();
      out = null;
    }
    int releaseId = Math.toIntExact(release);
    try (PreparedStatement ps = connection.prepareStatement(MERGE)) {
      for (int b = 0; b < BUCKETS; b++) {
        if (buckets[b] != null) {
          ps.setInt(1, b);
          ps.setInt(2, releaseId);
          ps.setString(3, buckets[b].toString());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** Drops the buckets of release {@code releaseId} (its records were deleted). */
  static void delete(Connection connection, long releaseId) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("DELETE FROM " + TABLE + " WHERE release_id = ?")) {
      ps.setLong(1, releaseId);
      ps.executeUpdate();
    }
  }

  /** The records whose key is {@code key}, by release id then row. */
  static List<RecordKey> withKey(Connection connection, String key) throws SQLException {
    List<RecordKey> out = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT release_id, entries FROM " + TABLE + " WHERE bucket = ?")) {
      ps.setInt(1, bucket(md5(), key));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          matches(rs.getLong(1), rs.getString(2), key, out);
        }
      }
    }
    out.sort(Comparator.comparingLong(RecordKey::releaseId).thenComparingLong(RecordKey::row));
    return out;
  }

  /** Adds to {@code out} the rows of one bucket's {@code entries} whose key is {@code key}. */
  static void matches(long releaseId, String entries, String key, List<RecordKey> out) {
    int at = 0;
    while (at < entries.length()) {
      int colon = entries.indexOf(':', at);
      long row = Long.parseLong(entries, at, colon, 10);
      int second = entries.indexOf(':', colon + 1);
      int length = Integer.parseInt(entries, colon + 1, second, 10);
      int start = second + 1;
      int end = entries.offsetByCodePoints(start, length);
      if (end - start == key.length() && entries.startsWith(key, start)) {
        out.add(new RecordKey(releaseId, row));
      }
      at = end;
    }
  }

  /** The bucket of {@code key}, as the migration's SQL computes it. */
  static int bucket(MessageDigest md5, String key) {
    byte[] hash = md5.digest(key.getBytes(StandardCharsets.UTF_8));
    return ((hash[2] & 0xff) << 8 | (hash[3] & 0xff)) & (BUCKETS - 1);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
