package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A field submission was taken in (docs/intake.md): its ID, the intake source it is a record of,
 * the channel it came by ({@code bundle}, {@code odk}, {@code form}), the key of the device that
 * signed it ({@code none} when unsigned), the SHA-256 of its content (never the reporter's
 * contact), and the ID of the submission it replaces ({@code ""} when none).
 */
public record SubmissionEntry(
    Instant time,
    String actor,
    String submission,
    String source,
    String channel,
    String deviceKey,
    String contentSha256,
    String replaces)
    implements LogEntry {
  public SubmissionEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("submission", submission);
    EntryCodec.text("source", source);
    EntryCodec.text("channel", channel);
    EntryCodec.text("device-key", deviceKey);
    EntryCodec.hash("content-sha256", contentSha256);
    EntryCodec.optional("replaces", replaces);
  }

  public String type() {
    return "submission";
  }

  public List<String> names() {
    return List.of("submission", "source", "channel", "device-key", "content-sha256", "replaces");
  }

  public List<String> values() {
    return List.of(submission, source, channel, deviceKey, contentSha256, replaces);
  }
}
