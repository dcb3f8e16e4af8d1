import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What the register watch's look costs on DuckDB at N log entries (session 12, h-watch3): the log's
 * size read as count(*) against max(entry_index) + 1, each timed in CPU and wall time over 20 runs
 * on a throwaway file. Usage (single-file source launch, DuckDB's driver from the local Maven cache):
 * java -Xmx2g -cp ~/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar
 * docs/bench/LogSize.java FILE.db 3000000
 */
public final class LogSize {
  public static void main(String[] args) throws Exception {
    String file = args[0];
    long n = Long.parseLong(args[1]);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS log_entries (entry_index BIGINT PRIMARY KEY,"
              + " entry BLOB NOT NULL, subject VARCHAR)");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM log_entries")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          s.execute(
              "INSERT INTO log_entries SELECT i, repeat('ab', 120)::BLOB, 'record:1:' || i"
                  + " FROM range(" + n + ") t(i)");
          s.execute("CHECKPOINT");
        }
      }
      for (String sql :
          new String[] {
            "SELECT count(*) FROM log_entries",
            "SELECT coalesce(max(entry_index) + 1, 0) FROM log_entries"
          }) {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long value = 0;
        long cpu0 = bean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
          try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            value = rs.getLong(1);
          }
        }
        System.out.printf(
            "%s -> %,d: %.2f ms wall, %.2f ms CPU of this thread per look (DuckDB's own threads not counted)%n",
            sql, value, (System.nanoTime() - t0) / 20e6, (bean.getCurrentThreadCpuTime() - cpu0) / 20e6);
      }
    }
  }
}
