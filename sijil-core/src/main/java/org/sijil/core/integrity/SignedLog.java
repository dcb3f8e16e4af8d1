package org.sijil.core.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * The register's log with its signing key: what the register wiring calls. It appends {@link
 * LogEntry} values (canonical bytes), signs checkpoints whose origin is the key's name (C2SP
 * tlog-checkpoint §"Signatures": the key name SHOULD match the origin) and issues receipts. The
 * entries' bytes stay with the caller, which stores them by index next to the change they record.
 */
public final class SignedLog {

  private final TransparencyLog log;
  private final NoteSigner key;

  /**
   * @param log the log, over the register's {@link HashStore}
   * @param key the log's Ed25519 key (type 0x01); its name is the log's origin
   */
  public SignedLog(TransparencyLog log, NoteSigner key) {
    if (key.verifier().type() != SignatureType.ED25519) {
      throw new IllegalArgumentException(
          "a log key must be of type 0x01 (Ed25519), not a witness key");
    }
    this.log = log;
    this.key = key;
  }

  /** The log's origin: the key's name. */
  public String origin() {
    return key.name();
  }

  /** The public key to publish. */
  public NoteVerifier verifier() {
    return key.verifier();
  }

  public TransparencyLog log() {
    return log;
  }

  /** Appends one entry; returns its index. */
  public long append(LogEntry entry) {
    return log.append(entry.encode());
  }

  /** Appends entries in order with one store write; returns the index of the first. */
  public long appendAll(List<? extends LogEntry> entries) {
    List<byte[]> bytes = new ArrayList<>(entries.size());
    entries.forEach(e -> bytes.add(e.encode()));
    return log.appendAll(bytes);
  }

  /** A checkpoint of the log as it is now, signed by the log key. */
  public SignedNote checkpoint() {
    long size = log.size();
    return new Checkpoint(origin(), size, log.root(size)).sign(key);
  }

  /**
   * A receipt (tlog-proof) for entry {@code index} whose bytes are {@code entry}, under a
   * checkpoint.
   */
  public TlogProof receipt(long index, byte[] entry, SignedNote checkpoint) {
    if (!java.security.MessageDigest.isEqual(Hashes.leafHash(entry), log.leafHash(index))) {
      throw new IllegalArgumentException(
          "entry bytes given for index " + index + " are not the logged entry");
    }
    return TlogProof.receipt(log, index, entry, checkpoint);
  }
}
