package org.sijil.cli.integrity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.Cosignatures;
import org.sijil.core.integrity.KeyRotations;
import org.sijil.core.integrity.NoteException;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.SignedNote;
import picocli.CommandLine.Option;

/**
 * What a verifier trusts: the log's public key, optionally witnesses' keys and how many of them
 * must have cosigned (tlog-proof §"Verifying" step 3: a k-of-n policy).
 */
public final class TrustOptions {

  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "The log's public key file (verifier key text, as 'sijil keys public' prints).")
  Path key;

  @Option(
      names = "--witness",
      paramLabel = "FILE",
      description = "A witness's public key file (type 0x04); repeatable.")
  List<Path> witnesses = new ArrayList<>();

  @Option(
      names = "--quorum",
      paramLabel = "N",
      defaultValue = "-1",
      description = "Witness cosignatures required (default: every --witness given).")
  int quorum;

  @Option(
      names = "--rotations",
      paramLabel = "FILE",
      description =
          "A key rotation chain ('sijil keys rotations', or the server's /log/rotations): --key is"
              + " then the key you trust, and the chain is followed from it to the current key.")
  Path rotations;

  private NoteVerifier followed;

  /** A verified checkpoint and the witnesses that cosigned it. */
  record Verified(Checkpoint checkpoint, List<String> cosigners) {}

  /** The log key: --key, or with --rotations the key the chain leads to from it. */
  NoteVerifier logKey() {
    if (followed != null) {
      return followed;
    }
    NoteVerifier v = KeyFiles.readVerifier(key);
    if (v.type() != SignatureType.ED25519) {
      throw new UserError(key + " is a witness key; --key takes the log's key");
    }
    if (rotations != null) {
      try {
        v = KeyRotations.follow(v, KeyRotations.parse(KeyFiles.read(rotations)));
      } catch (NoteException | IllegalArgumentException e) {
        throw new UserError(rotations + ": " + e.getMessage());
      }
    }
    followed = v;
    return v;
  }

  /** Verifies a signed checkpoint read from {@code source} (a file name, for messages). */
  Verified verify(SignedNote note, String source) {
    NoteVerifier log = logKey();
    List<NoteVerifier> known = new ArrayList<>(List.of(log));
    for (Path w : witnesses) {
      known.add(KeyFiles.readVerifier(w));
    }
    List<NoteVerifier> ok;
    Checkpoint c;
    try {
      ok = note.verify(known);
      if (!ok.contains(log)) {
        throw new NoteException("checkpoint is not signed by the log key " + log.name());
      }
      c = Checkpoint.parse(note.text());
    } catch (NoteException e) {
      throw new UserError(source + ": " + e.getMessage());
    }
    if (!c.origin().equals(log.name())) {
      throw new UserError(
          source + ": checkpoint origin " + c.origin() + " is not the key's log " + log.name());
    }
    List<String> cosigners = new ArrayList<>();
    for (NoteVerifier v : ok) {
      if (v.type() == SignatureType.COSIGNATURE_V1) {
        long t = Cosignatures.timestamp(note.signatureBy(v).signature());
        cosigners.add(v.name() + " at " + java.time.Instant.ofEpochSecond(t));
      }
    }
    int required = quorum < 0 ? witnesses.size() : quorum;
    if (cosigners.size() < required) {
      throw new UserError(
          source
              + ": only "
              + cosigners.size()
              + " of "
              + witnesses.size()
              + " witnesses cosigned; "
              + required
              + " required");
    }
    return new Verified(c, cosigners);
  }

  static SignedNote parseNote(byte[] bytes, String source) {
    try {
      return SignedNote.parse(bytes);
    } catch (NoteException e) {
      throw new UserError(source + ": " + e.getMessage());
    }
  }
}
