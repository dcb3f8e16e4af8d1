package org.sijil.server.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sijil.store.Register;
import org.sijil.store.RegisterBusy;

/**
 * How long a request waits for the register while another process (a CLI import or link) holds it.
 * Short enough for a person at a browser, long enough for most short writes to finish; past it the
 * request is answered 503 with {@code Retry-After} ({@link org.sijil.store.RegisterBusy}).
 *
 * <p>Within this server, opens of one DuckDB file share the database DuckDB has open, but an open
 * racing with another's last close fails ("Unique file handle conflict", retried by the open), and
 * two writers at once would each take the log's next index; so the server's own opens of one file
 * take turns through {@link #open}: sessions, users, review decisions, jobs and imports queue
 * fairly instead of racing. PostgreSQL registers need no turn (the pool gives each its own
 * connection, and writers take the register's advisory lock).
 */
final class StoreLock {

  static final Duration WAIT = Duration.ofSeconds(5);

  /**
   * How long a request waits for its turn at a register file this server has open (an import
   * through the pages holds it throughout); then the request is answered as busy.
   */
  static final Duration IN_PROCESS_WAIT = Duration.ofSeconds(30);

  /** One lock per register file: the file handle is per process, so the lock is too. */
  private static final ConcurrentHashMap<Path, ReentrantLock> TURNS = new ConcurrentHashMap<>();

  private StoreLock() {}

  /** An open register holding its turn; closing it closes the register and passes the turn on. */
  static final class Opened implements AutoCloseable {
    private final Register register;
    private final ReentrantLock turn;

    private Opened(Register register, ReentrantLock turn) {
      this.register = register;
      this.turn = turn;
    }

    Register register() {
      return register;
    }

    @Override
    public void close() {
      try {
        register.close();
      } finally {
        if (turn != null) {
          turn.unlock();
        }
      }
    }
  }

  /**
   * Opens the register at {@code db} in its turn.
   *
   * @throws RegisterBusy when the turn does not come within {@link #IN_PROCESS_WAIT}, or another
   *     process holds the file for longer than {@link #WAIT}
   */
  static Opened open(Path db) {
    if (Register.isPostgres(db)) {
      return new Opened(Register.open(db, WAIT), null);
    }
    ReentrantLock turn =
        TURNS.computeIfAbsent(db.toAbsolutePath().normalize(), k -> new ReentrantLock(true));
    try {
      if (!turn.tryLock(IN_PROCESS_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new RegisterBusy(db, IN_PROCESS_WAIT, "an import through the pages is running", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegisterBusy(db, Duration.ZERO, "interrupted while waiting", e);
    }
    try {
      return new Opened(Register.open(db, WAIT), turn);
    } catch (RuntimeException e) {
      turn.unlock();
      throw e;
    }
  }
}
