package org.sijil.ingest;

import java.util.List;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;

/**
 * One data row of a list file: its cells verbatim and either the record parsed from them (with any
 * warnings) or the reason it was rejected.
 *
 * @param row 1-based data row after title and header lines
 * @param cells the cells as read
 * @param record the parsed record; null when rejected
 * @param reject the rejection; null when parsed
 * @param warnings warnings about the row (values kept raw, never guessed)
 */
public record ReadRow(
    long row,
    List<String> cells,
    CasualtyRecord record,
    RowReject reject,
    List<RowWarning> warnings) {

  public boolean isRejected() {
    return reject != null;
  }
}
