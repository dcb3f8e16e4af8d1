package org.sijil.core.record;

import java.util.List;
import java.util.Objects;

/**
 * A row that cannot be a record (wrong column count, no name and no id). It is kept verbatim with
 * its reason so nothing is dropped silently.
 *
 * @param row 1-based data row
 * @param cells the row's cells as read, verbatim
 * @param reason one human-readable sentence
 */
public record RowReject(long row, List<String> cells, String reason) {

  public RowReject {
    Objects.requireNonNull(reason, "reason");
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1-based, got " + row);
    }
    cells =
        cells == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
  }
}
