package org.sijil.cli.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.imports.ImportRelease;
import org.sijil.cli.FormatOption;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a CSV list into a fresh DuckDB register (or the PostgreSQL register --db names)"
          + " and print rows per second and peak heap.",
      "Without --file, a synthetic list of --rows rows in the shape of the published releases is"
          + " generated first (not timed). The register is a temporary file, deleted afterwards.",
    })
public final class BenchImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin FormatOption format;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Rows of the synthetic list (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Import this CSV instead of a synthetic one.")
  Path file;

  @Option(
      names = "--db",
      paramLabel = "URL|FILE",
      description =
          "Import into this PostgreSQL register (postgresql://user@host:5432/name; password from"
              + " PGPASSWORD) or this DuckDB file, kept afterwards (e.g. for a link run), instead"
              + " of a temporary DuckDB file. Each run adds a release; use an empty database,"
              + " schema or a new file. process_cpu_seconds counts this process only, not the"
              + " PostgreSQL server's.")
  String db;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "1",
      description = "Timed runs (default: ${DEFAULT-VALUE}); the best is reported.")
  int runs;

  @Override
  public Integer call() throws IOException {
    try (BenchMeasures.Scratch scratch = BenchMeasures.Scratch.create("sijil-bench")) {
      Path list = file;
      if (list == null) {
        list = scratch.dir().resolve("synthetic.csv");
        SyntheticList.write(list, rows, 42);
      }
      ImportRelease.Summary best = null;
      double bestCpu = 0;
      long bestAllocated = 0;
      double loadBefore = BenchMeasures.loadAverage();
      for (int run = 1; run <= Math.max(1, runs); run++) {
        String label = "run-" + run + (db == null ? "" : "-" + System.currentTimeMillis());
        long cpu0 = BenchMeasures.processCpuNanos();
        long allocated0 = BenchMeasures.allocatedBytes();
        try (Register reg = open(scratch.dir(), run)) {
          ImportRelease.Summary s = BenchMeasures.importList(reg, list, label);
          double cpu = (BenchMeasures.processCpuNanos() - cpu0) / 1e9;
          long allocated = BenchMeasures.allocatedBytes() - allocated0;
          if (best == null || s.seconds() < best.seconds()) {
            best = s;
            bestCpu = cpu;
            bestAllocated = allocated;
          }
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("backend", isPostgres() ? "postgresql" : "duckdb");
      m.put("rows", best.read());
      m.put("imported", best.imported());
      m.put("seconds", Math.round(best.seconds() * 1000) / 1000.0);
      m.put("rows_per_second", Math.round(best.read() / best.seconds()));
      m.put("file_mb", Math.round(Files.size(list) / 1e5) / 10.0);
      m.put("process_cpu_seconds", Math.round(bestCpu * 100) / 100.0);
      m.put("rows_per_cpu_second", bestCpu > 0 ? Math.round(best.read() / bestCpu) : null);
      // Bytes allocated by every thread of the run: a per-row cost the machine's load cannot bend.
      m.put("allocated_bytes_per_row", best.read() > 0 ? bestAllocated / best.read() : null);
      m.put("peak_heap_mb", BenchMeasures.peakHeapMb());
      m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
      m.put("processors", Runtime.getRuntime().availableProcessors());
      // Other processes share the machine: the load average says how much of it this run had.
      m.put("load_average_before", Math.round(loadBefore * 100) / 100.0);
      m.put("load_average_after", Math.round(BenchMeasures.loadAverage() * 100) / 100.0);
      BenchMeasures.print(m, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** A fresh DuckDB file per run, or the register of {@code --db} (PostgreSQL or DuckDB file). */
  private Register open(Path dir, int run) {
    if (isPostgres()) {
      return Register.open(db);
    }
    return Register.open(db != null ? Path.of(db) : dir.resolve("bench-" + run + ".db"));
  }

  private boolean isPostgres() {
    return db != null && org.sijil.store.postgres.PostgresUrl.matches(db);
  }
}
