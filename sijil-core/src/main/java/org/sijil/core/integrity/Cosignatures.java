package org.sijil.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * C2SP tlog-cosignature, Ed25519 form (signature type 0x04). The signature is a {@code
 * timestamped_signature}: the 8-byte big-endian POSIX timestamp, then the 64-byte Ed25519 signature
 * of the message
 *
 * <pre>
 * cosignature/v1\n
 * time &lt;timestamp in decimal, no leading zeros&gt;\n
 * &lt;the whole checkpoint note text, extension lines included&gt;
 * </pre>
 */
public final class Cosignatures {

  /** tlog-cosignature §"Ed25519 signed message": the domain-separating header line. */
  public static final String HEADER = "cosignature/v1";

  /** Bytes of the timestamp in front of the Ed25519 signature. */
  static final int TIMESTAMP_SIZE = 8;

  private Cosignatures() {}

  /** The signed message for a checkpoint text and timestamp. */
  public static byte[] message(String checkpointText, long timestamp) {
    requireTimestamp(timestamp);
    return (HEADER + "\ntime " + timestamp + "\n" + checkpointText)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A witness's cosignature line over a checkpoint note, at {@code timestamp} (POSIX seconds). */
  public static SignedNote.Line cosign(NoteSigner witness, String checkpointText, long timestamp) {
    if (witness.verifier().type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("cosignatures need a witness key of type 0x04");
    }
    byte[] sig = witness.signBytes(message(checkpointText, timestamp));
    byte[] timestamped =
        ByteBuffer.allocate(TIMESTAMP_SIZE + sig.length).putLong(timestamp).put(sig).array();
    return new SignedNote.Line(witness.name(), witness.keyId(), timestamped);
  }

  /** The timestamp a cosignature carries (verify it first). */
  public static long timestamp(byte[] signature) {
    if (signature.length != TIMESTAMP_SIZE + Ed25519.SIGNATURE_SIZE) {
      throw new NoteException(
          "cosignature is not " + (TIMESTAMP_SIZE + Ed25519.SIGNATURE_SIZE) + " bytes");
    }
    return ByteBuffer.wrap(signature).getLong();
  }

  static boolean verify(byte[] publicKey, String checkpointText, byte[] signature) {
    if (signature.length != TIMESTAMP_SIZE + Ed25519.SIGNATURE_SIZE) {
      return false;
    }
    long timestamp = ByteBuffer.wrap(signature).getLong();
    if (timestamp < 0) {
      return false;
    }
    return Ed25519.verify(
        publicKey,
        message(checkpointText, timestamp),
        Arrays.copyOfRange(signature, TIMESTAMP_SIZE, signature.length));
  }

  private static void requireTimestamp(long timestamp) {
    if (timestamp < 0) {
      throw new IllegalArgumentException("cosignature timestamp must be ≤ 2^63−1 and ≥ 0");
    }
  }
}
