package org.sijil.core.integrity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of key rotations: the receipts (C2SP tlog-proof) of the log's {@code key-change} entries
 * that rotated a new key in, each under a checkpoint signed by the key it replaced. A verifier that
 * trusts an earlier key follows the chain, signature by signature, to the current one.
 *
 * <p>Rules of {@link #follow}: every receipt, in order, must verify with the key in effect (its
 * checkpoint signed by that key, the entry included under it); the entry must be a {@code
 * key-change} with change {@value #ROTATED_IN}; the new key must be an Ed25519 log key with the
 * same name (the log's origin never changes) and a different key; the entries' indexes must grow.
 *
 * <p>Text form: {@code sijil-key-rotations/v1} LF, then per rotation {@code receipt <n>} LF and the
 * receipt's n bytes (receipts contain blank lines, so their length says where each ends).
 */
public final class KeyRotations {

  /** The first line of a rotation chain file. */
  public static final String HEADER = "sijil-key-rotations/v1";

  /** The change of a key-change entry that puts a new key in use. */
  public static final String ROTATED_IN = "rotated-in";

  /** The change of a key-change entry that takes the previous key out of use. */
  public static final String RETIRED = "retired";

  private static final String RECEIPT = "receipt ";

  private KeyRotations() {}

  /** The chain's text. */
  public static String format(List<TlogProof> chain) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (TlogProof p : chain) {
      String text = p.format();
      out.append(RECEIPT)
          .append(text.getBytes(StandardCharsets.UTF_8).length)
          .append('\n')
          .append(text);
    }
    return out.toString();
  }

  /** Parses a chain's text; throws a {@link NoteException} naming the rotation that is bad. */
  public static List<TlogProof> parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String header = HEADER + "\n";
    if (!text.startsWith(header)) {
      throw new NoteException("not a key rotation chain (no " + HEADER + " line)");
    }
    List<TlogProof> chain = new ArrayList<>();
    int at = header.length();
    while (at < bytes.length) {
      int nl = indexOf(bytes, (byte) '\n', at);
      String line = nl < 0 ? "" : new String(bytes, at, nl - at, StandardCharsets.UTF_8);
      int n = chain.size() + 1;
      if (!line.startsWith(RECEIPT)) {
        throw new NoteException("rotation " + n + ": expected 'receipt <length>'");
      }
      int length;
      try {
        length = Integer.parseInt(line.substring(RECEIPT.length()));
      } catch (NumberFormatException e) {
        throw new NoteException("rotation " + n + ": bad length '" + line + "'");
      }
      if (length < 0 || nl + 1 + (long) length > bytes.length) {
        throw new NoteException("rotation " + n + ": the file ends inside the receipt");
      }
      String receipt = new String(bytes, nl + 1, length, StandardCharsets.UTF_8);
      try {
        chain.add(TlogProof.parse(receipt));
      } catch (NoteException e) {
        throw new NoteException("rotation " + n + ": " + e.getMessage());
      }
      at = nl + 1 + length;
    }
    return chain;
  }

  /**
   * Follows {@code chain} from the trusted key; returns the key it ends at ({@code trusted} when
   * the chain is empty). Throws a {@link NoteException} naming the rotation that fails.
   */
  public static NoteVerifier follow(NoteVerifier trusted, List<TlogProof> chain) {
    NoteVerifier current = trusted;
    long lastIndex = -1;
    for (int i = 0; i < chain.size(); i++) {
      TlogProof p = chain.get(i);
      String where = "rotation " + (i + 1) + " (entry " + p.index() + ")";
      try {
        p.verifyEntry(current);
      } catch (NoteException e) {
        throw new NoteException(where + ": " + e.getMessage());
      }
      if (p.index() <= lastIndex) {
        throw new NoteException(where + ": comes before the rotation it follows");
      }
      current = rotatedIn(p.extra(), current, where);
      lastIndex = p.index();
    }
    return current;
  }

  /** The key a rotation entry puts in use after {@code previous}; checks the rules above. */
  public static NoteVerifier rotatedIn(byte[] entry, NoteVerifier previous, String where) {
    LogEntry decoded;
    try {
      decoded = EntryCodec.decode(entry);
    } catch (IllegalArgumentException e) {
      throw new NoteException(where + ": " + e.getMessage());
    }
    if (!(decoded instanceof LogEntry.KeyChange k) || !k.change().equals(ROTATED_IN)) {
      throw new NoteException(where + ": the entry is not a key rotation");
    }
    NoteVerifier next = NoteVerifier.parse(k.key());
    if (next.type() != SignatureType.ED25519 || !next.name().equals(previous.name())) {
      throw new NoteException(
          where + ": the new key " + next.name() + " is not a log key of " + previous.name());
    }
    if (next.equals(previous)) {
      throw new NoteException(where + ": the new key is the key it replaces");
    }
    return next;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
