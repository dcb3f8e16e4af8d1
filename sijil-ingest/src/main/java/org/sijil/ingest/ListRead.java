package org.sijil.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sijil.core.UserError;
import org.sijil.core.record.RowWarning;
import org.sijil.core.text.FormulaCells;

/**
 * An open list file, positioned after its header: iterate its data rows. Fully blank rows are
 * skipped (counted in {@link #blankRows()}) but keep their row number, so row numbers match the
 * file. Besides the parser's warnings, a row gets a {@code duplicate_id} warning when its id is on
 * an earlier row of the file (with {@link ReadOptions#factChecks()}) and a {@code mixed_encoding}
 * warning when a line of it was read in another encoding than the file's. A file with a header and
 * no data rows is refused (a {@link UserError} at the end): an empty list is far likelier a broken
 * export than a real release.
 */
public final class ListRead implements Iterator<ReadRow>, AutoCloseable {

  private final Path file;
  private final CellSource source;
  private final Layout layout;
  private final ArrayDeque<List<String>> ahead;
  private final RowParser parser;
  private final int rowsBeforeData;
  private final boolean duplicateIds;
  private final boolean canonicalExport;
  private final FirstRowOfId firstRowOfId = new FirstRowOfId();
  private long rowNumber;
  private long dataRows;
  private long blankRows;
  private ReadRow next;
  private boolean finished;
  private boolean readAhead;
  private ReadAhead background;

  ListRead(
      Path file,
      CellSource source,
      Layout layout,
      ArrayDeque<List<String>> ahead,
      RowParser parser,
      int rowsBeforeData,
      boolean duplicateIds) {
    this.rowsBeforeData = rowsBeforeData;
    this.duplicateIds = duplicateIds;
    this.canonicalExport =
        layout.format() == FileFormat.CSV && layout.headers().equals(CanonicalCsv.HEADER);
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
        List<String> cells;
        List<String> aheadNotes = null;
        if (!ahead.isEmpty()) {
          cells = ahead.removeFirst();
        } else if (readAhead) {
          ReadAhead.Item item = background().take();
          failIfFailed(item);
          cells = item.cells();
          aheadNotes = item.notes();
        } else {
          cells = source.next();
        }
        if (cells == null) {
          finished = true;
          if (dataRows == 0) {
            throw new UserError(
                file
                    + ": the file has a header but no data rows"
                    + (blankRows > 0 ? " (" + blankRows + " blank)" : "")
                    + "; nothing to import");
          }
          return false;
        }
        rowNumber++;
        List<String> notes =
            aheadNotes != null ? aheadNotes : source.notes(rowNumber + rowsBeforeData);
        if (isBlank(cells)) {
          blankRows++;
          continue;
        }
        dataRows++;
        if (canonicalExport) {
          cells = restoreGuards(cells);
        }
        next = withChecks(parser.parse(rowNumber, cells), notes);
        return true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at " + source.position(), e);
    }
  }

  /**
   * Reads the file's cells on a second thread from here on, beside the parsing of rows on this one:
   * the same rows, warnings, rejects and errors, about twice as fast on large files. Call before
   * reading rows; {@link #close} stops the thread.
   */
  public ListRead readingAhead() {
    this.readAhead = true;
    return this;
  }

  /** The read-ahead thread, started once the rows read while finding the header are used up. */
  private ReadAhead background() {
    if (background == null) {
      background = new ReadAhead(source, rowNumber + rowsBeforeData);
    }
    return background;
  }

  /** Raises a failure of the read-ahead thread as reading on this thread would have. */
  private void failIfFailed(ReadAhead.Item item) {
    Exception e = item.failure();
    if (e == null) {
      return;
    }
    if (e instanceof IOException io) {
      throw new UncheckedIOException("cannot read " + file + " at " + item.position(), io);
    }
    throw (RuntimeException) e;
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

  /**
   * A canonical export's cells as they were before {@link CanonicalCsv} guarded formula-like ones.
   */
  private static List<String> restoreGuards(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      out.add(FormulaCells.restore(c));
    }
    return out;
  }

  /** The row the id was first seen on, or {@link FirstRowOfId#NONE}; the id is kept if new. */
  private long firstRowOf(String id, long row) {
    try {
      return firstRowOfId.putIfAbsent(id, row);
    } catch (FirstRowOfId.Full e) {
      throw tooMuchIdText(file, row, e);
    }
  }

  /** The user's error when the ids of a file are more text than the repeated-id check holds. */
  static UserError tooMuchIdText(Path file, long row, FirstRowOfId.Full cause) {
    return new UserError(
        file
            + ": data row "
            + row
            + ", field id: the file's ids add up to more than "
            + cause.mostText()
            + " characters, more than the check for repeated ids holds; split the file",
        cause);
  }

  /** Adds the source's notes on the row (e.g. its encoding) and a repeated id to its warnings. */
  private ReadRow withChecks(ReadRow r, List<String> notes) {
    String id = r.record() != null ? r.record().id() : null;
    long first = id == null || !duplicateIds ? FirstRowOfId.NONE : firstRowOf(id, r.row());
    if (notes.isEmpty() && first == FirstRowOfId.NONE) {
      return r;
    }
    List<RowWarning> warnings = new ArrayList<>(r.warnings());
    for (String note : notes) {
      warnings.add(new RowWarning(r.row(), null, "mixed_encoding", null, note));
    }
    if (first != FirstRowOfId.NONE) {
      warnings.add(
          new RowWarning(
              r.row(),
              "id",
              "duplicate_id",
              id,
              "id " + id + " is also on data row " + first + " of this file"));
    }
    return new ReadRow(r.row(), r.cells(), r.record(), r.reject(), warnings);
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
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public void close() {
    if (background != null) {
      background.close();
    }
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
