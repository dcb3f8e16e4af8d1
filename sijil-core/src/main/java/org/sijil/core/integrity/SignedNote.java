package org.sijil.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, then signature lines {@code — <key
 * name> <base64(4-byte big-endian key ID ‖ signature)>} (signed-note §"Format"). The text is split
 * from the signatures at the last blank line.
 */
public record SignedNote(String text, List<Line> signatures) {

  /** U+2014 EM DASH and a space: the start of every signature line. */
  static final String SIGNATURE_PREFIX = "\u2014 ";

  /** Bytes of the key ID in front of each signature. */
  static final int KEY_ID_SIZE = 4;

  /**
   * signed-note asks verifiers to accept at least 16 signatures; the Go package caps notes at 100.
   * Sijil takes the same cap so a hostile note cannot make a verifier work without bound.
   */
  public static final int MAX_SIGNATURES = 100;

  /** One signature line. */
  public record Line(String keyName, int keyId, byte[] signature) {
    public Line {
      NoteVerifier.requireKeyName(keyName);
      signature = signature.clone();
    }

    @Override
    public byte[] signature() {
      return signature.clone();
    }

    /** The line's text, without its newline. */
    public String text() {
      byte[] bytes =
          ByteBuffer.allocate(KEY_ID_SIZE + signature.length).putInt(keyId).put(signature).array();
      return SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(bytes);
    }
  }

  public SignedNote {
    requireText(text);
    signatures = List.copyOf(signatures);
    if (signatures.size() > MAX_SIGNATURES) {
      throw new NoteException("note has more than " + MAX_SIGNATURES + " signatures");
    }
  }

  /** Signs {@code text} with each signer, in order (signed-note: Ed25519 over the note text). */
  public static SignedNote sign(String text, NoteSigner... signers) {
    List<Line> lines = new ArrayList<>();
    for (NoteSigner s : signers) {
      lines.add(new Line(s.name(), s.keyId(), s.sign(requireText(text))));
    }
    return new SignedNote(text, lines);
  }

  /** This note with one more signature line at the end (a witness's cosignature, say). */
  public SignedNote with(Line signature) {
    List<Line> lines = new ArrayList<>(signatures);
    lines.removeIf(l -> l.keyName.equals(signature.keyName) && l.keyId == signature.keyId);
    lines.add(signature);
    return new SignedNote(text, lines);
  }

  /** The note's bytes as text: the text, a blank line, one line per signature. */
  public String format() {
    StringBuilder out = new StringBuilder(text).append('\n');
    for (Line l : signatures) {
      out.append(l.text()).append('\n');
    }
    return out.toString();
  }

  /** Parses a signed note from bytes that must be valid UTF-8 (signed-note §"Format"). */
  public static SignedNote parse(byte[] note) {
    try {
      return parse(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(note))
              .toString());
    } catch (CharacterCodingException e) {
      throw new NoteException("note is not valid UTF-8");
    }
  }

  /** Parses a signed note, failing with a {@link NoteException} that names the bad line. */
  public static SignedNote parse(String note) {
    if (note.codePoints().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw new NoteException("note contains a control character other than newline");
    }
    if (!note.endsWith("\n")) {
      throw new NoteException("note does not end with a newline");
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new NoteException("note has no blank line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String[] lines = note.substring(split + 2).split("\n", -1);
    List<Line> sigs = new ArrayList<>();
    int lineNumber = (int) text.chars().filter(c -> c == '\n').count() + 1;
    for (int i = 0; i < lines.length - 1; i++) {
      sigs.add(parseLine(lines[i], lineNumber + 1 + i));
    }
    if (sigs.isEmpty()) {
      throw new NoteException("note has no signature lines");
    }
    return new SignedNote(text, sigs);
  }

  private static Line parseLine(String line, int lineNumber) {
    int space = line.lastIndexOf(' ');
    if (!line.startsWith(SIGNATURE_PREFIX) || space <= SIGNATURE_PREFIX.length()) {
      throw new NoteException("line " + lineNumber + " is not a signature line: " + line);
    }
    byte[] bytes;
    try {
      bytes = Base64Text.decode(line.substring(space + 1));
      if (bytes.length <= KEY_ID_SIZE) {
        throw new IllegalArgumentException("too short");
      }
      ByteBuffer b = ByteBuffer.wrap(bytes);
      int keyId = b.getInt();
      byte[] sig = new byte[b.remaining()];
      b.get(sig);
      return new Line(line.substring(SIGNATURE_PREFIX.length(), space), keyId, sig);
    } catch (IllegalArgumentException e) {
      throw new NoteException("line " + lineNumber + " has a malformed signature: " + line);
    }
  }

  /**
   * Verifies the note against known keys (signed-note §"Signatures"): signatures from unknown keys
   * (name and key ID both unmatched) are ignored; any signature from a known key that fails rejects
   * the note; at least one known key must have signed. Returns the keys whose signatures verified.
   */
  public List<NoteVerifier> verify(List<NoteVerifier> known) {
    List<NoteVerifier> verified = new ArrayList<>();
    for (Line line : signatures) {
      for (NoteVerifier v : known) {
        if (v.name().equals(line.keyName) && v.keyId() == line.keyId) {
          if (!v.verify(text, line.signature)) {
            throw new NoteException("signature by " + v.name() + " does not verify");
          }
          verified.add(v);
        }
      }
    }
    if (verified.isEmpty()) {
      throw new NoteException("note is not signed by any known key");
    }
    return verified;
  }

  /** The signature line by {@code verifier}'s name and key ID, or null. */
  public Line signatureBy(NoteVerifier verifier) {
    return signatures.stream()
        .filter(l -> l.keyName.equals(verifier.name()) && l.keyId == verifier.keyId())
        .findFirst()
        .orElse(null);
  }

  private static String requireText(String text) {
    if (text == null || text.isEmpty() || !text.endsWith("\n")) {
      throw new NoteException("note text must end with a newline");
    }
    if (text.codePoints().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw new NoteException("note text contains a control character other than newline");
    }
    return text;
  }
}
