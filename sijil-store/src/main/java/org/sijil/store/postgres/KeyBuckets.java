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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private final MessageDigest md5 = md5();
  private final Map<Long, StringBuilder[]> byRelease = new HashMap<>();
  private long lastRelease = Long.MIN_VALUE;
  private StringBuilder[] lastBuckets;

  /** Adds the key of row {@code row} of release {@code releaseId}; a null key has none. */
  void add(long releaseId, long row, String key) {
    if (key == null) {
      return;
    }
    if (releaseId != lastRelease) {
      lastBuckets = byRelease.computeIfAbsent(releaseId, r -> new StringBuilder[BUCKETS]);
      lastRelease = releaseId;
    }
    int bucket = bucket(md5, key);
    StringBuilder entries = lastBuckets[bucket];
    if (entries == null) {
      entries = new StringBuilder(32);
      lastBuckets[bucket] = entries;
    }
    entries.append(row).append(':').append(key.codePointCount(0, key.length())).append(':');
    entries.append(key);
  }

  /** Writes the buckets added so far, in bucket order per release, inside the open transaction. */
  void write(Connection connection) throws SQLException {
    if (byRelease.isEmpty()) {
      return;
    }
    CopyAppender out =
        CopyAppender.open(connection, TABLE, List.of("bucket", "release_id", "entries"));
    for (Map.Entry<Long, StringBuilder[]> release : new TreeMap<>(byRelease).entrySet()) {
      Integer releaseId = Math.toIntExact(release.getKey());
      StringBuilder[] buckets = release.getValue();
      for (int b = 0; b < BUCKETS; b++) {
        if (buckets[b] != null) {
          out.add(new Object[] {b, releaseId, buckets[b].toString()});
        }
      }
    }
    out.close();
    byRelease.clear();
    lastRelease = Long.MIN_VALUE;
  }

  /** Forgets what was added (the transaction is being rolled back). */
  void discard() {
    byRelease.clear();
    lastRelease = Long.MIN_VALUE;
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
