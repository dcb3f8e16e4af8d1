package org.sijil.app.integrity;

import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Release;

/**
 * The subject under which the log keeps a record's corrections and removals, so that every version
 * of "the same record" across releases of a list is one history.
 *
 * <p>Rules: a record with a key (its list's row key, normally the identity number) is {@code
 * record:SOURCE/KEY}, shared by every release of that source listing the key; a record without a
 * key can only be followed within its release and is {@code record:RELEASE_ID:ROW}.
 */
public final class RecordSubjects {

  /** Prefix of every record subject. */
  public static final String PREFIX = "record:";

  private RecordSubjects() {}

  /** The subject of the record at {@code row} of {@code release}. */
  public static String of(Release release, CasualtyRecord record) {
    return record.id() != null
        ? keyed(release.source(), record.id())
        : PREFIX + release.id() + ":" + record.row();
  }

  /** The subject of key {@code key} in source {@code source}. */
  public static String keyed(String source, String key) {
    return sourcePrefix(source) + key;
  }

  /** The prefix shared by the subjects of every keyed record of {@code source}. */
  public static String sourcePrefix(String source) {
    return PREFIX + source + "/";
  }
}
