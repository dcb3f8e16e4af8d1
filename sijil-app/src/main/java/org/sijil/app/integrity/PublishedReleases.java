package org.sijil.app.integrity;

import java.util.List;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Which releases the published view shows while a witness quorum is pending (docs/integrity.md
 * §11).
 *
 * <p>Rules: with no quorum set (or 0), every release. With a quorum, only the releases whose {@code
 * release-import} entry (the latest under {@code release:ID}) the published checkpoint covers
 * (entry index below its tree size, {@link WitnessCosignatures#published()}); before any checkpoint
 * has its quorum, none. A release without a logged import (a register from before the log) is
 * shown: nothing can hold it back.
 */
public final class PublishedReleases {

  private PublishedReleases() {}

  /** The releases to publish, in the register's order. */
  public static List<Release> of(Register reg) {
    List<Release> all = reg.releases().list();
    WitnessCosignatures witnesses = new WitnessCosignatures(reg);
    if (witnesses.quorum() == 0) {
      return all;
    }
    long size = witnesses.published().map(IntegrityLog.StoredCheckpoint::treeSize).orElse(0L);
    return all.stream()
        .filter(
            r ->
                reg.integrity()
                    .latest(RegisterLog.release(r.id()))
                    .map(e -> e.index() < size)
                    .orElse(true))
        .toList();
  }
}
