package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A submission's status change as a log entry: documented bytes, round trip, strict fields. */
class SubmissionStatusEntryTest {

  private static final Instant T = Instant.parse("2026-12-05T09:00:00Z");

  @Test
  void theBytesAreTheDocumentedOnesAndDecodeBack() {
    LogEntry e =
        new SubmissionStatusEntry(
            T,
            "amal",
            "s-0123abcd",
            "pending",
            "corroborated",
            "link-run model:3: also in list moh");
    assertEquals(
        "sijil-log-entry/v1\n"
            + "type 17 submission-status\n"
            + "time 20 2026-12-05T09:00:00Z\n"
            + "actor 4 amal\n"
            + "submission 10 s-0123abcd\n"
            + "from 7 pending\n"
            + "to 12 corroborated\n"
            + "reason 34 link-run model:3: also in list moh\n",
        new String(e.encode(), StandardCharsets.UTF_8));
    assertEquals(e, EntryCodec.decode(e.encode()));
    assertArrayEquals(e.encode(), EntryCodec.decode(e.encode()).encode());
  }

  @Test
  void anEmptyFieldOrNoChangeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SubmissionStatusEntry(T, "amal", "s-1", "pending", "pending", "analyst"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SubmissionStatusEntry(T, "amal", "s-1", "pending", "confirmed", ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SubmissionStatusEntry(T, "amal", "", "pending", "confirmed", "analyst"));
  }
}
