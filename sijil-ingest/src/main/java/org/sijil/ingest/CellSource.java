package org.sijil.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows of cells from one file format, streamed. */
interface CellSource extends Closeable {

  /** The next row's cells (never null cells: blanks are ""), or null at the end. */
  List<String> next() throws IOException;

  /** A header the format itself declares (JSON object keys), or null when it is one of the rows. */
  default List<String> declaredHeader() {
    return null;
  }

  /** The text encoding read, or null for binary formats. */
  String encoding();

  /** How the encoding was decided and how sure that is, or null for binary formats. */
  default String encodingEvidence() {
    return null;
  }

  /**
   * Notes about the {@code ordinal}-th row returned by {@link #next} (1-based, counting every row):
   * e.g. a line read in another encoding than the rest of the file. Each row's notes are given
   * once.
   */
  default List<String> notes(long ordinal) {
    return List.of();
  }

  /** Where the next row starts, for error messages (e.g. "line 12"). */
  String position();
}
