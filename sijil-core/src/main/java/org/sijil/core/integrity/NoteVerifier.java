package org.sijil.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public key that checks note signatures, and its C2SP signed-note verifier key text ("vkey"):
 * {@code <name>+<hex key ID>+<base64(type byte ‖ 32-byte Ed25519 public key)>}.
 *
 * <p>Key ID (signed-note §"Signatures", tlog-cosignature §"Format"): the first four bytes, big
 * endian, of SHA-256(name ‖ 0x0A ‖ type byte ‖ public key).
 */
public record NoteVerifier(String name, int keyId, SignatureType type, byte[] publicKey) {

  /** Separator of the three parts of a key text (signed-note §"Verifier keys"). */
  static final char PART_SEPARATOR = '+';

  /** Hex digits of a 32-bit key ID. */
  static final int KEY_ID_HEX_DIGITS = 8;

  public NoteVerifier {
    requireKeyName(name);
    Ed25519.requireLength(publicKey, Ed25519.PUBLIC_KEY_SIZE, "public key");
    publicKey = publicKey.clone();
    if (keyId != keyId(name, type, publicKey)) {
      throw new IllegalArgumentException(
          "key ID " + hex(keyId) + " of '" + name + "' does not match its public key");
    }
  }

  /** The verifier for a public key, its key ID computed by the rule above. */
  public static NoteVerifier of(String name, SignatureType type, byte[] publicKey) {
    return new NoteVerifier(name, keyId(name, type, publicKey), type, publicKey);
  }

  /** Parses a verifier key text, failing with a message that says which part is wrong. */
  public static NoteVerifier parse(String vkey) {
    String text = vkey.strip();
    int first = text.indexOf(PART_SEPARATOR);
    int second = first + 1 + KEY_ID_HEX_DIGITS;
    if (first <= 0 || second >= text.length() || text.charAt(second) != PART_SEPARATOR) {
      throw new IllegalArgumentException("not a verifier key (name+keyid+key): " + text);
    }
    String idText = text.substring(first + 1, second);
    byte[] material = decodeBase64(text.substring(second + 1), "verifier key");
    SignatureType type = material.length == 0 ? null : SignatureType.of(material[0]);
    if (type == null || material.length != 1 + Ed25519.PUBLIC_KEY_SIZE) {
      throw new IllegalArgumentException("verifier key is not an Ed25519 key of type 0x01 or 0x04");
    }
    return new NoteVerifier(
        text.substring(0, first),
        parseKeyId(idText),
        type,
        Arrays.copyOfRange(material, 1, material.length));
  }

  /** SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4] as a big-endian int. */
  public static int keyId(String name, SignatureType type, byte[] publicKey) {
    var digest = Hashes.newDigest();
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
    digest.update(type.id());
    digest.update(publicKey);
    return ByteBuffer.wrap(digest.digest()).getInt();
  }

  /** The verifier key text. */
  public String text() {
    byte[] material = new byte[1 + publicKey.length];
    material[0] = type.id();
    System.arraycopy(publicKey, 0, material, 1, publicKey.length);
    return name
        + PART_SEPARATOR
        + hex(keyId)
        + PART_SEPARATOR
        + Base64.getEncoder().encodeToString(material);
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * Checks {@code signature} (without the 4-byte key ID) over a note's text. For type 0x01 the
   * message is the text itself; for 0x04 it is the tlog-cosignature message built from the
   * signature's timestamp ({@link Cosignatures#message}).
   */
  public boolean verify(String noteText, byte[] signature) {
    byte[] text = noteText.getBytes(StandardCharsets.UTF_8);
    return switch (type) {
      case ED25519 -> Ed25519.verify(publicKey, text, signature);
      case COSIGNATURE_V1 -> Cosignatures.verify(publicKey, noteText, signature);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteVerifier v
        && v.name.equals(name)
        && v.keyId == keyId
        && v.type == type
        && Arrays.equals(v.publicKey, publicKey);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + keyId;
  }

  @Override
  public String toString() {
    return text();
  }

  /** Key names are non-empty, with no Unicode spaces and no '+' (signed-note §"Format"). */
  static String requireKeyName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("key name must not be empty");
    }
    if (name.codePoints()
        .anyMatch(
            c ->
                c == PART_SEPARATOR
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c))) {
      throw new IllegalArgumentException("key name must have no spaces and no '+': " + name);
    }
    return name;
  }

  static String hex(int keyId) {
    return HexFormat.of().toHexDigits(keyId);
  }

  static int parseKeyId(String text) {
    if (text.length() != KEY_ID_HEX_DIGITS
        || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))) {
      throw new IllegalArgumentException("key ID must be 8 lowercase hex digits: " + text);
    }
    return (int) Long.parseLong(text, 16);
  }

  static byte[] decodeBase64(String text, String what) {
    try {
      return Base64Text.decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not valid base64: " + text, e);
    }
  }
}
