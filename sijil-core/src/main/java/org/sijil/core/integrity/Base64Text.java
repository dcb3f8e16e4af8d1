package org.sijil.core.integrity;

import java.util.Base64;

/**
 * Standard base64 (RFC 4648 §4, the encoding every C2SP format here uses), decoded strictly: the
 * JDK's decoder ignores the unused low bits of the last character, so "AB==" and "AA==" both give
 * one zero byte. A verifier that accepted both would let a changed byte of a receipt or checkpoint
 * pass silently, so only the canonical encoding of the decoded bytes is accepted.
 */
public final class Base64Text {

  private Base64Text() {}

  /** The base64 text of the bytes. */
  public static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Decodes {@code text}, failing unless it is exactly the canonical encoding of the result. */
  public static byte[] decode(String text) {
    byte[] bytes = Base64.getDecoder().decode(text);
    if (!encode(bytes).equals(text)) {
      throw new IllegalArgumentException("not canonical base64: " + text);
    }
    return bytes;
  }
}
