package org.sijil.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The canonical bytes of a {@link LogEntry} (docs/integrity.md §"Entry encoding"), all UTF-8:
 *
 * <pre>
 * sijil-log-entry/v1 LF
 * then, for type, time, actor and each type field in its fixed order:
 * &lt;name&gt; SP &lt;decimal byte length of value&gt; SP &lt;value bytes&gt; LF
 * </pre>
 *
 * The length prefix makes any value (spaces, newlines, Arabic) unambiguous without escaping; the
 * fixed field order and the rules on values (decimal without leading zeros, lowercase hex, time as
 * {@code yyyy-MM-ddTHH:mm:ssZ}) leave exactly one encoding per entry, and {@link #decode} rejects
 * every other (it re-encodes and compares).
 */
public final class EntryCodec {

  /** The first line: format name and version. A new version gets a new line, never a reuse. */
  public static final String HEADER = "sijil-log-entry/v1";

  /** Largest encoded entry: tlog-tiles entry bundles carry a uint16 length. */
  public static final int MAX_SIZE = Tiles.MAX_ENTRY_SIZE;

  private static final Pattern HEX_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
  private static final List<String> COMMON = List.of("type", "time", "actor");

  private EntryCodec() {}

  /** Encodes an entry, failing when it is over {@link #MAX_SIZE} bytes. */
  public static byte[] encode(LogEntry e) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    field(out, "type", e.type());
    field(out, "time", TIME.format(e.time()));
    field(out, "actor", e.actor());
    for (int i = 0; i < e.names().size(); i++) {
      field(out, e.names().get(i), e.values().get(i));
    }
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_SIZE) {
      throw new IllegalArgumentException(
          e.type()
              + " entry is "
              + bytes.length
              + " bytes, over the "
              + MAX_SIZE
              + "-byte limit (shorten its note or reason)");
    }
    return bytes;
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name)
        .append(' ')
        .append(value.getBytes(StandardCharsets.UTF_8).length)
        .append(' ')
        .append(value)
        .append('\n');
  }

  /** Decodes canonical bytes, failing with a message that names the field or byte offset. */
  public static LogEntry decode(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("entry is not valid UTF-8");
    }
    if (!text.startsWith(HEADER + "\n")) {
      throw new IllegalArgumentException("entry does not start with " + HEADER);
    }
    List<String[]> fields = fields(bytes, (HEADER + "\n").length());
    for (int i = 0; i < COMMON.size(); i++) {
      if (fields.size() <= i || !fields.get(i)[0].equals(COMMON.get(i))) {
        throw new IllegalArgumentException("entry field " + (i + 1) + " must be " + COMMON.get(i));
      }
    }
    Instant time;
    try {
      time = Instant.parse(fields.get(1)[1]);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("entry time is not yyyy-MM-ddTHH:mm:ssZ");
    }
    LogEntry entry =
        EntryTypes.build(
            fields.get(0)[1], time, fields.get(2)[1], fields.subList(COMMON.size(), fields.size()));
    if (!Arrays.equals(encode(entry), bytes)) {
      throw new IllegalArgumentException("entry is not in canonical form");
    }
    return entry;
  }

  private static List<String[]> fields(byte[] bytes, int start) {
    List<String[]> out = new ArrayList<>();
    int at = start;
    while (at < bytes.length) {
      int space = indexOf(bytes, (byte) ' ', at);
      int space2 = space < 0 ? -1 : indexOf(bytes, (byte) ' ', space + 1);
      if (space2 < 0) {
        throw new IllegalArgumentException("entry field at byte " + at + " has no length");
      }
      String name = new String(bytes, at, space - at, StandardCharsets.UTF_8);
      String len = new String(bytes, space + 1, space2 - space - 1, StandardCharsets.UTF_8);
      if (!len.matches("0|[1-9][0-9]{0,4}")) {
        throw new IllegalArgumentException("entry field " + name + " has a bad length: " + len);
      }
      int end = space2 + 1 + Integer.parseInt(len);
      if (end >= bytes.length || bytes[end] != '\n') {
        throw new IllegalArgumentException(
            "entry field " + name + " does not end where its" + " length says");
      }
      out.add(
          new String[] {
            name, new String(bytes, space2 + 1, end - space2 - 1, StandardCharsets.UTF_8)
          });
      at = end + 1;
    }
    return out;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static void check(Instant time, String actor) {
    if (time == null || time.truncatedTo(ChronoUnit.SECONDS).compareTo(time) != 0) {
      throw new IllegalArgumentException("entry time must be whole seconds, not " + time);
    }
    text("actor", actor);
  }

  static String text(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("entry field " + name + " must not be empty");
    }
    return value;
  }

  static String optional(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("entry field " + name + " must not be null (use \"\")");
    }
    return value;
  }

  static void hash(String name, String value) {
    if (value == null || !HEX_HASH.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "entry field " + name + " must be 64 lowercase hex digits, not " + value);
    }
  }

  static void count(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("entry field " + name + " must be ≥ 0, not " + value);
    }
  }

  static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("entry field " + name + " must be ≥ 1, not " + value);
    }
  }
}
