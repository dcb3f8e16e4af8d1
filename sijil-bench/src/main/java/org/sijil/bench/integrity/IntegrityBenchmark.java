package org.sijil.bench.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.FileHashStore;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.StoredHashes;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.integrity.TransparencyLog;

/**
 * The transparency log's targets (issue 12 item 9): appending 1M entries (≤ 10 s), an inclusion
 * proof from a 1M-entry log (≤ 1 ms), verifying a receipt (≤ 10 ms), and the storage per entry
 * (printed at setup: stored hashes × 32 bytes / entries, ≤ 64).
 *
 * <p>Entries are canonical {@code record-version} log entries of about 170 bytes (65,536 distinct
 * ones, cycled). Appends go in batches of {@link #BATCH}, as an import writes its rows. Run: {@code
 * java -jar sijil-bench/target/benchmarks.jar IntegrityBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class IntegrityBenchmark {

  static final int ENTRIES = 1_000_000;
  static final int DISTINCT = 1 << 16;
  static final int BATCH = 1024;
  static final String ORIGIN = "sijil.example/bench";

  final List<byte[]> entries = new ArrayList<>(DISTINCT);
  TransparencyLog full;
  String receipt;
  NoteSigner key;
  final Random random = new Random(12);

  @Setup(Level.Trial)
  public void setUp() {
    Instant t = Instant.parse("2026-12-04T00:00:00Z");
    for (int i = 0; i < DISTINCT; i++) {
      entries.add(
          new LogEntry.RecordVersion(
                  t.plusSeconds(i),
                  "importer",
                  "synthetic-2026-12",
                  "row-" + i,
                  1,
                  Hashes.hex(Hashes.sha256(new byte[] {(byte) i, (byte) (i >> 8)})))
              .encode());
    }
    full = append(TransparencyLog.inMemory());
    key = NoteSigner.generate(ORIGIN, SignatureType.ED25519, new SecureRandom());
    long index = 654_321;
    receipt =
        TlogProof.receipt(
                full,
                index,
                entries.get((int) (index % DISTINCT)),
                new Checkpoint(ORIGIN, full.size(), full.root()).sign(key))
            .format();
    System.out.printf(
        "%nentry size %d bytes; stored hashes %d for %d entries = %.2f bytes/entry%n",
        entries.get(0).length,
        StoredHashes.count(ENTRIES),
        ENTRIES,
        StoredHashes.count(ENTRIES) * (double) Hashes.SIZE / ENTRIES);
  }

  TransparencyLog append(TransparencyLog log) {
    List<byte[]> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < ENTRIES; i++) {
      batch.add(entries.get(i % DISTINCT));
      if (batch.size() == BATCH || i == ENTRIES - 1) {
        log.appendAll(batch);
        batch.clear();
      }
    }
    return log;
  }

  /** 1M appends into an in-memory log (the hashing and tree building alone). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] append1MInMemory() {
    return append(TransparencyLog.inMemory()).root();
  }

  /** 1M appends into a log file (plus one sync at the end), as a durable log would. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] append1MToFile() throws IOException {
    Path file = Files.createTempFile("sijil-bench", ".hashes");
    try (FileHashStore store = FileHashStore.open(file)) {
      TransparencyLog log = append(TransparencyLog.open(store));
      store.sync();
      return log.root();
    } finally {
      Files.delete(file);
    }
  }

  /** An inclusion proof of a random entry at the full size of a 1M-entry log. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<byte[]> inclusionProof1M() {
    return full.inclusionProof(random.nextInt(ENTRIES), ENTRIES);
  }

  /** Parsing and verifying a receipt: checkpoint signature (Ed25519) and inclusion proof. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Checkpoint verifyReceipt() {
    return TlogProof.parse(receipt).verifyEntry(key.verifier());
  }
}
