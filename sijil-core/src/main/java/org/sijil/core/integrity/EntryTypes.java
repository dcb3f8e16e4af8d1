package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/** Builds a {@link LogEntry} of a named type from its decoded fields, checking names and order. */
final class EntryTypes {

  private EntryTypes() {}

  static LogEntry build(String type, Instant t, String actor, List<String[]> fields) {
    V v = new V(type, fields);
    LogEntry e =
        switch (type) {
          case "release-import" ->
              new LogEntry.ReleaseImport(
                  t,
                  actor,
                  v.s("release"),
                  v.s("file-sha256"),
                  v.s("rows-root"),
                  v.n("rows"),
                  v.n("accepted"),
                  v.n("rejected"));
          case "record-version" ->
              new LogEntry.RecordVersion(
                  t, actor, v.s("release"), v.s("record"), v.n("version"), v.s("record-sha256"));
          case "correction" ->
              new LogEntry.Correction(
                  t, actor, v.s("record"), v.n("version"), v.s("record-sha256"), v.s("reason"));
          case "removal" -> new LogEntry.Removal(t, actor, v.s("record"), v.s("reason"));
          case "review-decision" ->
              new LogEntry.ReviewDecision(
                  t, actor, v.s("left"), v.s("right"), v.s("decision"), v.s("note"));
          case "link-run" ->
              new LogEntry.LinkRun(
                  t, actor, v.s("model-sha256"), v.s("persons-root"), v.n("persons"));
          case "estimate" -> new LogEntry.Estimate(t, actor, v.s("inputs-sha256"), v.s("result"));
          case "user-change" -> new LogEntry.UserChange(t, actor, v.s("user"), v.s("change"));
          case "key-change" -> new LogEntry.KeyChange(t, actor, v.s("key"), v.s("change"));
          case "snapshot" ->
              new LogEntry.Snapshot(t, actor, v.s("snapshot"), v.s("persons-root"), v.n("persons"));
          case "submission" ->
              new SubmissionEntry(
                  t,
                  actor,
                  v.s("submission"),
                  v.s("source"),
                  v.s("channel"),
                  v.s("device-key"),
                  v.s("content-sha256"),
                  v.s("replaces"));
          case "incident-change" ->
              new IncidentEntry(
                  t, actor, v.s("incident"), v.n("version"), v.s("incident-sha256"), v.s("change"));
          case "victim-link" -> victimLink(t, actor, v);
          case "person-grade" ->
              new LogEntry.PersonGrade(t, actor, v.s("person"), v.s("decision"), v.s("reason"));
          case "suggestion" ->
              new LogEntry.Suggestion(
                  t, actor, v.s("suggestion"), v.s("person"), v.s("field"), v.s("content-sha256"));
          case "person-merge" ->
              new LogEntry.PersonMerge(
                  t, actor, v.s("person"), v.s("from"), v.n("records"), v.s("model"));
          case "witness-quorum" -> new LogEntry.WitnessQuorum(t, actor, v.n("quorum"));
          case "incident-type" ->
              new IncidentTypeEntry(
                  t, actor, v.s("code"), v.s("english"), v.s("arabic"), v.s("change"));
          case "contact-opened" -> new ContactOpenedEntry(t, actor, v.s("submission"));
          case "submission-status" ->
              new SubmissionStatusEntry(
                  t, actor, v.s("submission"), v.s("from"), v.s("to"), v.s("reason"));
          case "source-name" ->
              new SourceNameEntry(
                  t, actor, v.s("source"), v.s("english"), v.s("arabic"), v.s("change"));
          default -> throw new IllegalArgumentException("unknown entry type " + type);
        };
    if (v.next != fields.size()) {
      throw new IllegalArgumentException(
          type + " entry has an extra field " + fields.get(v.next)[0]);
    }
    return e;
  }

  private static LogEntry victimLink(Instant t, String actor, V v) {
    String person = v.s("person");
    String incident = v.s("incident");
    return new VictimLinkEntry(
        t, actor, incident, person, v.s("state"), v.s("role"), v.s("certainty"), v.s("note"));
  }

  /** Reads the fields in order, each by its expected name. */
  private static final class V {
    final String type;
    final List<String[]> fields;
    int next;

    V(String type, List<String[]> fields) {
      this.type = type;
      this.fields = fields;
    }

    String s(String name) {
      if (next >= fields.size() || !fields.get(next)[0].equals(name)) {
        throw new IllegalArgumentException(
            type + " entry field " + (next + 4) + " must be " + name);
      }
      return fields.get(next++)[1];
    }

    long n(String name) {
      String text = s(name);
      if (!text.matches("0|[1-9][0-9]{0,18}")) {
        throw new IllegalArgumentException(
            type + " entry field " + name + " is not a decimal number: " + text);
      }
      return Long.parseLong(text);
    }
  }
}
