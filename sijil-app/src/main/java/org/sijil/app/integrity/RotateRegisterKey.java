package org.sijil.app.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.core.UserError;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.KeyRotations;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * Use case: rotate the register's signing key, and the chain of rotations a verifier follows.
 *
 * <p>A rotation is two {@code key-change} entries in one transaction, {@value KeyRotations#RETIRED}
 * (the old key) then {@value KeyRotations#ROTATED_IN} (the new one, same name), and a checkpoint
 * over them signed by the <em>old</em> key: so whoever trusts the old key can check the handover,
 * and whoever trusts the new key finds the old one in the history it signs. Later checkpoints are
 * signed by the new key.
 *
 * <p>Files: the new key is written beside the key file first ({@code .key.new}, mode 0600), the log
 * is committed, then the old files are renamed {@code .retired-<key ID>} (destroy the private one
 * once the rotation is published) and the new key takes the key file's name.
 */
public final class RotateRegisterKey {

  /** Subject of key-change entries. */
  public static final String SUBJECT = "key:";

  /** The rotation: the rotated-in entry, the checkpoint the old key signed, the new key files. */
  public record Result(long entryIndex, String checkpoint, String newKey, Path retired) {}

  private final Register reg;

  public RotateRegisterKey(Register reg) {
    this.reg = reg;
  }

  /** Rotates the key in {@code keyFile} (which must exist) to a new one; see the class rules. */
  public Result rotate(Actor by, Path keyFile) {
    if (!Files.isRegularFile(keyFile)) {
      throw new UserError("no signing key at " + keyFile + ": nothing to rotate");
    }
    NoteSigner old = RegisterKey.load(keyFile);
    NoteSigner next = NoteSigner.generate(old.name(), SignatureType.ED25519, new SecureRandom());
    Path staged = keyFile.resolveSibling(keyFile.getFileName() + ".new");
    RegisterKey.write(staged, next);
    long[] index = new long[1];
    SignedNote note =
        reg.transaction(
            () -> {
              RegisterLog log = new RegisterLog(reg);
              String subject = SUBJECT + old.name();
              log.append(
                  new LogEntry.KeyChange(
                      RegisterLog.now(), by.name(), old.verifier().text(), KeyRotations.RETIRED),
                  subject);
              index[0] =
                  log.append(
                      new LogEntry.KeyChange(
                          RegisterLog.now(),
                          by.name(),
                          next.verifier().text(),
                          KeyRotations.ROTATED_IN),
                      subject);
              return log.sign(old);
            });
    String id = HexFormat.of().toHexDigits(old.keyId());
    Path retired = keyFile.resolveSibling(keyFile.getFileName() + ".retired-" + id);
    Path pub = RegisterKey.publicFile(keyFile);
    try {
      Files.move(keyFile, retired);
      if (Files.exists(pub)) {
        Files.move(pub, pub.resolveSibling(pub.getFileName() + ".retired-" + id));
      }
      Files.move(staged, keyFile, StandardCopyOption.ATOMIC_MOVE);
      Files.move(RegisterKey.publicFile(staged), pub);
    } catch (IOException e) {
      throw new UserError(
          "the rotation is logged, but moving the key files failed ("
              + e.getMessage()
              + "): the new key is "
              + staged
              + "; put it at "
              + keyFile,
          e);
    }
    return new Result(index[0], note.format(), next.verifier().text(), retired);
  }

  /**
   * The chain of every rotation in the log (empty chain when none): each rotated-in entry's receipt
   * under the first checkpoint that covers it, which the replaced key signed.
   */
  public String chain() {
    IntegrityLog store = reg.integrity();
    List<IntegrityLog.StoredCheckpoint> checkpoints = store.checkpoints();
    TransparencyLog tree = TransparencyLog.open(store.hashes());
    List<TlogProof> chain = new ArrayList<>();
    for (IntegrityLog.Entry e : rotationEntries(store)) {
      Optional<IntegrityLog.StoredCheckpoint> cp =
          checkpoints.stream().filter(c -> c.treeSize() > e.index()).findFirst();
      if (cp.isEmpty()) {
        continue;
      }
      chain.add(TlogProof.receipt(tree, e.index(), e.bytes(), SignedNote.parse(cp.get().note())));
    }
    return KeyRotations.format(chain);
  }

  private static List<IntegrityLog.Entry> rotationEntries(IntegrityLog store) {
    List<IntegrityLog.Entry> out = new ArrayList<>();
    for (IntegrityLog.Entry e : store.entries(0, Long.MAX_VALUE)) {
      if (e.subject() != null
          && e.subject().startsWith(SUBJECT)
          && EntryCodec.decode(e.bytes()) instanceof LogEntry.KeyChange k
          && k.change().equals(KeyRotations.ROTATED_IN)) {
        out.add(e);
      }
    }
    return out;
  }
}
