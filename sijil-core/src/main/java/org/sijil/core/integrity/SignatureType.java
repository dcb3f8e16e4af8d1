package org.sijil.core.integrity;

/**
 * The signature type identifier bytes of C2SP signed-note §"Signature types" that Sijil uses. The
 * byte enters the key ID and the verifier key text, so one Ed25519 key used as a log key and as a
 * witness key would still have two distinct IDs (the specs advise separate keys anyway).
 */
public enum SignatureType {
  /** 0x01: Ed25519 over the note text (signed-note §"Ed25519 signatures"); the log's key. */
  ED25519((byte) 0x01),
  /**
   * 0x04: timestamped Ed25519 checkpoint cosignature (C2SP tlog-cosignature); a witness's key. The
   * signature is an 8-byte big-endian timestamp followed by the Ed25519 signature of the
   * cosignature/v1 message.
   */
  COSIGNATURE_V1((byte) 0x04);

  private final byte id;

  SignatureType(byte id) {
    this.id = id;
  }

  /** The identifier byte. */
  public byte id() {
    return id;
  }

  /** The type with identifier byte {@code id}, or null when Sijil does not support it. */
  static SignatureType of(byte id) {
    for (SignatureType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    return null;
  }
}
