package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.sijil.store.LogWitnesses;

/** {@link LogWitnesses} over tables {@code log_witnesses} and {@code log_cosignatures}. */
public final class JdbcLogWitnesses implements LogWitnesses {

  private final Connection connection;

  public JdbcLogWitnesses(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void saveWitness(Witness w) {
    // Delete then insert: portable where upsert syntax is not.
    try (PreparedStatement del =
            connection.prepareStatement("DELETE FROM log_witnesses WHERE name = ?");
        PreparedStatement ins =
            connection.prepareStatement(
                "INSERT INTO log_witnesses (name, verifier_key, added_by, added_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      del.setString(1, w.name());
      del.executeUpdate();
      ins.setString(1, w.name());
      ins.setString(2, w.verifierKey());
      ins.setString(3, w.addedBy());
      ins.setTimestamp(4, Timestamp.from(w.addedAt()));
      ins.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot store witness " + w.name(), e);
    }
  }

  @Override
  public List<Witness> witnesses() {
    String sql = "SELECT name, verifier_key, added_by, added_at FROM log_witnesses ORDER BY name";
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<Witness> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new Witness(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read the witnesses", e);
    }
  }

  @Override
  public void saveCosignature(Cosignature c) {
    try (PreparedStatement del =
            connection.prepareStatement(
                "DELETE FROM log_cosignatures WHERE checkpoint_id = ? AND witness = ?");
        PreparedStatement ins =
            connection.prepareStatement(
                "INSERT INTO log_cosignatures (checkpoint_id, witness, line, received_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      del.setLong(1, c.checkpointId());
      del.setString(2, c.witness());
      del.executeUpdate();
      ins.setLong(1, c.checkpointId());
      ins.setString(2, c.witness());
      ins.setString(3, c.line());
      ins.setTimestamp(4, Timestamp.from(c.receivedAt()));
      ins.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot store the cosignature of checkpoint " + c.checkpointId(), e);
    }
  }

  @Override
  public List<Cosignature> cosignatures(long checkpointId) {
    String sql =
        "SELECT witness, line, received_at FROM log_cosignatures WHERE checkpoint_id = ?"
            + " ORDER BY witness";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, checkpointId);
      List<Cosignature> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Cosignature(
                  checkpointId, rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read the cosignatures of checkpoint " + checkpointId, e);
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new IllegalStateException(what + ": " + message, e);
  }
}
