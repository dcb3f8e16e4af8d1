package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical bytes of the entry kinds the other codec tests do not write (intake, incidents,
 * sources, grades, suggestions, merges, the witness quorum), each written out by hand from
 * docs/integrity.md ({@code name SP byte-length SP value LF}; the Arabic values count UTF-8 bytes),
 * then decoded back; and the rules on their fields at the edges.
 */
class EntryKindsTest {

  private static final Instant T = Instant.parse("2026-12-05T09:00:00Z");
  private static final String H = "ab".repeat(32);
  private static final String HEAD = "sijil-log-entry/v1\ntime 20 2026-12-05T09:00:00Z\n";

  /** The entry's bytes are exactly {@code type}, the time, then {@code rest}; they decode back. */
  private static void documented(LogEntry e, String typeLine, String rest) {
    String expected = "sijil-log-entry/v1\n" + typeLine + "\ntime 20 2026-12-05T09:00:00Z\n" + rest;
    assertEquals(expected, new String(e.encode(), StandardCharsets.UTF_8));
    assertEquals(e, EntryCodec.decode(expected.getBytes(StandardCharsets.UTF_8)));
  }

  private static IllegalArgumentException refused(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(IllegalArgumentException.class, e);
  }

  @Test
  void intakeEntries() {
    documented(
        new SubmissionEntry(T, "system", "s-0123", "family-report", "bundle", "none", H, ""),
        "type 10 submission",
        "actor 6 system\n"
            + "submission 6 s-0123\n"
            + "source 13 family-report\n"
            + "channel 6 bundle\n"
            + "device-key 4 none\n"
            + "content-sha256 64 "
            + H
            + "\n"
            + "replaces 0 \n");
    documented(
        new ContactOpenedEntry(T, "admin", "s-0123"),
        "type 14 contact-opened",
        "actor 5 admin\nsubmission 6 s-0123\n");
  }

  @Test
  void incidentEntries() {
    documented(
        new IncidentEntry(T, "amal", "SYN-1", 2, H, "date"),
        "type 15 incident-change",
        "actor 4 amal\nincident 5 SYN-1\nversion 1 2\nincident-sha256 64 "
            + H
            + "\nchange 4 date\n");
    // the person comes before the incident in the bytes, though not in the constructor
    documented(
        new VictimLinkEntry(T, "amal", "SYN-1", "p-7", "suggested", "killed", "possible", ""),
        "type 11 victim-link",
        "actor 4 amal\n"
            + "person 3 p-7\n"
            + "incident 5 SYN-1\n"
            + "state 9 suggested\n"
            + "role 6 killed\n"
            + "certainty 8 possible\n"
            + "note 0 \n");
    documented(
        new IncidentTypeEntry(T, "amal", "sniper", "Sniper fire", "قناص", "added"),
        "type 13 incident-type",
        "actor 4 amal\ncode 6 sniper\nenglish 11 Sniper fire\narabic 8 قناص\nchange 5 added\n");
  }

  @Test
  void sourceNamesLogAnUnsetNameAsEmpty() {
    SourceNameEntry e = new SourceNameEntry(T, "amal", "moh", null, "وزارة الصحة", "named");
    assertEquals("", e.english());
    documented(
        e,
        "type 11 source-name",
        "actor 4 amal\nsource 3 moh\nenglish 0 \narabic 21 وزارة الصحة\nchange 5 named\n");
    assertEquals("", new SourceNameEntry(T, "amal", "moh", "MoH", null, "renamed").arabic());
  }

  @Test
  void registerEntries() {
    documented(
        new LogEntry.PersonGrade(T, "amal", "p-7", "confirm", "two lists"),
        "type 12 person-grade",
        "actor 4 amal\nperson 3 p-7\ndecision 7 confirm\nreason 9 two lists\n");
    documented(
        new LogEntry.Suggestion(T, "reader", "sg-1", "p-7", "dod", H),
        "type 10 suggestion",
        "actor 6 reader\nsuggestion 4 sg-1\nperson 3 p-7\nfield 3 dod\ncontent-sha256 64 "
            + H
            + "\n");
    documented(
        new LogEntry.PersonMerge(T, "system", "p-7", "p-9", 3, "m-1"),
        "type 12 person-merge",
        "actor 6 system\nperson 3 p-7\nfrom 3 p-9\nrecords 1 3\nmodel 3 m-1\n");
    documented(
        new LogEntry.WitnessQuorum(T, "admin", 0),
        "type 14 witness-quorum",
        "actor 5 admin\nquorum 1 0\n");
  }

