package org.sijil.store;

import java.time.Instant;
import java.util.List;

/**
 * The log's witnesses (migration 11): the witnesses whose cosignatures the register accepts, and
 * the cosignature lines received for its checkpoints. Persistence only: the application layer
 * checks the signatures before anything is stored here.
 */
public interface LogWitnesses {

  /** A trusted witness: its key name and C2SP verifier key text. */
  record Witness(String name, String verifierKey, String addedBy, Instant addedAt) {}

  /** A cosignature line ({@code — name base64}) received for a checkpoint. */
  record Cosignature(long checkpointId, String witness, String line, Instant receivedAt) {}

  /** Stores (or replaces) a trusted witness. */
  void saveWitness(Witness witness);

  /** The trusted witnesses, by name. */
  List<Witness> witnesses();

  /** Stores a checkpoint's cosignature, replacing an earlier one by the same witness. */
  void saveCosignature(Cosignature cosignature);

  /** A checkpoint's cosignatures, by witness name. */
  List<Cosignature> cosignatures(long checkpointId);
}
