package org.sijil.cli.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.integrity.CanonicalRows;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.cli.FormatOption;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the transparency log adds to an import (issue 12): the import of a synthetic list is timed
 * whole, then the log's own work on the same rows is timed part by part (hashing every row's
 * canonical bytes, storing the row hashes, the release-import entry and a signed checkpoint), and
 * its bytes counted: logically, and on disk as the difference between two compact copies of the
 * register, with and without the log's tables. Then the bulk writer: {@code --entries} entries in
 * one {@link RegisterLog#appendAll} against one {@link RegisterLog#append} each.
 */
@Command(
    name = "log-cost",
    mixinStandardHelpOptions = true,
    description = {
      "Import a synthetic list into a fresh DuckDB register and measure what the transparency log"
          + " adds to it (time and bytes), then bulk against one-by-one log appends."
    })
public final class BenchLogCostCommand implements Callable<Integer> {

  /** The log's tables, left out of the copy "without the log". */
  static final List<String> LOG_TABLES =
      List.of("log_entries", "log_hashes", "log_row_hashes", "log_checkpoints");

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin FormatOption format;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "100000", description = "Rows.")
  long rows;

  @Option(
      names = "--entries",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Entries for the bulk against one-by-one comparison (default: ${DEFAULT-VALUE}).")
  int entries;

  @Override
  public Integer call() throws Exception {
    try (BenchMeasures.Scratch scratch = BenchMeasures.Scratch.create("sijil-bench-log")) {
      Path dir = scratch.dir();
      Path list = dir.resolve("synthetic.csv");
      SyntheticList.write(list, rows, 42);
      Path db = dir.resolve("bench.db");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("load_average_before", load());
      long cpu0 = BenchMeasures.processCpuNanos();
      ImportRelease.Summary s;
      try (Register reg = Register.open(db)) {
        s = BenchMeasures.importList(reg, list, "r1");
      }
      m.put("rows", s.read());
      m.put("import_seconds", round(s.seconds()));
      m.put("import_cpu_seconds", round((BenchMeasures.processCpuNanos() - cpu0) / 1e9));
      try (Register reg = Register.open(db)) {
        logParts(reg, m);
      }
      bytes(db, dir, m);
      try (Register single = Register.open(dir.resolve("single.db"));
          Register bulk = Register.open(dir.resolve("bulk.db"))) {
        appends(single, bulk, m);
      }
      m.put("load_average_after", load());
      m.put("processors", Runtime.getRuntime().availableProcessors());
      BenchMeasures.print(m, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** Times the log's work at import on the imported rows: hash, store, entry and checkpoint. */
  private static void logParts(Register reg, Map<String, Object> m) {
    Release release = reg.releases().list().get(0);
    List<CasualtyRecordCells> rows = new ArrayList<>();
    reg.records().forEach(release.id(), r -> rows.add(new CasualtyRecordCells(r)));
    long t0 = System.nanoTime();
    List<IntegrityLog.RowHash> hashes = new ArrayList<>(rows.size());
    for (CasualtyRecordCells r : rows) {
      hashes.add(
          new IntegrityLog.RowHash(
              r.record().row(), Hashes.leafHash(CanonicalRows.accepted(r.cells(), r.record()))));
    }
    long t1 = System.nanoTime();
    reg.transaction(
        () -> {
          reg.integrity().saveRowHashes(release.id(), hashes);
          return null;
        });
    long t2 = System.nanoTime();
    NoteSigner key = NoteSigner.generate("bench/log", SignatureType.ED25519, new SecureRandom());
    reg.transaction(
        () ->
            new RegisterLog(reg)
                .append(
                    new LogEntry.UserChange(RegisterLog.now(), "bench", "bench", "measured"),
                    "bench"));
    new RegisterLog(reg).sign(key);
    long t3 = System.nanoTime();
    m.put("log_hash_rows_seconds", round((t1 - t0) / 1e9));
    m.put("log_store_row_hashes_seconds", round((t2 - t1) / 1e9));
    m.put("log_entry_and_checkpoint_seconds", round((t3 - t2) / 1e9));
    m.put("log_seconds_total", round((t3 - t0) / 1e9));
  }

  /** A record with its raw cells, as the import hashed it. */
  private record CasualtyRecordCells(org.sijil.core.record.CasualtyRecord record) {
    List<String> cells() {
      return new ArrayList<>(record.raw().values());
    }
  }

  /** Logical bytes of the log, and on disk: compact copies with and without its tables. */
  private static void bytes(Path db, Path dir, Map<String, Object> m) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("ATTACH '" + db + "' AS src (READ_ONLY)");
      List<String> tables = new ArrayList<>();
      try (var rs =
          st.executeQuery(
              "SELECT table_name FROM duckdb_tables() WHERE database_name = 'src'"
                  + " ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      long logical = 0;
      try (var rs =
          st.executeQuery(
              "SELECT (SELECT count(*) * 44 FROM src.log_row_hashes)"
                  + " + (SELECT coalesce(sum(octet_length(entry)), 0) + count(*) * 8"
                  + " FROM src.log_entries) + (SELECT count(*) * 40 FROM src.log_hashes)")) {
        rs.next();
        logical = rs.getLong(1);
      }
      m.put("log_logical_bytes", logical);
      m.put("log_logical_bytes_per_row", round((double) logical / (long) m.get("rows")));
      long with = copy(st, dir.resolve("with.db"), "w", tables);
      List<String> without = new ArrayList<>(tables);
      without.removeAll(LOG_TABLES);
      long withoutLog = copy(st, dir.resolve("without.db"), "wo", without);
      m.put("register_file_bytes", fileSize(db));
      m.put("compact_copy_bytes", with);
      m.put("compact_copy_without_log_bytes", withoutLog);
      m.put("log_disk_bytes", with - withoutLog);
    }
  }

  private static long copy(Statement st, Path file, String alias, List<String> tables)
      throws SQLException {
    st.execute("ATTACH '" + file + "' AS " + alias);
    for (String t : tables) {
      st.execute("CREATE TABLE " + alias + "." + t + " AS SELECT * FROM src." + t);
    }
    st.execute("DETACH " + alias);
    return fileSize(file);
  }

  /** {@code --entries} entries: one bulk append against one append each, in one transaction. */
  private void appends(Register single, Register bulk, Map<String, Object> m) {
    List<LogEntry> list = new ArrayList<>(entries);
    List<String> subjects = new ArrayList<>(entries);
    Instant at = RegisterLog.now();
    for (int i = 0; i < entries; i++) {
      list.add(new LogEntry.UserChange(at, "bench", "user-" + i, "added role=analyst"));
      subjects.add("user:user-" + i);
    }
    long t0 = System.nanoTime();
    bulk.transaction(() -> new RegisterLog(bulk).appendAll(list, subjects));
    long t1 = System.nanoTime();
    single.transaction(
        () -> {
          RegisterLog log = new RegisterLog(single);
          for (int i = 0; i < entries; i++) {
            log.append(list.get(i), subjects.get(i));
          }
          return null;
        });
    long t2 = System.nanoTime();
    m.put("entries", entries);
    m.put("bulk_append_seconds", round((t1 - t0) / 1e9));
    m.put("one_by_one_append_seconds", round((t2 - t1) / 1e9));
  }

  private static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double load() {
    return round(BenchMeasures.loadAverage());
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
