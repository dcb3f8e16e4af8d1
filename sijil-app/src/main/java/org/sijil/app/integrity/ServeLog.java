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
 * latest signed checkpoint, and the tiles and entry bundles of the tree at that checkpoint's size
 * (tiles of one size never change, which is why they may be cached forever).
 */
public final class ServeLog {

  private final Register reg;

  public ServeLog(Register reg) {
    this.reg = reg;
  }

  /** The latest signed checkpoint's text, if one was signed. */
  public Optional<String> checkpoint() {
    return reg.integrity().latestCheckpoint().map(new WitnessCosignatures(reg)::withCosignatures);
  }

  /**
   * The tile or entry bundle at {@code path} ({@code tile/...}) for the latest checkpoint, if it
   * exists.
   */
  public Optional<byte[]> tile(String path) {
    Optional<IntegrityLog.StoredCheckpoint> cp = reg.integrity().latestCheckpoint();
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
    Optional<IntegrityLog.StoredCheckpoint> cp = store.latestCheckpoint();
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

  /** A person's receipt text from the latest snapshot. */
  public String receipt(long person) {
    return new PublishSignedSnapshot(reg).receipt(person).format();
  }
}
