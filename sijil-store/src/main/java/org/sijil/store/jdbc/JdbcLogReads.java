package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.sijil.core.integrity.HashStore;
import org.sijil.core.integrity.Hashes;
import org.sijil.store.IntegrityLog;

/**
 * Reads of the log's tables shared by both backends (standard SQL): a run of consecutive tree
 * hashes in one range query, so a verifier or a tile reads a block of hashes with one statement
 * instead of one per hash; and every entry about one subject or several.
 */
public final class JdbcLogReads {

  private static final String RANGE =
      "SELECT position, hash FROM log_hashes WHERE position >= ? AND position < ? ORDER BY position";

  private JdbcLogReads() {}

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

  /** How many subjects one statement asks for; more are asked in turns. */
  static final int SUBJECTS_PER_QUERY = 500;

  /** Every entry whose subject is {@code subject}, in log order. */
  public static List<IntegrityLog.Entry> about(Connection connection, String subject) {
    return about(connection, List.of(subject));
  }

  /**
   * Every entry whose subject is one of {@code subjects}, in log order: one statement for up to
   * {@link #SUBJECTS_PER_QUERY} subjects (a person page's history asks for the person and each of
   * its records' subjects at once, where a statement per subject cost a scan each).
   */
  public static List<IntegrityLog.Entry> about(Connection connection, Collection<String> subjects) {
    List<String> all = List.copyOf(new LinkedHashSet<>(subjects));
    List<IntegrityLog.Entry> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SUBJECTS_PER_QUERY) {
      List<String> part = all.subList(from, Math.min(all.size(), from + SUBJECTS_PER_QUERY));
      out.addAll(aboutPart(connection, part));
    }
    if (all.size() > SUBJECTS_PER_QUERY) {
      out.sort(Comparator.comparingLong(IntegrityLog.Entry::index));
    }
    return out;
  }

  private static List<IntegrityLog.Entry> aboutPart(Connection connection, List<String> subjects) {
    String marks = String.join(", ", Collections.nCopies(subjects.size(), "?"));
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT entry_index, entry, subject FROM log_entries WHERE subject IN ("
                + marks
                + ") ORDER BY entry_index")) {
      for (int i = 0; i < subjects.size(); i++) {
        ps.setString(i + 1, subjects.get(i));
      }
      List<IntegrityLog.Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new IntegrityLog.Entry(rs.getLong(1), rs.getBytes(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      String named = subjects.size() == 1 ? subjects.get(0) : subjects.size() + " subjects";
      throw new IllegalStateException(
          "cannot read the log entries about " + named + ": " + message, e);
    }
  }

  /**
   * Every entry whose subject starts with {@code prefix}, in log order (e.g. every record of one
   * source: {@code record:SOURCE/}). Compares the subject's first characters rather than using
   * {@code LIKE}, so a prefix holding {@code %} or {@code _} needs no escaping on either backend.
   */
  public static List<IntegrityLog.Entry> aboutPrefix(Connection connection, String prefix) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT entry_index, entry, subject FROM log_entries WHERE substr(subject, 1, ?) = ?"
                + " ORDER BY entry_index")) {
      ps.setInt(1, prefix.length());
      ps.setString(2, prefix);
      List<IntegrityLog.Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new IntegrityLog.Entry(rs.getLong(1), rs.getBytes(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalStateException(
          "cannot read the log entries about " + prefix + "...: " + message, e);
    }
  }
}
