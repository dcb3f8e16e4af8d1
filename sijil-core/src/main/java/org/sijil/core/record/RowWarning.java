package org.sijil.core.record;

import java.util.Objects;

/**
 * Something an import noticed about one row but did not reject it for: a value that could not be
 * parsed (kept raw, never guessed), an out-of-range age, extra cells.
 *
 * @param row 1-based data row (as in {@link CasualtyRecord#row()})
 * @param field canonical field key (e.g. {@code age}) or the file's header for non-canonical
 *     columns; null when the warning is about the whole row
 * @param kind short machine-readable kind, e.g. {@code unparsed_age}, {@code unparsed_date}
 * @param value the raw value concerned, verbatim; may be null
 * @param message one human-readable sentence
 */
public record RowWarning(long row, String field, String kind, String value, String message) {

  public RowWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1-based, got " + row);
    }
  }
}
