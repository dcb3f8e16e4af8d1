package org.sijil.core.integrity;

import java.util.Base64;
import java.util.List;

/**
 * The body of a C2SP tlog-checkpoint (§"Note text"): origin line, tree size in decimal with no
 * leading zeros, base64 RFC 6962 root hash, then optional non-empty extension lines, each ending in
 * a newline. It is signed as a {@link SignedNote} by the log's key, whose name SHOULD equal the
 * origin.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

  /** Mandatory lines: origin, size, root hash. */
  static final int MANDATORY_LINES = 3;

  public Checkpoint {
    if (origin == null || origin.isEmpty() || origin.contains("\n")) {
      throw new IllegalArgumentException("checkpoint origin must be one non-empty line");
    }
    if (size < 0) {
      throw new IllegalArgumentException("checkpoint size must be non-negative, not " + size);
    }
    rootHash = Hashes.requireHash(rootHash, "checkpoint root hash").clone();
    extensions = List.copyOf(extensions);
    for (String e : extensions) {
      if (e.isEmpty() || e.contains("\n")) {
        throw new IllegalArgumentException("checkpoint extension lines must be one non-empty line");
      }
    }
  }

  public Checkpoint(String origin, long size, byte[] rootHash) {
    this(origin, size, rootHash, List.of());
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** The note text. */
  public String body() {
    StringBuilder out =
        new StringBuilder()
            .append(origin)
            .append('\n')
            .append(size)
            .append('\n')
            .append(Base64.getEncoder().encodeToString(rootHash))
            .append('\n');
    extensions.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }

  /** Signs the body as a note with the log's key. */
  public SignedNote sign(NoteSigner logKey) {
    return SignedNote.sign(body(), logKey);
  }

  /** Parses a checkpoint body, naming the line that is wrong. */
  public static Checkpoint parse(String body) {
    if (!body.endsWith("\n")) {
      throw new NoteException("checkpoint does not end with a newline");
    }
    String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
    if (lines.length < MANDATORY_LINES) {
      throw new NoteException("checkpoint has fewer than 3 lines");
    }
    if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
      throw new NoteException("checkpoint line 2 is not a tree size: " + lines[1]);
    }
    byte[] root;
    try {
      root = Base64Text.decode(lines[2]);
    } catch (IllegalArgumentException e) {
      throw new NoteException("checkpoint line 3 is not base64: " + lines[2]);
    }
    if (root.length != Hashes.SIZE) {
      throw new NoteException("checkpoint line 3 is not a 32-byte root hash");
    }
    try {
      return new Checkpoint(
          lines[0],
          Long.parseLong(lines[1]),
          root,
          List.of(lines).subList(MANDATORY_LINES, lines.length));
    } catch (IllegalArgumentException e) {
      throw new NoteException("checkpoint: " + e.getMessage());
    }
  }

  /**
   * Parses a signed checkpoint and verifies it with the log's key (and optionally more keys), in
   * one step: the text of a note is never trusted before its signature is checked.
   */
  public static Checkpoint verified(SignedNote note, NoteVerifier logKey) {
    note.verify(List.of(logKey));
    return parse(note.text());
  }
}