  @Test
  void countsStartAtZeroAndVersionsAtOne() {
    assertEquals(1, new IncidentEntry(T, "a", "i", 1, H, "c").version());
    refused(() -> new IncidentEntry(T, "a", "i", 0, H, "c"));
    refused(() -> new LogEntry.WitnessQuorum(T, "a", -1));
    assertEquals(1, new LogEntry.PersonMerge(T, "a", "p-1", "p-2", 1, "m").records());
    refused(() -> new LogEntry.PersonMerge(T, "a", "p-1", "p-2", 0, "m"));
    assertEquals(
        "a person cannot be merged into itself: p-1",
        refused(() -> new LogEntry.PersonMerge(T, "a", "p-1", "p-1", 1, "m")).getMessage());
    assertEquals(
        "entry field version must be ≥ 1, not 0",
        refused(() -> new LogEntry.RecordVersion(T, "a", "r", "k", 0, H)).getMessage());
    assertEquals(
        "entry field rows must be ≥ 0, not -1",
        refused(() -> new LogEntry.ReleaseImport(T, "a", "r", H, H, -1, 0, 0)).getMessage());
  }

  @Test
  void textFieldsAreNonEmptyAndOptionalOnesNonNull() {
    refused(() -> new ContactOpenedEntry(T, "admin", ""));
    refused(() -> new ContactOpenedEntry(T, "", "s-1"));
    refused(() -> new SubmissionEntry(T, "s", "s-1", "src", "bundle", "", H, ""));
    assertEquals(
        "entry field replaces must not be null (use \"\")",
        refused(() -> new SubmissionEntry(T, "s", "s-1", "src", "bundle", "none", H, null))
            .getMessage());
    refused(() -> new SubmissionEntry(T, "s", "s-1", "src", "bundle", "none", H.substring(1), ""));
    refused(() -> new VictimLinkEntry(T, "a", "SYN-1", "p-7", "suggested", "", "possible", ""));
    refused(() -> new VictimLinkEntry(T, "a", "SYN-1", "p-7", "suggested", "killed", "x", null));
    refused(() -> new IncidentTypeEntry(T, "a", "sniper", "Sniper", "", "added"));
    refused(() -> new SourceNameEntry(T, "a", "moh", null, null, ""));
    refused(() -> new LogEntry.Suggestion(T, "r", "sg-1", "p-7", "dod", "AB".repeat(32)));
    assertEquals(
        "entry time must be whole seconds, not 2026-12-05T09:00:00.500Z",
        refused(() -> new ContactOpenedEntry(T.plusMillis(500), "admin", "s-1")).getMessage());
    refused(() -> new ContactOpenedEntry(null, "admin", "s-1"));
  }

  @Test
  void decodingNamesTheFieldThatIsOutOfPlace() {
    String good = "actor 5 admin\nquorum 1 0\n";
    assertEquals(
        "witness-quorum entry field 4 must be quorum",
        decodeError("type 14 witness-quorum", "actor 5 admin\nquota 1 0\n"));
    assertEquals(
        "witness-quorum entry field quorum is not a decimal number: 00",
        decodeError("type 14 witness-quorum", "actor 5 admin\nquorum 2 00\n"));
    assertEquals(
        "witness-quorum entry has an extra field note",
        decodeError("type 14 witness-quorum", good + "note 0 \n"));
    assertEquals("unknown entry type witness", decodeError("type 7 witness", good));
    assertEquals(
        "person-merge entry field 5 must be from",
        decodeError("type 12 person-merge", "actor 6 system\nperson 3 p-7\n"));
  }

  private static String decodeError(String typeLine, String rest) {
    String text = HEAD.replace("\ntime", "\n" + typeLine + "\ntime") + rest;
    return refused(() -> EntryCodec.decode(text.getBytes(StandardCharsets.UTF_8))).getMessage();
  }

  @Test
  void anEntryMayTakeUpToTheTileLimitAndNoMore() {
    // header 19 + "type 7 removal\n" 15 + time 29 + "actor 1 a\n" 10 + "record 1 r\n" 11
    // + "reason NNNNN " 13 + value + "\n" 1 = 98 bytes around the reason (5-digit length)
    int around = 98;
    String fits = "x".repeat(EntryCodec.MAX_SIZE - around);
    byte[] bytes = new LogEntry.Removal(T, "a", "r", fits).encode();
    assertEquals(EntryCodec.MAX_SIZE, bytes.length);
    assertArrayEquals(bytes, EntryCodec.decode(bytes).encode());
    IllegalArgumentException e =
        refused(() -> new LogEntry.Removal(T, "a", "r", fits + "x").encode());
    assertEquals(
        "removal entry is "
            + (EntryCodec.MAX_SIZE + 1)
            + " bytes, over the "
            + EntryCodec.MAX_SIZE
            + "-byte limit (shorten its note or reason)",
        e.getMessage());
    assertEquals(List.of("record", "reason"), new LogEntry.Removal(T, "a", "r", "x").names());
  }
}
