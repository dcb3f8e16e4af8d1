package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.Tiles;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: what a server publishes of the register's log, in the C2SP tlog-tiles layout: the
 * published checkpoint, and the tiles and entry bundles of the tree at that checkpoint's size
 * (tiles of one size never change, which is why they may be cached forever). When the register
 * requires a witness quorum ({@link WitnessCosignatures#requireQuorum}), a newly signed checkpoint
 * and the snapshot it covers are held back, and the previous published checkpoint served, until the
 * quorum has cosigned it.
 */
public final class ServeLog {

  private final Register reg;

  public ServeLog(Register reg) {
    this.reg = reg;
  }

  /**
   * The published checkpoint's text with its cosignatures: the latest signed, or, when a witness
   * quorum is required, the latest that quorum has cosigned ({@link WitnessCosignatures#published})
   * .
   */
  public Optional<String> checkpoint() {
    return published().map(new WitnessCosignatures(reg)::withCosignatures);
  }

  /**
   * The latest signed checkpoint with the cosignatures received so far, whether or not it is
   * published yet: what witnesses are asked to cosign.
   */
  public Optional<String> latestCheckpoint() {
    return reg.integrity().latestCheckpoint().map(new WitnessCosignatures(reg)::withCosignatures);
  }

  private Optional<IntegrityLog.StoredCheckpoint> published() {
    return new WitnessCosignatures(reg).published();
  }

  /**
   * The tile or entry bundle at {@code path} ({@code tile/...}) for the latest checkpoint, if it
   * exists.
   */
  public Optional<byte[]> tile(String path) {
    Optional<IntegrityLog.StoredCheckpoint> cp = published();
    if (cp.isEmpty()) {
      return Optional.empty();
    }
    long size = cp.get().treeSize();
    TransparencyLog log = TransparencyLog.open(reg.integrity().hashes());
    for (Tiles.Tile t : Tiles.tilesFor(size)) {
      if (t.path().equals(path)) {
        return Optional.of(Tiles.tile(log, t));
      }
      if (t.level() == 0 && t.entriesPath().equals(path)) {
        List<byte[]> entries = new ArrayList<>();
        reg.integrity()
            .entries(t.first(), t.first() + t.width())
            .forEach(e -> entries.add(e.bytes()));
        return Optional.of(Tiles.entryBundle(entries));
      }
    }
    return Optional.empty();
  }

  /**
   * The receipt (C2SP tlog-proof) of the latest log entry about a release's import, under the
   * latest signed checkpoint, if the release exists and was logged before that checkpoint.
   */
  public Optional<String> releaseEntry(String source, String label) {
    IntegrityLog store = reg.integrity();
    Optional<Release> release = reg.releases().find(source, label);
    Optional<IntegrityLog.StoredCheckpoint> cp = published();
    if (release.isEmpty() || cp.isEmpty()) {
      return Optional.empty();
    }
    Optional<IntegrityLog.Entry> entry = store.latest(RegisterLog.release(release.get().id()));
    if (entry.isEmpty() || entry.get().index() >= cp.get().treeSize()) {
      return Optional.empty();
    }
    return Optional.of(
        TlogProof.receipt(
                TransparencyLog.open(store.hashes()),
                entry.get().index(),
                entry.get().bytes(),
                SignedNote.parse(new WitnessCosignatures(reg).withCosignatures(cp.get())))
            .format());
  }

  /** The chain of the log's key rotations ({@link RotateRegisterKey#chain()}). */
  public String rotations() {
    return new RotateRegisterKey(reg).chain();
  }

  /**
   * A person's receipt text from the latest snapshot, or, when a witness quorum is required, from
   * the latest snapshot the published checkpoint covers, proven under that checkpoint.
   */
  public String receipt(long person) {
    if (new WitnessCosignatures(reg).quorum() == 0) {
      return new PublishSignedSnapshot(reg).receipt(person).format();
    }
    IntegrityLog.StoredCheckpoint cp =
        published()
            .orElseThrow(
                () ->
                    new org.sijil.core.UserError(
                        "nothing is published yet: the snapshot awaits its witnesses"));
    return new PublishSignedSnapshot(reg).receipt(person, cp).format();
  }
}
