package org.sijil.core.integrity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A private Ed25519 key that signs notes, and its signer key text in the form of the Go {@code
 * sumdb/note} package: {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type byte ‖ 32-byte seed)>}.
 * The key ID is that of the matching {@link NoteVerifier}. Witness keys use the same text with type
 * byte 0x04.
 */
public final class NoteSigner {

  /** The prefix that marks a signer key text, so it is never mistaken for a public one. */
  public static final String PREFIX = "PRIVATE+KEY+";

  private final byte[] seed;
  private final NoteVerifier verifier;

  private NoteSigner(String name, SignatureType type, byte[] seed) {
    Ed25519.requireLength(seed, Ed25519.SEED_SIZE, "Ed25519 seed");
    this.seed = seed.clone();
    this.verifier = NoteVerifier.of(name, type, Ed25519.publicKey(seed));
  }

  /** A signer for a given seed. */
  public static NoteSigner of(String name, SignatureType type, byte[] seed) {
    return new NoteSigner(NoteVerifier.requireKeyName(name), type, seed);
  }

  /** A new random key. */
  public static NoteSigner generate(String name, SignatureType type, SecureRandom random) {
    return of(name, type, Ed25519.newSeed(random));
  }

  /** Parses a signer key text; the key ID must match the key the seed derives. */
  public static NoteSigner parse(String skey) {
    String text = skey.strip();
    if (!text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a private key: it must start with " + PREFIX);
    }
    String rest = text.substring(PREFIX.length());
    int first = rest.indexOf(NoteVerifier.PART_SEPARATOR);
    int second = first + 1 + NoteVerifier.KEY_ID_HEX_DIGITS;
    if (first <= 0
        || second >= rest.length()
        || rest.charAt(second) != NoteVerifier.PART_SEPARATOR) {
      throw new IllegalArgumentException("not a private key (PRIVATE+KEY+name+keyid+key)");
    }
    byte[] material = NoteVerifier.decodeBase64(rest.substring(second + 1), "private key");
    SignatureType type = material.length == 0 ? null : SignatureType.of(material[0]);
    if (type == null || material.length != 1 + Ed25519.SEED_SIZE) {
      throw new IllegalArgumentException("private key is not an Ed25519 key of type 0x01 or 0x04");
    }
    NoteSigner signer =
        of(rest.substring(0, first), type, Arrays.copyOfRange(material, 1, material.length));
    int keyId = NoteVerifier.parseKeyId(rest.substring(first + 1, second));
    Arrays.fill(material, (byte) 0);
    if (keyId != signer.verifier.keyId()) {
      throw new IllegalArgumentException("private key's key ID does not match its key");
    }
    return signer;
  }

  /** The signer key text (secret: write it only to a file only its owner can read). */
  public String text() {
    byte[] material = new byte[1 + seed.length];
    material[0] = verifier.type().id();
    System.arraycopy(seed, 0, material, 1, seed.length);
    return PREFIX
        + verifier.name()
        + NoteVerifier.PART_SEPARATOR
        + NoteVerifier.hex(verifier.keyId())
        + NoteVerifier.PART_SEPARATOR
        + Base64.getEncoder().encodeToString(material);
  }

  public String name() {
    return verifier.name();
  }

  public int keyId() {
    return verifier.keyId();
  }

  /** The public half. */
  public NoteVerifier verifier() {
    return verifier;
  }

  /**
   * The Ed25519 signature of the note text (type 0x01 only; witnesses use {@link Cosignatures}).
   */
  public byte[] sign(String noteText) {
    if (verifier.type() != SignatureType.ED25519) {
      throw new IllegalStateException("a witness key signs only cosignatures");
    }
    return Ed25519.sign(seed, noteText.getBytes(StandardCharsets.UTF_8));
  }

  /** Raw Ed25519 signature of a message (for {@link Cosignatures}). */
  byte[] signBytes(byte[] message) {
    return Ed25519.sign(seed, message);
  }

  @Override
  public String toString() {
    return "NoteSigner[" + verifier.text() + "]";
  }
}
