package org.sijil.app.corrections;

import java.time.Instant;
import java.util.List;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.Release;

/**
 * Plans the {@code record-version} entries of one source's records, the one place that builds them:
 * for the import of a later release ({@link ReleaseChangeLog}) and for logging the versions an
 * older register lacks ({@link RecordVersionBackfill}). Each entry gets the record's subject
 * ({@link RecordSubjects#keyed}), the next number of the record's one version sequence (from the
 * source's {@link History}, which then counts it), the release and its row; it is added to the
 * caller's lists, subject at the same position. Which changes to skip stays with each caller.
 *
 * <p>{@code verify --db} does not use this: it numbers the logged versions itself, so it never
 * trusts the code that wrote the log.
 */
final class RecordVersionPlanner {

  private final String source;
  private final History history;
  private final String actor;
  private final Instant at;
  private final List<LogEntry> entries;
  private final List<String> subjects;

  RecordVersionPlanner(
      String source,
      History history,
      String actor,
      Instant at,
      List<LogEntry> entries,
      List<String> subjects) {
    this.source = source;
    this.history = history;
    this.actor = actor;
    this.at = at;
    this.entries = entries;
    this.subjects = subjects;
  }

  /** The release as entries name it: {@code SOURCE/LABEL}. */
  static String releaseName(Release release) {
    return release.source() + "/" + release.label();
  }

  /** The subject of the entries about {@code changed}'s record. */
  String subject(RecordVersions.Changed changed) {
    return RecordSubjects.keyed(source, changed.key());
  }

  /** Adds the entry for {@code changed}, a record of {@code release}; returns it. */
  LogEntry.RecordVersion add(Release release, RecordVersions.Changed changed) {
    String subject = subject(changed);
    LogEntry.RecordVersion entry =
        new LogEntry.RecordVersion(
            at,
            actor,
            releaseName(release),
            release.id() + ":" + changed.row(),
            history.nextVersion(subject),
            changed.recordSha256());
    history.add(subject, entry);
    entries.add(entry);
    subjects.add(subject);
    return entry;
  }
}
