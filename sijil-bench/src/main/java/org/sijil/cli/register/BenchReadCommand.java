package org.sijil.cli.register;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.integrity.CanonicalRows;
import org.sijil.cli.FormatOption;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.record.RowReject;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ListReader;
import org.sijil.ingest.ReadOptions;
import org.sijil.ingest.ReadRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The reader side of an import alone, on one thread: the work the import's reader thread does per
 * row (read the file, parse each row with the import's fact checks, hash its canonical bytes for
 * the log), without any register. It reports what the machine's load cannot bend much: the thread's
 * CPU seconds and the bytes it allocated per row, per run (the first run includes the JIT's
 * warm-up). A digest over every row's warnings and leaf hash lets two builds' answers be compared.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
      "Read and parse a list file as the import's reader thread does (fact checks, the log's row"
          + " hashes), on one thread and without a register; print CPU seconds and bytes"
          + " allocated per row for each run, and a digest of the answers."
    })
public final class BenchReadCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin FormatOption format;

  @Parameters(index = "0", paramLabel = "FILE", description = "The list file to read.")
  Path file;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "3",
      description = "Runs, one after another (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--no-hash", description = "Leave out the log's row hashes.")
  boolean noHash;

  @Override
  public Integer call() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    for (int run = 1; run <= Math.max(1, runs); run++) {
      double load = BenchMeasures.loadAverage();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long bytes0 = threads.getThreadAllocatedBytes(self);
      long wall0 = System.nanoTime();
      Answers answers = readOnce();
      long wall = System.nanoTime() - wall0;
      long bytes = threads.getThreadAllocatedBytes(self) - bytes0;
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("run", run);
      m.put("rows", answers.rows);
      m.put("rejected", answers.rejected);
      m.put("warnings", answers.warnings);
      m.put("thread_cpu_seconds", Math.round(cpu * 1000) / 1000.0);
      m.put("wall_seconds", Math.round(wall / 1e6) / 1000.0);
      m.put("allocated_bytes_per_row", answers.rows == 0 ? 0 : bytes / answers.rows);
      m.put("answers_sha256", Hashes.hex(answers.digest.digest()));
      m.put("load_average_before", Math.round(load * 100) / 100.0);
      BenchMeasures.print(m, format.format(), spec.commandLine().getOut());
    }
    return 0;
  }

  /** What one run read: counts and a digest of every row's warnings and leaf hash. */
  private static final class Answers {
    final MessageDigest digest = Hashes.newDigest();
    long rows;
    long rejected;
    long warnings;
  }

  private Answers readOnce() {
    Answers a = new Answers();
    CanonicalRows canonical = new CanonicalRows();
    ReadOptions options = ReadOptions.defaults().withFactChecks(true);
    try (ListRead in = ListReader.open(file, options)) {
      while (in.hasNext()) {
        ReadRow row = in.next();
        a.rows++;
        a.warnings += row.warnings().size();
        if (!row.warnings().isEmpty()) {
          a.digest.update(row.warnings().toString().getBytes(StandardCharsets.UTF_8));
        }
        if (row.isRejected()) {
          a.rejected++;
        }
        if (!noHash) {
          a.digest.update(leaf(canonical, row));
        }
      }
    }
    return a;
  }

  /** The row's leaf hash, as the import's reader thread computes it. */
  private static byte[] leaf(CanonicalRows canonical, ReadRow row) {
    if (row.isRejected()) {
      RowReject r = row.reject();
      return canonical.rejectedLeaf(r.row(), r.cells(), r.reason());
    }
    return canonical.acceptedLeaf(row.cells(), row.record());
  }
}
