package org.sijil.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sijil.app.integrity.CanonicalRows;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ReadRow;

/**
 * Reads and parses rows on a second thread and hashes them for the log ({@link RowsLog#leaf}) on a
 * third, while the caller stores them, so parsing, hashing and the database appends overlap. The
 * reader alone, parsing and hashing, paced the import while the caller waited for it (PostgreSQL,
 * session 14); the hashing, about a quarter of the reader's time, now runs beside it. Rows arrive
 * in file order, in batches; a reading failure is rethrown to the caller.
 */
final class RowPipeline implements AutoCloseable {

  /** Rows in file order, each with its leaf hash at the same position. */
  record Batch(List<ReadRow> rows, List<byte[]> leaves) {}

  private static final int BATCH = 1024;
  private static final Batch END = new Batch(List.of(), List.of());

  /** Batches read, their leaves not yet hashed. */
  private final BlockingQueue<Batch> read = new ArrayBlockingQueue<>(8);

  /** Batches read and hashed, for the caller. */
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);

  private final Thread reader;
  private final Thread hasher;
  private volatile boolean cancelled;
  private volatile boolean hashFailed;
  private volatile Throwable failure;
  private boolean ended;

  RowPipeline(ListRead in) {
    reader = daemon(() -> produce(in), "sijil-import-reader");
    hasher = daemon(this::hash, "sijil-import-hasher");
  }

  private static Thread daemon(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void produce(ListRead in) {
    try {
      Batch batch = new Batch(new ArrayList<>(BATCH), new ArrayList<>(BATCH));
      while (!cancelled && !hashFailed && in.hasNext()) {
        batch.rows().add(in.next());
        if (batch.rows().size() == BATCH) {
          put(read, batch);
          batch = new Batch(new ArrayList<>(BATCH), new ArrayList<>(BATCH));
        }
      }
      if (!batch.rows().isEmpty()) {
        put(read, batch);
      }
    } catch (Throwable t) {
      failure = t;
    }
    end(read);
  }

  /** Fills each batch's leaves in row order, then hands it on; the end passes through. */
  @SuppressWarnings("ReferenceEquality") // END is a sentinel
  private void hash() {
    try {
      CanonicalRows canonical = new CanonicalRows();
      Batch batch;
      while ((batch = take(read)) != null && batch != END) {
        for (ReadRow row : batch.rows()) {
          batch.leaves().add(RowsLog.leaf(canonical, row));
        }
        put(queue, batch);
      }
    } catch (Throwable t) {
      failure = t;
      hashFailed = true; // the reader stops; the caller gets the end and the failure
    }
    end(queue);
  }

  private void end(BlockingQueue<Batch> to) {
    try {
      put(to, END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands {@code batch} on, or gives up once the caller closed the pipeline. */
  private void put(BlockingQueue<Batch> to, Batch batch) throws InterruptedException {
    while (!cancelled) {
      if (to.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** The next batch from {@code from}, or null once cancelled. */
  private Batch take(BlockingQueue<Batch> from) throws InterruptedException {
    while (!cancelled) {
      Batch b = from.poll(100, TimeUnit.MILLISECONDS);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** The next batch of rows in file order, or null at the end. */
  @SuppressWarnings("ReferenceEquality") // END is a sentinel: only that very batch ends the rows
  Batch next() {
    if (ended) {
      return null;
    }
    Batch batch;
    try {
      batch = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
    if (batch == END) {
      ended = true;
      Throwable t = failure;
      if (t instanceof RuntimeException re) {
        throw re;
      }
      if (t instanceof Error err) {
        throw err;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
      return null;
    }
    return batch;
  }

  /** Stops the reader and the hasher (if still running) and waits for them. */
  @Override
  public void close() {
    cancelled = true;
    read.clear();
    queue.clear();
    try {
      reader.join(10_000);
      hasher.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
