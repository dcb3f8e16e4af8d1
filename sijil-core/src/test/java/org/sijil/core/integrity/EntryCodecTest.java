package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical entry encoding: one encoding per entry, documented bytes, strict decoding. */
class EntryCodecTest {

  static final Instant T = Instant.parse("2026-12-04T20:44:16Z");
  static final String H = "ab".repeat(32);

  static List<LogEntry> everyKind() {
    String vkey =
        NoteSigner.generate("k", SignatureType.ED25519, new SecureRandom()).verifier().text();
    return List.of(
        new LogEntry.ReleaseImport(T, "admin", "synthetic-2026-01", H, H, 10, 9, 1),
        new LogEntry.RecordVersion(T, "admin", "synthetic-2026-01", "r-17", 1, H),
        new LogEntry.Correction(T, "editor", "r-17", 2, H, "typo in the\nfather's name"),
        new LogEntry.Removal(T, "editor", "r-18", "duplicate row"),
        new LogEntry.ReviewDecision(T, "reviewer", "r-1", "r-2", "same", ""),
        new LogEntry.LinkRun(T, "system", H, H, 5),
        new LogEntry.Estimate(T, "system", H, "total 12000 (95% 11000–13500)"),
        new LogEntry.UserChange(T, "admin", "alice", "added role=analyst"),
        new LogEntry.KeyChange(T, "admin", vkey, "generated"),
        new LogEntry.Snapshot(T, "admin", "2026-12-04", H, 5));
  }

  @Test
  void everyKindRoundTrips() {
    for (LogEntry e : everyKind()) {
      byte[] bytes = e.encode();
      assertEquals(e, EntryCodec.decode(bytes));
      assertArrayEquals(bytes, EntryCodec.decode(bytes).encode());
    }
  }

  @Test
  void theBytesAreTheDocumentedOnes() {
    LogEntry e = new LogEntry.Removal(T, "editor", "r-18", "مكرر");
    assertEquals(
        "sijil-log-entry/v1\n"
            + "type 7 removal\n"
            + "time 20 2026-12-04T20:44:16Z\n"
            + "actor 6 editor\n"
            + "record 4 r-18\n"
            + "reason 8 مكرر\n",
        new String(e.encode(), StandardCharsets.UTF_8));
  }

  @Test
  void nonCanonicalOrTruncatedBytesAreRejected() {
    String good =
        new String(
            new LogEntry.Removal(T, "editor", "r-18", "dup").encode(), StandardCharsets.UTF_8);
    for (String bad :
        List.of(
            good.replace("record 4", "record 04"),
            good.replace("record 4 r-18", "record 3 r-18"),
            good.replace("type 7 removal\n", ""),
            good + "extra 1 x\n",
            good.substring(0, good.length() - 1),
            good.replace("20:44:16Z", "20:44:16.0Z").replace("time 20", "time 22"))) {
      assertThrows(
          IllegalArgumentException.class,
          () -> EntryCodec.decode(bad.getBytes(StandardCharsets.UTF_8)),
          bad);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new LogEntry.LinkRun(T, "system", "AB".repeat(32), H, 1));
  }
}
