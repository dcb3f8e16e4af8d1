package org.sijil.store;

import java.util.List;
import java.util.Optional;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Linkage.CurrentLink;
import org.sijil.store.Linkage.RecordKey;

/**
 * One person's stored records read by id, without reading the whole register: what a server shows
 * for a person while its register is still being read into memory (issue 14). Persons are the
 * clusters the link runs stored (person id as {@code person_records} names it, merges already
 * applied there), or single records and list keys before any link run.
 */
public interface PersonReads {

  /**
   * A stored record as the register's full read gives it.
   *
   * @param key its release and row
   * @param release its release (source, label, headers)
   * @param record the parsed record with its raw cells by header, as {@link Records#forEach} gives
   * @param link its current link, or null when no link run placed it
   */
  record StoredRecord(RecordKey key, Release release, CasualtyRecord record, CurrentLink link) {}

  /** True once a link run has placed at least one record in a person. */
  boolean linked();

  /**
   * The stored records person {@code personId} holds now, each with its link, by release id then
   * row; empty when it holds none (unknown, or merged into another person).
   */
  List<StoredRecord> ofPerson(long personId);

  /** The records whose list key ({@code id} column) is {@code key}, by release id then row. */
  List<RecordKey> withKey(String key);

  /** One stored record with its current link; empty when the register has no such record. */
  Optional<StoredRecord> read(RecordKey key);

  /** The records of {@code keys} that exist, in the given order. */
  default List<StoredRecord> read(List<RecordKey> keys) {
    return keys.stream().map(this::read).flatMap(Optional::stream).toList();
  }
}
