package org.sijil.core.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-proof: an offline-verifiable proof that an entry is in a signed checkpoint.
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 opaque data&gt;      (optional)
 * index &lt;decimal, no leading zeros&gt;
 * &lt;base64 inclusion proof hash&gt;   (zero or more, leaf's sibling first)
 *
 * &lt;the signed checkpoint note, verbatim, cosignatures included&gt;
 * </pre>
 *
 * Sijil's receipts put the canonical bytes of the log entry in {@code extra}, so the receipt alone
 * gives the leaf hash (SHA-256(0x00 ‖ extra)); a verifier who also holds the record checks that the
 * entry describes it.
 */
public record TlogProof(byte[] extra, long index, List<byte[]> proof, SignedNote checkpoint) {

  /** tlog-proof §"Format": the first line. */
  public static final String HEADER = "c2sp.org/tlog-proof@v1";

  static final String EXTRA = "extra ";
  static final String INDEX = "index ";

  public TlogProof {
    extra = extra == null ? null : extra.clone();
    if (index < 0) {
      throw new IllegalArgumentException("proof index must be non-negative, not " + index);
    }
    proof = List.copyOf(proof);
    proof.forEach(h -> Hashes.requireHash(h, "inclusion proof hash"));
  }

  @Override
  public byte[] extra() {
    return extra == null ? null : extra.clone();
  }

  /** A receipt for an entry of {@code log}, proved against the signed checkpoint. */
  public static TlogProof receipt(
      TransparencyLog log, long index, byte[] entry, SignedNote signed) {
    Checkpoint c = Checkpoint.parse(signed.text());
    return new TlogProof(entry, index, log.inclusionProof(index, c.size()), signed);
  }

  /** The proof's text. */
  public String format() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    if (extra != null) {
      out.append(EXTRA).append(Base64.getEncoder().encodeToString(extra)).append('\n');
    }
    out.append(INDEX).append(index).append('\n');
    proof.forEach(h -> out.append(Base64.getEncoder().encodeToString(h)).append('\n'));
    return out.append('\n').append(checkpoint.format()).toString();
  }

  /** Parses a proof, naming the line that is wrong (1-based). */
  public static TlogProof parse(String text) {
    int blank = text.indexOf("\n\n");
    if (blank < 0) {
      throw new NoteException("proof has no blank line before its checkpoint");
    }
    String[] lines = text.substring(0, blank).split("\n", -1);
    if (!lines[0].equals(HEADER)) {
      throw new NoteException("line 1 is not " + HEADER);
    }
    int at = 1;
    byte[] extra = null;
    if (at < lines.length && lines[at].startsWith(EXTRA)) {
      extra = base64(lines[at].substring(EXTRA.length()), at + 1);
      at++;
    }
    if (at >= lines.length || !lines[at].matches("index (0|[1-9][0-9]{0,18})")) {
      throw new NoteException("line " + (at + 1) + " is not 'index N'");
    }
    long index = Long.parseLong(lines[at].substring(INDEX.length()));
    List<byte[]> hashes = new ArrayList<>();
    for (at++; at < lines.length; at++) {
      byte[] h = base64(lines[at], at + 1);
      if (h.length != Hashes.SIZE) {
        throw new NoteException("line " + (at + 1) + " is not a 32-byte hash");
      }
      hashes.add(h);
    }
    return new TlogProof(extra, index, hashes, SignedNote.parse(text.substring(blank + 2)));
  }

  /**
   * tlog-proof §"Verifying": the checkpoint is signed by {@code logKey} (and its origin is the
   * key's name), then the proof binds {@code leafHash} at the index to the checkpoint's root.
   * Returns the checkpoint; throws a {@link NoteException} naming what failed.
   */
  public Checkpoint verify(byte[] leafHash, NoteVerifier logKey) {
    Checkpoint c = Checkpoint.verified(checkpoint, logKey);
    if (!c.origin().equals(logKey.name())) {
      throw new NoteException(
          "checkpoint origin " + c.origin() + " is not the key's log " + logKey.name());
    }
    if (index >= c.size()) {
      throw new NoteException("entry " + index + " is beyond the checkpoint's size " + c.size());
    }
    byte[] root = MerkleProofs.rootFromInclusion(leafHash, index, c.size(), proof);
    if (root == null || !MessageDigest.isEqual(root, c.rootHash())) {
      throw new NoteException(
          "inclusion proof of entry "
              + index
              + " does not lead to the root of"
              + " checkpoint "
              + c.origin()
              + " at size "
              + c.size());
    }
    return c;
  }

  /** {@link #verify(byte[], NoteVerifier)} with the leaf hash of the entry carried in extra. */
  public Checkpoint verifyEntry(NoteVerifier logKey) {
    if (extra == null) {
      throw new NoteException("proof carries no entry (no extra line)");
    }
    return verify(Hashes.leafHash(extra), logKey);
  }

  private static byte[] base64(String text, int lineNumber) {
    try {
      return Base64Text.decode(text);
    } catch (IllegalArgumentException e) {
      throw new NoteException("line " + lineNumber + " is not base64");
    }
  }
}
