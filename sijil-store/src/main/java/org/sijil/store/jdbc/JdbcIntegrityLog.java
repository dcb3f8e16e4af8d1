package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sijil.core.integrity.HashStore;
import org.sijil.core.integrity.Hashes;
import org.sijil.store.IntegrityLog;

/**
 * The transparency log (tables {@code log_*} of migration 5), for both backends; row hashes,
 * entries and tree hashes go in by the backend's bulk loader (one statement per entry would cost
 * about 6 s of a 10,000-submission intake on DuckDB).
 */
public final class JdbcIntegrityLog implements IntegrityLog {

  private final Connection connection;
  private final Backend backend;
  private final TableHashStore hashes;

  public JdbcIntegrityLog(Connection connection, Backend backend) {
    this.connection = connection;
    this.backend = backend;
    this.hashes = new TableHashStore();
  }

  @Override
  public HashStore hashes() {
    return hashes;
  }

  @Override
  public void saveRowHashes(long releaseId, List<RowHash> rows) {
    try {
      deleteRowHashes(connection, releaseId);
      try (BulkRows out =
          backend.rows(connection, "log_row_hashes", List.of("release_id", "row_no", "hash"))) {
        for (RowHash r : rows) {
          out.add(new Object[] {releaseId, r.row(), r.hash()});
        }
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot store the row hashes of release " + releaseId, e);
    }
  }

  /** Drops the row hashes stored under {@code releaseId} (before storing a release's anew). */
  static void deleteRowHashes(Connection connection, long releaseId) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("DELETE FROM log_row_hashes WHERE release_id = ?")) {
      ps.setLong(1, releaseId);
      ps.executeUpdate();
    }
  }

  @Override
  public List<RowHash> rowHashes(long releaseId) {
    String sql = "SELECT row_no, hash FROM log_row_hashes WHERE release_id = ? ORDER BY row_no";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      List<RowHash> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RowHash(rs.getLong(1), rs.getBytes(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot read the row hashes of release " + releaseId, e);
    }
  }

  @Override
  public long entryCount() {
    // Entries sit at indexes 0..n-1 with none missing (appendEntries takes only the next index), so
    // the highest index + 1 is their number: PostgreSQL reads it from the end of the primary key's
    // index (4 pages at 3M entries, where count(*) read all 8,208 of the index: docs/benchmarks.md,
    // session 12), and a server's watch reads it every 5 s. A copy that lost an entry in the middle
    // is still caught: its tree rebuilt from the entries has fewer leaves (CopyRegister).
    return count("SELECT coalesce(max(entry_index) + 1, 0) FROM log_entries", "log entries");
  }

  @Override
  public void appendEntries(long first, List<byte[]> entries, List<String> subjects) {
    if (entries.size() != subjects.size()) {
      throw new IllegalArgumentException(
          "entries and subjects differ in number: " + entries.size() + " and " + subjects.size());
    }
    long count = entryCount();
    if (first != count) {
      throw new IllegalArgumentException("entries must be appended at " + count + ", not " + first);
    }
    try (BulkRows out =
        backend.rows(connection, "log_entries", List.of("entry_index", "entry", "subject"))) {
      for (int i = 0; i < entries.size(); i++) {
        out.add(new Object[] {first + i, entries.get(i), subjects.get(i)});
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot append log entries", e);
    }
  }

  @Override
  public Optional<Entry> entry(long index) {
    List<Entry> one = entries(index, index + 1);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  @Override
  public List<Entry> entries(long from, long to) {
    return readEntries(
        "SELECT entry_index, entry, subject FROM log_entries WHERE entry_index >= ? AND entry_index < ?"
            + " ORDER BY entry_index",
        from,
        to);
  }

  @Override
  public List<Entry> about(String subject) {
    return JdbcLogReads.about(connection, subject);
  }

  @Override
  public List<Entry> about(Collection<String> subjects) {
    return JdbcLogReads.about(connection, subjects);
  }

  @Override
  public List<Entry> aboutPrefix(String prefix) {
    return JdbcLogReads.aboutPrefix(connection, prefix);
  }

  @Override
  public Optional<Entry> latest(String subject) {
    String sql =
        "SELECT entry_index, entry, subject FROM log_entries WHERE subject = ? ORDER BY entry_index DESC LIMIT 1";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Entry(rs.getLong(1), rs.getBytes(2), rs.getString(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read log entries", e);
    }
  }

  private List<Entry> readEntries(String sql, long from, long to) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      List<Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Entry(rs.getLong(1), rs.getBytes(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot read log entries", e);
    }
  }

  @Override
  public long saveCheckpoint(long treeSize, String note, java.time.Instant at) {
    String sql =
        "INSERT INTO log_checkpoints (checkpoint_id, tree_size, note, created_at) VALUES"
            + " ((SELECT coalesce(max(checkpoint_id), 0) + 1 FROM log_checkpoints), ?, ?, ?) RETURNING checkpoint_id";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, treeSize);
      ps.setString(2, note);
      ps.setTimestamp(3, Timestamp.from(at));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot store the checkpoint", e);
    }
  }

  @Override
  public Optional<StoredCheckpoint> latestCheckpoint() {
    List<StoredCheckpoint> all = readCheckpoints(" ORDER BY checkpoint_id DESC LIMIT 1");
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  @Override
  public List<StoredCheckpoint> checkpoints() {
    return readCheckpoints(" ORDER BY checkpoint_id");
  }

  private List<StoredCheckpoint> readCheckpoints(String order) {
    String sql = "SELECT checkpoint_id, tree_size, note, created_at FROM log_checkpoints" + order;
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<StoredCheckpoint> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new StoredCheckpoint(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot read checkpoints", e);
    }
  }

  @Override
  public long saveSnapshot(Snapshot s, List<SnapshotPerson> persons) {
    String sql =
        "INSERT INTO log_snapshots (snapshot_id, entry_index, checkpoint_id, persons_root, persons, created_by,"
            + " created_at) VALUES ((SELECT coalesce(max(snapshot_id), 0) + 1 FROM log_snapshots), ?, ?, ?, ?, ?, ?)"
            + " RETURNING snapshot_id";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, s.entryIndex());
      ps.setLong(2, s.checkpointId());
      ps.setString(3, s.personsRoot());
      ps.setLong(4, s.persons());
      ps.setString(5, s.createdBy());
      ps.setTimestamp(6, Timestamp.from(s.createdAt()));
      long id;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO log_snapshot_persons (snapshot_id, position, person_id, record) VALUES (?, ?, ?, ?)")) {
        for (SnapshotPerson person : persons) {
          p.setLong(1, id);
          p.setLong(2, person.position());
          p.setLong(3, person.personId());
          p.setBytes(4, person.record());
          p.addBatch();
        }
        p.executeBatch();
      }
      return id;
    } catch (SQLException e) {
      throw Sql.failure("cannot store the snapshot", e);
    }
  }

  @Override
  public Optional<Snapshot> latestSnapshot() {
    return readSnapshot("ORDER BY snapshot_id DESC LIMIT 1", null);
  }

  @Override
  public Optional<Snapshot> snapshot(long id) {
    return readSnapshot("WHERE snapshot_id = ?", id);
  }

  private Optional<Snapshot> readSnapshot(String where, Long id) {
    String sql =
        "SELECT snapshot_id, entry_index, checkpoint_id, persons_root, persons, created_by, created_at"
            + " FROM log_snapshots "
            + where;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new Snapshot(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getTimestamp(7).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read snapshots", e);
    }
  }

  @Override
  public Optional<SnapshotPerson> snapshotPerson(long snapshotId, long personId) {
    List<SnapshotPerson> one = readPersons(" AND person_id = ?", snapshotId, personId);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  @Override
  public List<SnapshotPerson> snapshotPersons(long snapshotId) {
    return readPersons("", snapshotId, null);
  }

  private List<SnapshotPerson> readPersons(String and, long snapshotId, Long personId) {
    String sql =
        "SELECT position, person_id, record FROM log_snapshot_persons WHERE snapshot_id = ?"
            + and
            + " ORDER BY position";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, snapshotId);
      if (personId != null) {
        ps.setLong(2, personId);
      }
      List<SnapshotPerson> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SnapshotPerson(rs.getLong(1), rs.getLong(2), rs.getBytes(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot read snapshot persons", e);
    }
  }

  private long count(String sql, String what) {
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw Sql.failure("cannot count " + what, e);
    }
  }

  /** The tree's hashes in table {@code log_hashes}, one row per position. */
  private final class TableHashStore implements HashStore {

    @Override
    public long size() {
      return count("SELECT count(*) FROM log_hashes", "log hashes");
    }

    @Override
    public byte[] read(long position) {
      return readRange(position, 1);
    }

    @Override
    public byte[] readRange(long from, int count) {
      return JdbcLogReads.readRange(connection, from, count);
    }

    @Override
    public void append(byte[] all) {
      HashStore.checkWhole(all);
      long at = size();
      try (BulkRows out = backend.rows(connection, "log_hashes", List.of("position", "hash"))) {
        for (int i = 0; i < all.length / Hashes.SIZE; i++) {
          out.add(
              new Object[] {
                at + i, Arrays.copyOfRange(all, i * Hashes.SIZE, (i + 1) * Hashes.SIZE)
              });
        }
      } catch (SQLException e) {
        throw Sql.failure("cannot append log hashes", e);
      }
    }
  }
}
