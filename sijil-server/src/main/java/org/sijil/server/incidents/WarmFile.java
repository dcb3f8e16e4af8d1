package org.sijil.server.incidents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sijil.store.duckdb.DuckDbRegister;

/**
 * Keeps a served DuckDB register file open between requests that come close together, so each
 * request's own open of the register shares it (well under a millisecond, with DuckDB's cache warm)
 * instead of opening and closing the file again (~30 ms and a cold cache at 1M records).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A request touches it before and after using the register. The first touch after a pause
 *       opens the file in the request's thread (the open it would have paid anyway).
 *   <li>The file is closed once {@link #LINGER} has passed since the last touch (requests that
 *       overlap kept it open before this too).
 *   <li>While another process holds the file, a touch holds nothing: the request's own open waits
 *       for the file, or answers busy, as before.
 *   <li>While another process waits for the file ({@code DuckDbRegister.awaited}: it marks so as it
 *       waits), a touch lets the file go and holds nothing, so pages coming close together do not
 *       keep a command's import or link run out.
 * </ul>
 */
final class WarmFile implements AutoCloseable {

  /** How long the file stays open after the last request that used it. */
  static final Duration LINGER = Duration.ofMillis(300);

  private final Path db;
  private final long lingerNanos;
  private DuckDbRegister.Held held;
  private long lastTouch;
  private ScheduledExecutorService timer;
  private boolean closed;

  WarmFile(Path db, Duration linger) {
    this.db = db;
    this.lingerNanos = linger.toNanos();
  }

  /** Notes a use of the register now, opening the file when it is not held. */
  synchronized void touch() {
    if (closed) {
      return;
    }
    lastTouch = System.nanoTime();
    if (DuckDbRegister.awaited(db)) {
      letGo(); // a command waits for the file: requests open and close it as they did before
      return;
    }
    if (held == null) {
      held = DuckDbRegister.hold(db).orElse(null);
      if (held != null) {
        expireIn(lingerNanos);
      }
    }
  }

  /** True while this holds the file open. */
  synchronized boolean holding() {
    return held != null;
  }

  private synchronized void expire() {
    if (held == null) {
      return;
    }
    long idle = System.nanoTime() - lastTouch;
    if (idle >= lingerNanos || closed) {
      letGo();
    } else {
      expireIn(lingerNanos - idle);
    }
  }

  private void expireIn(long nanos) {
    if (timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "sijil-register-linger");
                t.setDaemon(true);
                return t;
              });
    }
    timer.schedule(this::expire, nanos, TimeUnit.NANOSECONDS);
  }

  private void letGo() {
    if (held != null) {
      held.close();
      held = null;
    }
  }

  /** Closes the file now and holds it no more (the server stops). */
  @Override
  public synchronized void close() {
    closed = true;
    letGo();
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
