package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * One event in the register's history, as logged. Each kind has a fixed type name and a fixed list
 * of fields after the common {@code time} and {@code actor}; {@link EntryCodec} turns it into the
 * canonical bytes that are hashed into the log (encoding in {@code docs/integrity.md}).
 *
 * <p>Hashes are lowercase hex SHA-256 (64 characters); counts are non-negative; times are whole UTC
 * seconds. Constructors fail fast, naming the bad field.
 *
 * <p>The register's own kinds are nested here; the kinds that field intake and incidents write are
 * top-level records of this package ({@link SubmissionEntry}, {@link IncidentEntry}, {@link
 * VictimLinkEntry}, {@link IncidentTypeEntry}, {@link ContactOpenedEntry}, {@link
 * SubmissionStatusEntry}), as is source naming ({@link SourceNameEntry}), each listed in {@code
 * permits}.
 */
public sealed interface LogEntry
    permits LogEntry.ReleaseImport,
        LogEntry.RecordVersion,
        LogEntry.Correction,
        LogEntry.Removal,
        LogEntry.ReviewDecision,
        LogEntry.LinkRun,
        LogEntry.Estimate,
        LogEntry.UserChange,
        LogEntry.KeyChange,
        LogEntry.Snapshot,
        LogEntry.PersonGrade,
        LogEntry.Suggestion,
        LogEntry.PersonMerge,
        LogEntry.WitnessQuorum,
        SubmissionEntry,
        IncidentEntry,
        VictimLinkEntry,
        IncidentTypeEntry,
        ContactOpenedEntry,
        SourceNameEntry,
        SubmissionStatusEntry {

  /** The type line's value. */
  String type();

  /** When the change was made (whole seconds, UTC). */
  Instant time();

  /** Who made it (a user name, or "system" for automatic steps). */
  String actor();

  /** Type-specific field names, in encoding order. */
  List<String> names();

  /** Type-specific field values, in the order of {@link #names()}. */
  List<String> values();

  /** The canonical bytes. */
  default byte[] encode() {
    return EntryCodec.encode(this);
  }

  /** A release was imported: the file, the Merkle root of its raw rows, counts. */
  record ReleaseImport(
      Instant time,
      String actor,
      String release,
      String fileSha256,
      String rowsRoot,
      long rows,
      long accepted,
      long rejected)
      implements LogEntry {
    public ReleaseImport {
      EntryCodec.check(time, actor);
      EntryCodec.text("release", release);
      EntryCodec.hash("file-sha256", fileSha256);
      EntryCodec.hash("rows-root", rowsRoot);
      EntryCodec.count("rows", rows);
      EntryCodec.count("accepted", accepted);
      EntryCodec.count("rejected", rejected);
    }

    public String type() {
      return "release-import";
    }

    public List<String> names() {
      return List.of("release", "file-sha256", "rows-root", "rows", "accepted", "rejected");
    }

    public List<String> values() {
      return List.of(release, fileSha256, rowsRoot, "" + rows, "" + accepted, "" + rejected);
    }
  }

  /** A version of a record as stored (version 1 on import), by the hash of its canonical form. */
  record RecordVersion(
      Instant time, String actor, String release, String record, long version, String recordSha256)
      implements LogEntry {
    public RecordVersion {
      EntryCodec.check(time, actor);
      EntryCodec.text("release", release);
      EntryCodec.text("record", record);
      EntryCodec.positive("version", version);
      EntryCodec.hash("record-sha256", recordSha256);
    }

    public String type() {
      return "record-version";
    }

    public List<String> names() {
      return List.of("release", "record", "version", "record-sha256");
    }

    public List<String> values() {
      return List.of(release, record, "" + version, recordSha256);
    }
  }

  /** A record was corrected into a new version, with the reason. */
  record Correction(
      Instant time, String actor, String record, long version, String recordSha256, String reason)
      implements LogEntry {
    public Correction {
      EntryCodec.check(time, actor);
      EntryCodec.text("record", record);
      EntryCodec.positive("version", version);
      EntryCodec.hash("record-sha256", recordSha256);
      EntryCodec.text("reason", reason);
    }

    public String type() {
      return "correction";
    }

    public List<String> names() {
      return List.of("record", "version", "record-sha256", "reason");
    }

    public List<String> values() {
      return List.of(record, "" + version, recordSha256, reason);
    }
  }

  /** A record was removed from the public view, with the reason (the history keeps it). */
  record Removal(Instant time, String actor, String record, String reason) implements LogEntry {
    public Removal {
      EntryCodec.check(time, actor);
      EntryCodec.text("record", record);
      EntryCodec.text("reason", reason);
    }

    public String type() {
      return "removal";
    }

    public List<String> names() {
      return List.of("record", "reason");
    }

    public List<String> values() {
      return List.of(record, reason);
    }
  }

  /** A reviewer decided whether two records are the same person; the actor is the author. */
  record ReviewDecision(
      Instant time, String actor, String left, String right, String decision, String note)
      implements LogEntry {
    public ReviewDecision {
      EntryCodec.check(time, actor);
      EntryCodec.text("left", left);
      EntryCodec.text("right", right);
      EntryCodec.text("decision", decision);
      EntryCodec.optional("note", note);
    }

    public String type() {
      return "review-decision";
    }

    public List<String> names() {
      return List.of("left", "right", "decision", "note");
    }

    public List<String> values() {
      return List.of(left, right, decision, note);
    }
  }

  /** Records were linked into persons by a model (its document's hash) into a persons root. */
  record LinkRun(Instant time, String actor, String modelSha256, String personsRoot, long persons)
      implements LogEntry {
    public LinkRun {
      EntryCodec.check(time, actor);
      EntryCodec.hash("model-sha256", modelSha256);
      EntryCodec.hash("persons-root", personsRoot);
      EntryCodec.count("persons", persons);
    }

    public String type() {
      return "link-run";
    }

    public List<String> names() {
      return List.of("model-sha256", "persons-root", "persons");
    }

    public List<String> values() {
      return List.of(modelSha256, personsRoot, "" + persons);
    }
  }

  /** An estimate of the total was computed from inputs (their hash) with a result (as text). */
  record Estimate(Instant time, String actor, String inputsSha256, String result)
      implements LogEntry {
    public Estimate {
      EntryCodec.check(time, actor);
      EntryCodec.hash("inputs-sha256", inputsSha256);
      EntryCodec.text("result", result);
    }

    public String type() {
      return "estimate";
    }

    public List<String> names() {
      return List.of("inputs-sha256", "result");
    }

    public List<String> values() {
      return List.of(inputsSha256, result);
    }
  }

  /** A user was added or changed (e.g. "added role=analyst"). */
  record UserChange(Instant time, String actor, String user, String change) implements LogEntry {
    public UserChange {
      EntryCodec.check(time, actor);
      EntryCodec.text("user", user);
      EntryCodec.text("change", change);
    }

    public String type() {
      return "user-change";
    }

    public List<String> names() {
      return List.of("user", "change");
    }

    public List<String> values() {
      return List.of(user, change);
    }
  }

  /** A signing key was generated, rotated in or retired; {@code key} is its verifier key text. */
  record KeyChange(Instant time, String actor, String key, String change) implements LogEntry {
    public KeyChange {
      EntryCodec.check(time, actor);
      NoteVerifier.parse(EntryCodec.text("key", key));
      EntryCodec.text("change", change);
    }

    public String type() {
      return "key-change";
    }

    public List<String> names() {
      return List.of("key", "change");
    }

    public List<String> values() {
      return List.of(key, change);
    }
  }

  /** A snapshot of the public view was published under a Merkle root of its person records. */
  record Snapshot(Instant time, String actor, String snapshot, String personsRoot, long persons)
      implements LogEntry {
    public Snapshot {
      EntryCodec.check(time, actor);
      EntryCodec.text("snapshot", snapshot);
      EntryCodec.hash("persons-root", personsRoot);
      EntryCodec.count("persons", persons);
    }

    public String type() {
      return "snapshot";
    }

    public List<String> names() {
      return List.of("snapshot", "persons-root", "persons");
    }

    public List<String> values() {
      return List.of(snapshot, personsRoot, "" + persons);
    }
  }

  /**
   * An analyst decided on a person's status (confirm, contest, remove, reopen), with the reason.
   */
  record PersonGrade(Instant time, String actor, String person, String decision, String reason)
      implements LogEntry {
    public PersonGrade {
      EntryCodec.check(time, actor);
      EntryCodec.text("person", person);
      EntryCodec.text("decision", decision);
      EntryCodec.text("reason", reason);
    }

    public String type() {
      return "person-grade";
    }

    public List<String> names() {
      return List.of("person", "decision", "reason");
    }

    public List<String> values() {
      return List.of(person, decision, reason);
    }
  }

  /**
   * A reader suggested a correction to a person: the suggestion's id, the field, and the SHA-256 of
   * what they sent ({@code docs/integrity.md}); the text itself and the reader's contact are not in
   * the public log.
   */
  record Suggestion(
      Instant time,
      String actor,
      String suggestion,
      String person,
      String field,
      String contentSha256)
      implements LogEntry {
    public Suggestion {
      EntryCodec.check(time, actor);
      EntryCodec.text("suggestion", suggestion);
      EntryCodec.text("person", person);
      EntryCodec.text("field", field);
      EntryCodec.hash("content-sha256", contentSha256);
    }

    public String type() {
      return "suggestion";
    }

    public List<String> names() {
      return List.of("suggestion", "person", "field", "content-sha256");
    }

    public List<String> values() {
      return List.of(suggestion, person, field, contentSha256);
    }
  }

  /**
   * A link run (the model {@code model}, as its {@code link-run} entry's subject names it) merged
   * person {@code from} into person {@code person}: {@code from}'s id now leads to {@code person},
   * and {@code records} of {@code from}'s records moved there.
   */
  record PersonMerge(
      Instant time, String actor, String person, String from, long records, String model)
      implements LogEntry {
    public PersonMerge {
      EntryCodec.check(time, actor);
      EntryCodec.text("person", person);
      EntryCodec.text("from", from);
      EntryCodec.positive("records", records);
      EntryCodec.text("model", model);
      if (person.equals(from)) {
        throw new IllegalArgumentException("a person cannot be merged into itself: " + person);
      }
    }

    public String type() {
      return "person-merge";
    }

    public List<String> names() {
      return List.of("person", "from", "records", "model");
    }

    public List<String> values() {
      return List.of(person, from, "" + records, model);
    }
  }

  /**
   * The register now requires {@code quorum} trusted witnesses' cosignatures before a checkpoint
   * (and the snapshot it covers) is served as published; 0 serves every checkpoint at once.
   */
  record WitnessQuorum(Instant time, String actor, long quorum) implements LogEntry {
    public WitnessQuorum {
      EntryCodec.check(time, actor);
      EntryCodec.count("quorum", quorum);
    }

    public String type() {
      return "witness-quorum";
    }

    public List<String> names() {
      return List.of("quorum");
    }

    public List<String> values() {
      return List.of("" + quorum);
    }
  }
}
