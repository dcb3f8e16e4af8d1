package org.sijil.app.publish;

import java.util.Objects;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.store.Register;

/**
 * What a running server compares to notice what other processes changed in what it shows (issues 13
 * and 14): the register's search state ({@link RegisterSearchIndex#state(Register)}: the releases
 * shown, the latest link run, the latest analyst's amendment) and the size of its integrity log.
 *
 * <p>Every change a server's view shows is stored with its log entry in one transaction (review
 * decisions, the sources' names, amendments, imports, link runs), and so is every other change
 * (grades, incidents, users, suggestions), so the log's size grows with each of them. When it grew
 * and the search state did not, no person moved: the view's review queue and decisions, log stamp
 * and sources' names are what changed ({@link PublishedChanges}). Reading the size costs one look
 * at the end of the log's primary key ({@link org.sijil.store.IntegrityLog#entryCount}), whatever
 * its length.
 *
 * @param search the register's search state
 * @param logSize the number of entries in the register's integrity log
 */
public record WatchedState(String search, long logSize) {

  public WatchedState {
    Objects.requireNonNull(search, "search");
    if (logSize < 0) {
      throw new IllegalArgumentException("a log size cannot be negative: " + logSize);
    }
  }

  /** The register's state now. */
  public static WatchedState of(Register reg) {
    // The log first: a change stored while the rest is read leaves a smaller size than the
    // register's, so the next look reads it again rather than missing it.
    long size = logSize(reg);
    return new WatchedState(RegisterSearchIndex.state(reg), size);
  }

  /** The size of the register's integrity log now (read before the state it goes with). */
  public static long logSize(Register reg) {
    return reg.integrity().entryCount();
  }

  /** True when the search state is {@code other}'s: no import, link run or amendment between. */
  public boolean sameSearch(WatchedState other) {
    return search.equals(other.search);
  }
}
