package org.sijil.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a source's rows on a thread of its own, a batch ahead of the caller, and turns each into
 * what the caller wants ({@link Stage}, e.g. parsing it into a record) there too, so the file's
 * decoding, splitting and parsing run beside the caller's storing of the rows. The caller sees the
 * rows and any failure in the same order and at the same row as when it reads the source itself; a
 * failure is raised when the caller reaches it, with the source's position at that moment.
 *
 * @param <T> what a row becomes
 */
final class ReadAhead<T> implements AutoCloseable {

  /** Rows handed over at a time. */
  static final int BATCH = 512;

  /** Batches read ahead at most (bounds the memory held). */
  static final int BATCHES = 16;

  /**
   * What a row becomes, on the reading thread, in file order.
   *
   * @param <T> the result (null is allowed, e.g. for a row to skip)
   */
  interface Stage<T> {
    /** The row with the given ordinal (see {@link CellSource#notes}), its cells and notes. */
    T apply(long ordinal, List<String> cells, List<String> notes);
  }

  /** A row's result, or the end, or a failure (with the source's position for a reading one). */
  record Item<T>(T row, boolean end, Exception failure, String position) {}

  private final CellSource source;
  private final Stage<T> stage;
  private final BlockingQueue<List<Item<T>>> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile boolean stopped;
  private List<Item<T>> batch = List.of();
  private int next;

  /**
   * Starts reading {@code source}, whose next row is the {@code ordinal + 1}-th it returns (the
   * numbering of {@link CellSource#notes}). The source must not be used elsewhere until {@link
   * #close}; nor may what {@code stage} uses.
   */
  ReadAhead(CellSource source, long ordinal, Stage<T> stage) {
    this.source = source;
    this.stage = stage;
    this.thread = new Thread(() -> run(ordinal), "sijil-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  private void run(long ordinal) {
    List<Item<T>> out = new ArrayList<>(BATCH);
    try {
      while (!stopped) {
        List<String> cells;
        try {
          cells = source.next();
        } catch (IOException | RuntimeException e) {
          out.add(new Item<>(null, false, e, source.position()));
          break;
        }
        if (cells == null) {
          out.add(new Item<>(null, true, null, null));
          break;
        }
        ordinal++;
        try {
          out.add(
              new Item<>(stage.apply(ordinal, cells, source.notes(ordinal)), false, null, null));
        } catch (RuntimeException e) {
          out.add(new Item<>(null, false, e, source.position()));
          break;
        }
        if (out.size() == BATCH) {
          queue.put(out);
          out = new ArrayList<>(BATCH);
        }
      }
      queue.put(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed while waiting: the reader is done with us
    }
  }

  /** The next item, waiting for it; after the end or a failure, that again. */
  Item<T> take() {
    while (next == batch.size()) {
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
      next = 0;
    }
    Item<T> item = batch.get(next++);
    if (item.failure() != null || item.end()) {
      next--; // the thread has stopped: the end or the failure is what every later call gets
    }
    return item;
  }

  /** Stops the thread and waits for it to leave the source. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
