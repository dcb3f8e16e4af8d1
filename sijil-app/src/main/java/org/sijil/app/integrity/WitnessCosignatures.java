package org.sijil.app.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.core.UserError;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteException;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.LogWitnesses;
import org.sijil.store.Register;

/**
 * Use case: the witnesses of the register's log (C2SP tlog-cosignature). An administrator adds a
 * witness's verifier key (logged as a {@code key-change} entry, {@value #WITNESS_ADDED}); a
 * witness, having checked that a checkpoint extends the last one it saw ({@code sijil witness}),
 * sends the checkpoint back with its cosignature line; the register accepts the line only when the
 * checkpoint is one it signed and the cosignature verifies with a witness key it trusts, and then
 * serves the checkpoint with every cosignature received for it.
 */
public final class WitnessCosignatures {

  /** The change of a key-change entry that adds a witness. */
  public static final String WITNESS_ADDED = "witness-added";

  /** The subject of {@code witness-quorum} entries. */
  public static final String QUORUM = "witness-quorum";

  private final Register reg;

  public WitnessCosignatures(Register reg) {
    this.reg = reg;
  }

  /** Trusts the witness key {@code verifierKey} (type 0x04) from now on; logged. */
  public NoteVerifier addWitness(Actor by, String verifierKey) {
    NoteVerifier v;
    try {
      v = NoteVerifier.parse(verifierKey.strip());
    } catch (RuntimeException e) {
      throw new UserError("not a verifier key: " + e.getMessage(), e);
    }
    if (v.type() != SignatureType.COSIGNATURE_V1) {
      throw new UserError(v.name() + " is not a witness key (type 0x04)");
    }
    reg.transaction(
        () -> {
          new RegisterLog(reg)
              .append(
                  new LogEntry.KeyChange(RegisterLog.now(), by.name(), v.text(), WITNESS_ADDED),
                  RotateRegisterKey.SUBJECT + v.name());
          reg.witnesses()
              .saveWitness(new LogWitnesses.Witness(v.name(), v.text(), by.name(), Instant.now()));
          return null;
        });
    return v;
  }

  /**
   * From now on, a checkpoint is served as published only once {@code quorum} trusted witnesses
   * have cosigned it (0: at once); logged as a {@code witness-quorum} entry.
   *
   * @throws UserError when the register trusts fewer witnesses than that
   */
  public void requireQuorum(Actor by, int quorum) {
    int trusted = reg.witnesses().witnesses().size();
    if (quorum < 0 || quorum > trusted) {
      throw new UserError(
          "a quorum must be between 0 and the " + trusted + " trusted witnesses, not " + quorum);
    }
    reg.transaction(
        () ->
            new RegisterLog(reg)
                .append(new LogEntry.WitnessQuorum(RegisterLog.now(), by.name(), quorum), QUORUM));
  }

  /** The quorum in force: the latest {@code witness-quorum} entry's, 0 when none was set. */
  public int quorum() {
    return reg.integrity()
        .latest(QUORUM)
        .map(e -> (int) ((LogEntry.WitnessQuorum) EntryCodec.decode(e.bytes())).quorum())
        .orElse(0);
  }

  /**
   * The checkpoint served as published: the latest one cosigned by at least {@link #quorum()}
   * trusted witnesses (the latest signed when no quorum is set). A newer checkpoint is held back,
   * and the previous published one served, until enough witnesses have cosigned it.
   */
  public Optional<IntegrityLog.StoredCheckpoint> published() {
    int quorum = quorum();
    if (quorum == 0) {
      return reg.integrity().latestCheckpoint();
    }
    java.util.Set<String> trusted = new java.util.HashSet<>();
    reg.witnesses().witnesses().forEach(w -> trusted.add(w.name()));
    List<IntegrityLog.StoredCheckpoint> all = reg.integrity().checkpoints();
    for (int i = all.size() - 1; i >= 0; i--) {
      long cosigned =
          reg.witnesses().cosignatures(all.get(i).id()).stream()
              .filter(c -> trusted.contains(c.witness()))
              .count();
      if (cosigned >= quorum) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** The trusted witnesses' keys. */
  public List<NoteVerifier> witnesses() {
    return reg.witnesses().witnesses().stream()
        .map(w -> NoteVerifier.parse(w.verifierKey()))
        .toList();
  }

  /**
   * Accepts the cosignatures on {@code cosigned} (one of the register's checkpoints, as a witness
   * returned it); returns the names of the witnesses whose cosignatures were stored.
   *
   * @throws UserError naming why nothing was accepted
   */
  public List<String> accept(String cosigned) {
    SignedNote note;
    try {
      note = SignedNote.parse(cosigned);
    } catch (NoteException e) {
      throw new UserError("not a signed checkpoint: " + e.getMessage(), e);
    }
    IntegrityLog.StoredCheckpoint cp =
        findCheckpoint(note.text())
            .orElseThrow(() -> new UserError("not a checkpoint this register signed"));
    List<NoteVerifier> known = witnesses();
    if (known.isEmpty()) {
      throw new UserError("this register trusts no witness yet");
    }
    List<NoteVerifier> ok;
    try {
      ok = note.verify(known);
    } catch (NoteException e) {
      throw new UserError("the cosignatures do not verify: " + e.getMessage(), e);
    }
    List<String> names = new ArrayList<>();
    reg.transaction(
        () -> {
          for (NoteVerifier w : ok) {
            reg.witnesses()
                .saveCosignature(
                    new LogWitnesses.Cosignature(
                        cp.id(), w.name(), note.signatureBy(w).text(), Instant.now()));
            names.add(w.name());
          }
          return null;
        });
    return names;
  }

  /** The stored checkpoint's note with every cosignature received for it. */
  public String withCosignatures(IntegrityLog.StoredCheckpoint cp) {
    List<LogWitnesses.Cosignature> lines = reg.witnesses().cosignatures(cp.id());
    if (lines.isEmpty()) {
      return cp.note();
    }
    StringBuilder out = new StringBuilder(cp.note());
    lines.forEach(c -> out.append(c.line()).append('\n'));
    return out.toString();
  }

  /**
   * The RFC 9162 consistency proof from size {@code from} to the latest checkpoint's size, one
   * base64 hash per line, for a witness that last saw the log at {@code from}.
   */
  public List<byte[]> consistencyProof(long from) {
    IntegrityLog.StoredCheckpoint cp =
        reg.integrity()
            .latestCheckpoint()
            .orElseThrow(() -> new UserError("no checkpoint is signed yet"));
    if (from < 0 || from > cp.treeSize()) {
      throw new UserError(
          "size " + from + " is not between 0 and the checkpoint's size " + cp.treeSize());
    }
    if (from == 0) {
      return List.of();
    }
    return TransparencyLog.open(reg.integrity().hashes()).consistencyProof(from, cp.treeSize());
  }

  private Optional<IntegrityLog.StoredCheckpoint> findCheckpoint(String text) {
    return reg.integrity().checkpoints().stream()
        .filter(c -> SignedNote.parse(c.note()).text().equals(text))
        .reduce((a, b) -> b);
  }
}
