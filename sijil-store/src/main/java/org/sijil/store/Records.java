package org.sijil.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;

/** The rows of stored releases. */
public interface Records {

  /**
   * Streams the parsed records of a release in row order, each with its raw cells by header in
   * {@link CasualtyRecord#raw()}. Does not hold the release in memory.
   */
  void forEach(long releaseId, Consumer<CasualtyRecord> action);

  /** All parsed records of a release in row order (convenience over {@link #forEach}). */
  default List<CasualtyRecord> list(long releaseId) {
    List<CasualtyRecord> all = new java.util.ArrayList<>();
    forEach(releaseId, all::add);
    return all;
  }

  /**
   * The keys (the list's row key, e.g. the identity number) of {@code records} that have one, read
   * at once (a person's records for its history); records without a key, or not stored, are absent.
   */
  java.util.Map<Linkage.RecordKey, String> keysOf(java.util.Collection<Linkage.RecordKey> records);

  /** The rejected rows of a release in row order. */
  List<RowReject> rejects(long releaseId);

  /** The warnings of a release in row order. */
  List<RowWarning> warnings(long releaseId);

  /** Warning counts by kind, kinds in alphabetical order. */
  Map<String, Long> warningCounts(long releaseId);
}
