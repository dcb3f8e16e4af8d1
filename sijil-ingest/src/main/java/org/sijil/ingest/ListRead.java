package org.sijil.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open list file, positioned after its header: iterate its data rows. Fully blank rows are
 * skipped (counted in {@link #blankRows()}) but keep their row number, so row numbers match the file.
 */
public final class ListRead implements Iterator<ReadRow>, AutoCloseable {

  private final Path file;
  private final CellSource source;
  private final Layout layout;
  private final ArrayDeque<List<String>> ahead;
  private final RowParser parser;
  private long rowNumber;
  private long blankRows;
  private ReadRow next;
  private boolean finished;

  ListRead(Path file, CellSource source, Layout layout, ArrayDeque<List<String>> ahead, RowParser parser) {
    this.file = file;
    this.source = source;
    this.layout = layout;
    this.ahead = ahead;
    this.parser = parser;
  }

  public Path file() {
    return file;
  }

  public Layout layout() {
    return layout;
  }

  /** Blank rows skipped so far. */
  public long blankRows() {
    return blankRows;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      while (true) {
        List<String> cells = ahead.isEmpty() ? source.next() : ahead.removeFirst();
        if (cells == null) {
          finished = true;
          return false;
        }
        rowNumber++;
        if (isBlank(cells)) {
          blankRows++;
          continue;
        }
        next = parser.parse(rowNumber, cells);
        return true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at " + source.position(), e);
    }
  }

  @Override
  public ReadRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadRow r = next;
    next = null;
    return r;
  }

  private static boolean isBlank(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The remaining rows as a sequential stream (closing the stream does not close this reader). */
  public Stream<ReadRow> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
