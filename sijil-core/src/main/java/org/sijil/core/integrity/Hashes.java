package org.sijil.core.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and the RFC 6962 §2.1 Merkle tree hash functions.
 *
 * <p>Rules (RFC 6962 §2.1, unchanged in RFC 9162 §2.1.1):
 *
 * <ul>
 *   <li>the hash of an empty tree is SHA-256 of the empty string;
 *   <li>a leaf hash is SHA-256(0x00 ‖ entry bytes);
 *   <li>an interior node hash is SHA-256(0x01 ‖ left ‖ right).
 * </ul>
 *
 * The two prefixes keep a leaf from ever being taken for a node (second-preimage resistance).
 */
public final class Hashes {

  /** Bytes in a SHA-256 hash. */
  public static final int SIZE = 32;

  /** RFC 6962 §2.1: prefix of a leaf hash input. */
  public static final byte LEAF_PREFIX = 0x00;

  /** RFC 6962 §2.1: prefix of an interior node hash input. */
  public static final byte NODE_PREFIX = 0x01;

  private static final String ALGORITHM = "SHA-256";
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] EMPTY_ROOT = sha256(new byte[0]);

  private Hashes() {}

  /** A fresh SHA-256 digest (digests are not thread-safe, so each caller gets its own). */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides " + ALGORITHM, e);
    }
  }

  /** SHA-256 of the bytes. */
  public static byte[] sha256(byte[] data) {
    return newDigest().digest(data);
  }

  /** RFC 6962 §2.1: MTH({}) = SHA-256(""), the root of the empty tree. */
  public static byte[] emptyRoot() {
    return EMPTY_ROOT.clone();
  }

  /** RFC 6962 §2.1: MTH({d}) = SHA-256(0x00 ‖ d). */
  public static byte[] leafHash(byte[] entry) {
    return leafHash(newDigest(), entry);
  }

  /** {@link #leafHash(byte[])} with a digest the caller reuses (hot loops). */
  public static byte[] leafHash(MessageDigest digest, byte[] entry) {
    digest.reset();
    digest.update(LEAF_PREFIX);
    digest.update(entry);
    return digest.digest();
  }

  /** RFC 6962 §2.1: SHA-256(0x01 ‖ left ‖ right). */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    return nodeHash(newDigest(), left, right);
  }

  /** {@link #nodeHash(byte[], byte[])} with a digest the caller reuses (hot loops). */
  public static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
    digest.reset();
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /** Lowercase hexadecimal, the form hashes take inside log entries. */
  public static String hex(byte[] hash) {
    return HEX.formatHex(hash);
  }

  /** Parses lowercase or uppercase hexadecimal. */
  public static byte[] fromHex(String hex) {
    return HEX.parseHex(hex);
  }

  /** Fails naming {@code what} unless the value is exactly one SHA-256 hash long. */
  public static byte[] requireHash(byte[] hash, String what) {
    if (hash == null || hash.length != SIZE) {
      throw new IllegalArgumentException(
          what + " must be " + SIZE + " bytes, not " + (hash == null ? "null" : hash.length));
    }
    return hash;
  }
}
