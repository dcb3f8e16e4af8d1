package org.sijil.core.integrity;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal witness (the checks of C2SP tlog-witness §"add-checkpoint"): it keeps the latest
 * checkpoint it cosigned for each log it knows, and cosigns a new one only if it is signed by the
 * log's key and provably extends the latest by a consistency proof. A rollback (smaller size) or a
 * fork (same size, other root; or no valid proof) is refused with a {@link Refusal}, so a log
 * cannot show two histories to two audiences without one witness noticing.
 *
 * <p>State is in memory; {@link #latest} and the constructor's {@code state} let a caller persist
 * it. Calls are serialized.
 */
public final class Witness {

  /** Why a checkpoint was not cosigned; {@link #kind} tells the HTTP status tlog-witness uses. */
  public static final class Refusal extends NoteException {
    /** What went wrong, with the status tlog-witness §"add-checkpoint" answers it with. */
    public enum Kind {
      /** The origin is not a log this witness knows: 404. */
      UNKNOWN_LOG(404),
      /** No valid signature by the log's key, or a failing one: 403. */
      BAD_SIGNATURE(403),
      /** The old size is larger than the checkpoint's: the log rolled back. 400. */
      ROLLBACK(400),
      /** The old size is not the size this witness last cosigned: 409 (body: that size). */
      STALE_OLD_SIZE(409),
      /** Proof fails, or same size with another root, or bad empty tree: a fork. 422. */
      FORK(422);

      private final int httpStatus;

      Kind(int httpStatus) {
        this.httpStatus = httpStatus;
      }

      public int httpStatus() {
        return httpStatus;
      }
    }

    private final Kind kind;

    Refusal(Kind kind, String message) {
      super(message);
      this.kind = kind;
    }

    public Kind kind() {
      return kind;
    }
  }

  private final NoteSigner key;
  private final Map<String, NoteVerifier> logs;
  private final Map<String, Checkpoint> latest = new HashMap<>();

  /**
   * @param key the witness's cosigning key (type 0x04)
   * @param logs the log keys it witnesses; each key's name is the log's origin
   * @param state the latest checkpoint already cosigned per origin (empty for a new witness)
   */
  public Witness(NoteSigner key, List<NoteVerifier> logs, Map<String, Checkpoint> state) {
    if (key.verifier().type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("a witness key must be of type 0x04 (cosignature/v1)");
    }
    this.key = key;
    this.logs = new HashMap<>();
    logs.forEach(l -> this.logs.put(l.name(), l));
    latest.putAll(state);
  }

  /** The latest checkpoint cosigned for {@code origin}. */
  public synchronized Optional<Checkpoint> latest(String origin) {
    return Optional.ofNullable(latest.get(origin));
  }

  /**
   * Cosigns {@code note} at {@code timestamp} if it extends the latest checkpoint of its log.
   *
   * @param oldSize the size of the checkpoint the log believes this witness last cosigned
   * @param proof the consistency proof from {@code oldSize} to the new checkpoint's size
   * @return the cosignature line to add to the note
   */
  public synchronized SignedNote.Line cosign(
      SignedNote note, long oldSize, List<byte[]> proof, long timestamp) {
    Checkpoint next = verifiedCheckpoint(note);
    if (oldSize > next.size()) {
      throw new Refusal(
          Refusal.Kind.ROLLBACK,
          "old size "
              + oldSize
              + " is beyond the checkpoint"
              + " size "
              + next.size()
              + " for "
              + next.origin()
              + ": the log rolled back");
    }
    Checkpoint last = latest.get(next.origin());
    long lastSize = last == null ? 0 : last.size();
    if (oldSize != lastSize) {
      throw new Refusal(
          Refusal.Kind.STALE_OLD_SIZE,
          "old size "
              + oldSize
              + " is not the size "
              + lastSize
              + " this witness last cosigned for "
              + next.origin());
    }
    byte[] lastRoot = last == null ? Hashes.emptyRoot() : last.rootHash();
    if (next.size() == 0 && !MessageDigest.isEqual(next.rootHash(), Hashes.emptyRoot())) {
      throw new Refusal(
          Refusal.Kind.FORK,
          "checkpoint of size 0 for " + next.origin() + " does not have the empty tree's root");
    }
    if (next.size() == lastSize && !MessageDigest.isEqual(lastRoot, next.rootHash())) {
      throw new Refusal(
          Refusal.Kind.FORK,
          "checkpoint at size "
              + lastSize
              + " has another root"
              + " than the one cosigned for "
              + next.origin()
              + ": the log forked");
    }
    if (!MerkleProofs.verifyConsistency(lastSize, next.size(), lastRoot, next.rootHash(), proof)) {
      throw new Refusal(
          Refusal.Kind.FORK,
          "no valid consistency proof from size "
              + lastSize
              + " to "
              + next.size()
              + " for "
              + next.origin()
              + ": the log may have forked");
    }
    latest.put(next.origin(), next);
    return Cosignatures.cosign(key, note.text(), timestamp);
  }

  private Checkpoint verifiedCheckpoint(SignedNote note) {
    String origin = note.text().substring(0, note.text().indexOf('\n'));
    NoteVerifier logKey = logs.get(origin);
    if (logKey == null) {
      throw new Refusal(Refusal.Kind.UNKNOWN_LOG, "this witness does not know the log " + origin);
    }
    try {
      return Checkpoint.verified(note, logKey);
    } catch (NoteException e) {
      throw new Refusal(
          Refusal.Kind.BAD_SIGNATURE, "checkpoint of " + origin + ": " + e.getMessage());
    }
  }

  /** The witness's public key, to publish. */
  public NoteVerifier verifier() {
    return key.verifier();
  }
}
