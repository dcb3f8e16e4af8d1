package org.sijil.store;

import java.util.List;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;

/**
 * One release being written. Rows are streamed in (bulk-appended, never held in memory); {@link
 * #commit()} makes the release visible at once; {@link #close()} without commit rolls back.
 */
public interface ReleaseWriter extends AutoCloseable {

  /** Stores a row: its cells verbatim and the record parsed from them. */
  void record(List<String> cells, CasualtyRecord record);

  /** Stores a rejected row verbatim with its reason. */
  void reject(RowReject reject);

  /** Stores a warning about a row. */
  void warning(RowWarning warning);

  /**
   * Stores the integrity log's leaf hash of a row with the release's rows, as {@link
   * IntegrityLog#saveRowHashes} would at commit (the array is kept, not copied). The first call
   * drops the row hashes an earlier release with this release's id left (a replaced last release),
   * as that method would. Streaming them in spares the commit a serial tail of a million rows.
   */
  void rowHash(long row, byte[] hash);

  /** Commits the release (the spec's SHA-256 must be known) and returns it as stored. */
  Release commit();

  /** Commits the release with the file's SHA-256 computed meanwhile, and returns it as stored. */
  Release commit(String sha256);

  /**
   * Commits like {@link #commit(String)}, first running {@code inTransaction} with the release as
   * stored inside the release's transaction (e.g. to log it), so both are kept or neither.
   */
  Release commit(String sha256, java.util.function.Consumer<Release> inTransaction);

  /** Rolls back unless committed. */
  @Override
  void close();
}
