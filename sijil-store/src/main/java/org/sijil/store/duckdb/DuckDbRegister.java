package org.sijil.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.store.Imports;
import org.sijil.store.Records;
import org.sijil.store.Register;
import org.sijil.store.Users;
import org.sijil.store.Releases;
import org.sijil.store.migrate.Migrations;

/** The register in an embedded DuckDB file: one JDBC connection, areas as small views over it. */
public final class DuckDbRegister implements Register {

  private final Path file;
  private final Connection connection;
  private final List<Integer> schemaVersions;
  private final DuckDbReleases releases;
  private final DuckDbRecords records;
  private final DuckDbImports imports;
  private final DuckDbLinkage linkage;
  private final DuckDbUsers users;
  private final DuckDbEstimates estimates;

  private DuckDbRegister(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.schemaVersions = Migrations.migrate(connection, Migrations.available());
    this.releases = new DuckDbReleases(connection);
    this.records = new DuckDbRecords(connection, releases);
    this.imports = new DuckDbImports(connection, releases);
    this.linkage = new DuckDbLinkage(connection);
    this.users = new DuckDbUsers(connection);
    this.estimates = new DuckDbEstimates(connection);
  }

  public static DuckDbRegister open(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new UserError("cannot create the folder for register " + file + ": " + e.getMessage(), e);
    }
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + absolute);
    } catch (SQLException e) {
      throw new UserError(
          "cannot open register " + file + " (is another sijil using it?): " + firstLine(e.getMessage()), e);
    }
    try {
      return new DuckDbRegister(file, c);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** The JDBC connection, for store areas added in this package (linkage, users...). */
  Connection connection() {
    return connection;
  }

  public Path file() {
    return file;
  }

  @Override
  public Releases releases() {
    return releases;
  }

  @Override
  public Records records() {
    return records;
  }

  @Override
  public Imports imports() {
    return imports;
  }

  @Override
  public org.sijil.store.Linkage linkage() {
    return linkage;
  }

  @Override
  public org.sijil.store.Estimates estimates() {
    return estimates;
  }

  @Override
  public Users users() {
    return users;
  }

  @Override
  public List<Integer> schemaVersions() {
    return schemaVersions;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close register " + file + ": " + e.getMessage(), e);
    }
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the original error matters
    }
  }
}
