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

  /** Where the next row starts, for error messages (e.g. "line 12"). */
  String position();
}
