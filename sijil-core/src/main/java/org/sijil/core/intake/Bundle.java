package org.sijil.core.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.NoteException;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SignedNote;

/**
 * A signed bundle of submissions, one text file that can travel by USB stick, messaging app or
 * e-mail:
 *
 * <pre>
 * sijil-intake-bundle/v1          ┐
 * device &lt;verifier key&gt;           │ the manifest: a C2SP signed note,
 * created &lt;yyyy-MM-ddTHH:mm:ssZ&gt;  │ signed by the device key it names
 * count N                         │
 * &lt;sha256 of line 1&gt; … (N lines)  ┘
 *
 * — &lt;key name&gt; &lt;base64 signature&gt;
 *
 * {"v":1,…}                        N JSON lines ({@link SubmissionJson})
 * </pre>
 *
 * <p>Reading rules: a bundle whose manifest is missing, malformed, unsigned, signed by a key other
 * than the one it names, or (when a trust list is given) by an untrusted key, is rejected whole
 * with the reason. Otherwise each JSON line is kept only when the SHA-256 of its UTF-8 bytes is in
 * the manifest (an altered line is listed with the reason), and each manifest hash without its line
 * is listed as missing.
 */
public final class Bundle {

  /** The first line of every bundle. */
  public static final String HEADER = "sijil-intake-bundle/v1";

  private static final String DEVICE = "device ";
  private static final String CREATED = "created ";
  private static final String COUNT = "count ";
  private static final int FIXED_LINES = 4;

  private Bundle() {}

  /** One JSON line of a bundle; {@code problem} is null when the manifest vouches for it. */
  public record Line(int number, String json, String problem) {}

  /**
   * What a bundle holds. {@code rejection} is null when its manifest verified (then {@code device}
   * is the key that signed it); {@code missing} lists manifest hashes with no line.
   */
  public record Contents(
      NoteVerifier device, String rejection, List<Line> lines, List<String> missing) {
    public Contents {
      lines = List.copyOf(lines);
      missing = List.copyOf(missing);
    }
  }

  /** Writes a bundle of {@code jsonLines} signed with {@code device}. */
  public static String write(NoteSigner device, Instant created, List<String> jsonLines) {
    StringBuilder manifest = new StringBuilder(HEADER).append('\n');
    manifest.append(DEVICE).append(device.verifier().text()).append('\n');
    manifest.append(CREATED).append(Instant.ofEpochSecond(created.getEpochSecond())).append('\n');
    manifest.append(COUNT).append(jsonLines.size()).append('\n');
    for (String line : jsonLines) {
      if (line.indexOf('\n') >= 0 || line.isBlank()) {
        throw new IllegalArgumentException("a bundle line must be one non-blank line");
      }
      manifest.append(sha256(line)).append('\n');
    }
    StringBuilder out = new StringBuilder(SignedNote.sign(manifest.toString(), device).format());
    out.append('\n');
    for (String line : jsonLines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * Reads and verifies a bundle.
   *
   * @param trusted the device keys accepted; empty accepts any key that signed its own manifest
   */
  public static Contents read(String text, List<NoteVerifier> trusted) {
    String[] all = text.replace("\r\n", "\n").split("\n", -1);
    int i = 0;
    while (i < all.length && !all[i].isEmpty()) {
      i++;
    }
    int manifestEnd = i;
    i++;
    while (i < all.length && !all[i].isEmpty()) {
      i++;
    }
    int noteEnd = i;
    List<Line> raw = new ArrayList<>();
    for (int n = noteEnd + 1; n < all.length; n++) {
      if (!all[n].isBlank()) {
        raw.add(new Line(n + 1, all[n], null));
      }
    }
    if (!all[0].equals(HEADER)) {
      return rejected("not a Sijil intake bundle: the first line is not " + HEADER, raw);
    }
    List<String> manifest = List.of(all).subList(0, manifestEnd);
    StringBuilder note = new StringBuilder();
    for (int n = 0; n < Math.min(noteEnd, all.length); n++) {
      note.append(all[n]).append('\n');
    }
    NoteVerifier device;
    try {
      device = checkManifest(manifest);
      SignedNote.parse(note.toString()).verify(List.of(device));
    } catch (NoteException | IllegalArgumentException e) {
      return rejected("the manifest does not verify: " + e.getMessage(), raw);
    }
    if (!trusted.isEmpty() && !trusted.contains(device)) {
      return rejected(
          "the bundle is signed by " + device.text() + ", not a trusted device key", raw);
    }
    return match(device, manifest.subList(FIXED_LINES, manifest.size()), raw);
  }

  private static NoteVerifier checkManifest(List<String> manifest) {
    if (manifest.size() < FIXED_LINES
        || !manifest.get(1).startsWith(DEVICE)
        || !manifest.get(2).startsWith(CREATED)
        || !manifest.get(3).startsWith(COUNT)) {
      throw new IllegalArgumentException(
          "the manifest must start with the lines device, created and count");
    }
    try {
      Instant.parse(manifest.get(2).substring(CREATED.length()));
    } catch (DateTimeParseException e) {
      // not an IllegalArgumentException: without this the bundle would fail whole, unexplained
      throw new IllegalArgumentException(
          "the manifest's created line is not a time yyyy-MM-ddTHH:mm:ssZ", e);
    }
    String count = manifest.get(3).substring(COUNT.length());
    if (!count.matches("0|[1-9][0-9]{0,8}")
        || Integer.parseInt(count) != manifest.size() - FIXED_LINES) {
      throw new IllegalArgumentException(
          "the manifest's count " + count + " is not its number of hashes");
    }
    for (int n = FIXED_LINES; n < manifest.size(); n++) {
      if (!manifest.get(n).matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("manifest line " + (n + 1) + " is not a SHA-256 hash");
      }
    }
    return NoteVerifier.parse(manifest.get(1).substring(DEVICE.length()));
  }

  private static Contents match(NoteVerifier device, List<String> hashes, List<Line> raw) {
    Map<String, Integer> expected = new HashMap<>();
    for (String h : hashes) {
      expected.merge(h, 1, Integer::sum);
    }
    List<Line> lines = new ArrayList<>();
    for (Line l : raw) {
      String h = sha256(l.json());
      if (expected.getOrDefault(h, 0) > 0) {
        expected.merge(h, -1, Integer::sum);
        lines.add(l);
      } else {
        lines.add(
            new Line(
                l.number(),
                l.json(),
                "line "
                    + l.number()
                    + " is not in the signed manifest (altered, or added after signing)"));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String h : hashes) {
      if (expected.getOrDefault(h, 0) > 0) {
        expected.merge(h, -1, Integer::sum);
        missing.add(
            "the submission with SHA-256 " + h + " in the manifest is missing from the bundle");
      }
    }
    return new Contents(device, null, lines, missing);
  }

  private static Contents rejected(String reason, List<Line> raw) {
    List<Line> lines = new ArrayList<>();
    for (Line l : raw) {
      lines.add(new Line(l.number(), l.json(), reason));
    }
    return new Contents(null, reason, lines, List.of());
  }

  /** SHA-256 (hex) of a line's UTF-8 bytes. */
  public static String sha256(String line) {
    return Hashes.hex(Hashes.sha256(line.getBytes(StandardCharsets.UTF_8)));
  }
}
