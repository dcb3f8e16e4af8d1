package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sijil.core.integrity.HashStore;
import org.sijil.core.integrity.Hashes;

/**
 * Reads of table {@code log_hashes} shared by both backends: a run of consecutive tree hashes in one
 * range query, so a verifier or a tile reads a block of hashes with one statement instead of one
 * statement per hash.
 */
public final class JdbcLogHashes {

  private static final String RANGE =
      "SELECT position, hash FROM log_hashes WHERE position >= ? AND position < ? ORDER BY position";

  private JdbcLogHashes() {}

  /**
   * The {@code count} hashes from position {@code from}, back to back.
   *
   * @throws IndexOutOfBoundsException naming the first position not stored
   */
  public static byte[] readRange(Connection connection, long from, int count) {
    HashStore.checkRange(from, count);
    byte[] out = new byte[count * Hashes.SIZE];
    int got = 0;
    try (PreparedStatement ps = connection.prepareStatement(RANGE)) {
      ps.setLong(1, from);
      ps.setLong(2, from + count);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && rs.getLong(1) == from + got) {
          byte[] hash = rs.getBytes(2);
          if (hash.length != Hashes.SIZE) {
            throw new IllegalStateException(
                "stored log hash " + (from + got) + " has " + hash.length + " bytes, not 32");
          }
          System.arraycopy(hash, 0, out, got * Hashes.SIZE, Hashes.SIZE);
          got++;
        }
      }
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalStateException(
          "cannot read log hashes " + from + " to " + (from + count - 1) + ": " + message, e);
    }
    if (got != count) {
      throw new IndexOutOfBoundsException("no stored hash at position " + (from + got));
    }
    return out;
  }
}
