package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.List;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.KeyRotations;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.store.IntegrityLog;

/**
 * Which key must have signed a checkpoint of the register's log, from the key rotations the log
 * records ({@link RotateRegisterKey}).
 *
 * <p>Rules: a rotation is a {@code retired} entry at index i − 1 and a {@code rotated-in} entry at
 * index i; a checkpoint of size ≤ i + 1 is signed by the retired key (the handover checkpoint of
 * size i + 1 is the old key's last signature), a larger one by the rotated-in key (or a later
 * one's). Each rotation must retire the key the previous one put in. The trusted key may be the
 * first retired key or any rotated-in key: the history is then checked from whichever end the
 * verifier trusts, since every key is in the signed log.
 */
final class KeySchedule {

  /** One rotation: the retired key, the key put in, and the rotated-in entry's index. */
  record Rotation(long index, NoteVerifier retired, NoteVerifier rotatedIn) {}

  private final NoteVerifier trusted;
  private final List<Rotation> rotations;

  private KeySchedule(NoteVerifier trusted, List<Rotation> rotations) {
    this.trusted = trusted;
    this.rotations = rotations;
  }

  /**
   * Reads the rotations from the log's entries; adds a problem for each malformed one and for a
   * trusted key that is none of the log's keys.
   */
  static KeySchedule of(
      NoteVerifier trusted,
      List<IntegrityLog.Entry> entries,
      List<VerifyRegister.Problem> problems) {
    List<Rotation> rotations = new ArrayList<>();
    NoteVerifier pendingRetired = null;
    long retiredAt = -2;
    for (IntegrityLog.Entry e : entries) {
      LogEntry.KeyChange k = keyChange(e);
      if (k == null) {
        continue;
      }
      String where = "entry " + e.index() + " (key-change)";
      NoteVerifier key = NoteVerifier.parse(k.key());
      if (k.change().equals(KeyRotations.RETIRED)) {
        pendingRetired = key;
        retiredAt = e.index();
      } else if (k.change().equals(KeyRotations.ROTATED_IN)) {
        if (pendingRetired == null || retiredAt != e.index() - 1) {
          problems.add(new VerifyRegister.Problem(where, "rotates a key in without retiring one"));
          continue;
        }
        if (!rotations.isEmpty()
            && !rotations.get(rotations.size() - 1).rotatedIn().equals(pendingRetired)) {
          problems.add(
              new VerifyRegister.Problem(
                  where, "retires a key that the previous rotation did not put in"));
        }
        rotations.add(new Rotation(e.index(), pendingRetired, key));
        pendingRetired = null;
      }
    }
    KeySchedule s = new KeySchedule(trusted, List.copyOf(rotations));
    if (!rotations.isEmpty() && !s.isLogKey(trusted)) {
      problems.add(
          new VerifyRegister.Problem(
              "key", trusted.text() + " is none of the keys this log's rotations name"));
    }
    return s;
  }

  private static LogEntry.KeyChange keyChange(IntegrityLog.Entry e) {
    try {
      return EntryCodec.decode(e.bytes()) instanceof LogEntry.KeyChange k ? k : null;
    } catch (RuntimeException bad) {
      return null;
    }
  }

  private boolean isLogKey(NoteVerifier key) {
    if (rotations.get(0).retired().equals(key)) {
      return true;
    }
    return rotations.stream().anyMatch(r -> r.rotatedIn().equals(key));
  }

  /** The rotations, in log order. */
  List<Rotation> rotations() {
    return rotations;
  }

  /** The key that must sign a checkpoint of {@code size}. */
  NoteVerifier keyFor(long size) {
    for (Rotation r : rotations) {
      if (size <= r.index() + 1) {
        return r.retired();
      }
    }
    return rotations.isEmpty() ? trusted : rotations.get(rotations.size() - 1).rotatedIn();
  }
}
