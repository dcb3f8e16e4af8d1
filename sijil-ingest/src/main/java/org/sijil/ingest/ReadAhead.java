package org.sijil.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a source's rows on a thread of its own, a batch ahead of the caller, so decoding and
 * splitting the file into cells runs beside parsing the rows into records. The caller sees the
 * rows, each row's notes and any failure in the same order and at the same row as when it reads the
 * source itself; a failure is raised when the caller reaches it, with the source's position at that
 * moment.
 */
final class ReadAhead implements AutoCloseable {

  /** Rows handed over at a time. */
  static final int BATCH = 512;

  /** Batches read ahead at most (bounds the memory held). */
  static final int BATCHES = 16;

  /** A row and its notes, or the end (cells null), or a failure. */
  record Item(List<String> cells, List<String> notes, Exception failure, String position) {}

  private static final Item END = new Item(null, List.of(), null, null);

  private final CellSource source;
  private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile boolean stopped;
  private List<Item> batch = List.of();
  private int next;

  /**
   * Starts reading {@code source}, whose next row is the {@code ordinal + 1}-th it returns (the
   * numbering of {@link CellSource#notes}). The source must not be used elsewhere until {@link
   * #close}.
   */
  ReadAhead(CellSource source, long ordinal) {
    this.source = source;
    this.thread = new Thread(() -> run(ordinal), "sijil-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  private void run(long ordinal) {
    List<Item> out = new ArrayList<>(BATCH);
    try {
      while (!stopped) {
        List<String> cells;
        try {
          cells = source.next();
        } catch (IOException | RuntimeException e) {
          out.add(new Item(null, List.of(), e, source.position()));
          break;
        }
        if (cells == null) {
          out.add(END);
          break;
        }
        out.add(new Item(cells, source.notes(++ordinal), null, null));
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
  Item take() {
    while (next == batch.size()) {
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
      next = 0;
    }
    Item item = batch.get(next++);
    if (item.failure() != null || item.cells() == null) {
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
