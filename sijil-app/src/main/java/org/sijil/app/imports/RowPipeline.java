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
 * Reads and parses rows on a second thread while the caller stores them, so parsing and the
 * database appends overlap on two cores. The same thread also hashes each row for the log ({@link
 * RowsLog#leaf}): the caller's thread, which appends to the database, paces the import, and this
 * one waited for it most of the time. Rows arrive in file order, in batches; a reading failure is
 * rethrown to the caller.
 */
final class RowPipeline implements AutoCloseable {

  /** Rows in file order, each with its leaf hash at the same position. */
  record Batch(List<ReadRow> rows, List<byte[]> leaves) {}

  private static final int BATCH = 1024;
  private static final Batch END = new Batch(List.of(), List.of());

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
  private final Thread thread;
  private volatile boolean cancelled;
  private volatile Throwable failure;
  private boolean ended;

  RowPipeline(ListRead in) {
    thread = new Thread(() -> produce(in), "sijil-import-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(ListRead in) {
    try {
      CanonicalRows canonical = new CanonicalRows();
      Batch batch = new Batch(new ArrayList<>(BATCH), new ArrayList<>(BATCH));
      while (!cancelled && in.hasNext()) {
        ReadRow row = in.next();
        batch.rows().add(row);
        batch.leaves().add(RowsLog.leaf(canonical, row));
        if (batch.rows().size() == BATCH) {
          put(batch);
          batch = new Batch(new ArrayList<>(BATCH), new ArrayList<>(BATCH));
        }
      }
      if (!batch.rows().isEmpty()) {
        put(batch);
      }
    } catch (Throwable t) {
      failure = t;
    }
    try {
      put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Batch batch) throws InterruptedException {
    while (!cancelled) {
      if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
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

  /** Stops the reader (if still running) and waits for it. */
  @Override
  public void close() {
    cancelled = true;
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
