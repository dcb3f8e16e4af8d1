package org.sijil.app.integrity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.integrity.Base64Text;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.MerkleProofs;
import org.sijil.core.integrity.NoteException;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.TlogProof;

/**
 * A person's receipt: their canonical record ({@link PersonRecord}) with its inclusion proof under
 * a published snapshot's persons root, followed by the C2SP tlog-proof of the snapshot's log entry
 * under a signed checkpoint. Text form:
 *
 * <pre>
 * sijil-person-receipt/v1
 * person ID
 * record BASE64         (the person's canonical record)
 * index N               (its leaf index under the persons root)
 * size M                (the snapshot's persons)
 * BASE64 ...            (RFC 9162 inclusion proof, one hash a line)
 * (blank line)
 * c2sp.org/tlog-proof@v1 ... (the snapshot entry's receipt, verbatim)
 * </pre>
 */
public record PersonReceipt(
    long person, byte[] record, long index, long size, List<byte[]> proof, TlogProof log) {

  /** The first line. */
  public static final String HEADER = "sijil-person-receipt/v1";

  /** What a verified receipt proves. */
  public record Verified(
      long person, String record, LogEntry.Snapshot snapshot, Checkpoint checkpoint) {}

  /** The receipt as text. */
  public String format() {
    StringBuilder s = new StringBuilder(HEADER).append('\n');
    s.append("person ").append(person).append('\n');
    s.append("record ").append(Base64Text.encode(record)).append('\n');
    s.append("index ").append(index).append('\n');
    s.append("size ").append(size).append('\n');
    proof.forEach(h -> s.append(Base64Text.encode(h)).append('\n'));
    return s.append('\n').append(log.format()).toString();
  }

  /** True when {@code text} starts as a person receipt. */
  public static boolean isPersonReceipt(String text) {
    return text.startsWith(HEADER + "\n");
  }

  /** Parses a receipt, naming the line that is wrong. */
  public static PersonReceipt parse(String text) {
    int blank = text.indexOf("\n\n");
    if (!isPersonReceipt(text) || blank < 0) {
      throw new NoteException(
          "not a " + HEADER + " (line 1) with a blank line before its log proof");
    }
    String[] lines = text.substring(0, blank).split("\n", -1);
    if (lines.length < 5) {
      throw new NoteException(
          "the person part has " + lines.length + " lines, at least 5 expected");
    }
    long person = number(lines[1], "person", 2);
    byte[] record = Base64Text.decode(value(lines[2], "record", 3));
    long index = number(lines[3], "index", 4);
    long size = number(lines[4], "size", 5);
    List<byte[]> proof = new ArrayList<>();
    for (int i = 5; i < lines.length; i++) {
      byte[] h = Base64Text.decode(lines[i]);
      if (h.length != Hashes.SIZE) {
        throw new NoteException("line " + (i + 1) + " is not a 32-byte hash");
      }
      proof.add(h);
    }
    return new PersonReceipt(
        person, record, index, size, proof, TlogProof.parse(text.substring(blank + 2)));
  }

  /**
   * Verifies offline with the log's public key: the snapshot entry is in the log under a checkpoint
   * signed by {@code logKey}, and the person's record is under that snapshot's persons root.
   *
   * @throws NoteException naming what failed
   */
  public Verified verify(NoteVerifier logKey) {
    Checkpoint checkpoint = log.verifyEntry(logKey);
    LogEntry entry = EntryCodec.decode(log.extra());
    if (!(entry instanceof LogEntry.Snapshot snapshot)) {
      throw new NoteException("the logged entry is a " + entry.type() + ", not a snapshot");
    }
    if (snapshot.persons() != size) {
      throw new NoteException(
          "the receipt says " + size + " persons, the snapshot " + snapshot.persons());
    }
    if (!MerkleProofs.verifyInclusion(
        Hashes.leafHash(record), index, size, proof, Hashes.fromHex(snapshot.personsRoot()))) {
      throw new NoteException(
          "person " + person + "'s record is not under the snapshot's persons root");
    }
    String text = new String(record, StandardCharsets.UTF_8);
    if (!text.startsWith(PersonRecord.HEADER + "\nperson " + person + "\n")) {
      throw new NoteException("the record is not person " + person + "'s");
    }
    return new Verified(person, text, snapshot, checkpoint);
  }

  private static String value(String line, String name, int number) {
    if (!line.startsWith(name + " ")) {
      throw new NoteException("line " + number + " is not '" + name + " ...'");
    }
    return line.substring(name.length() + 1);
  }

  private static long number(String line, String name, int number) {
    String v = value(line, name, number);
    if (!v.matches("0|[1-9][0-9]{0,17}")) {
      throw new NoteException("line " + number + ": " + name + " is not a number");
    }
    return Long.parseLong(v);
  }
}
