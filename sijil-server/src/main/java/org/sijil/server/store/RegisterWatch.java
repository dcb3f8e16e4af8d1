package org.sijil.server.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sijil.app.StopSignal;
import org.sijil.app.publish.WatchedState;
import org.sijil.store.Register;
import org.sijil.store.RegisterBusy;

/**
 * Notices changes other processes make to the register a server serves (an analyst's {@code sijil
 * records correct|remove} or {@code review decide}, a source named, an import or a link run on the
 * command line) and reads the published view again, so they show without a restart (issue 12). What
 * a server reads at each request (grades, incidents, users and sessions, suggestions, intake, jobs,
 * the log's pages) needs no watch.
 *
 * <p>Rules, at each look (every {@link #EVERY} once the server has started):
 *
 * <ul>
 *   <li>The register's published state ({@link WatchedState}: the releases shown, the latest link
 *       run, the latest amendment, and the integrity log's size, which every change grows) is
 *       compared with the state of the view served, which each read of the view records ({@link
 *       #served}); when they differ the view is read again (in place when no person moved: {@link
 *       AmendedView}).
 *   <li>A register file is opened only when the file or its write-ahead log changed size or
 *       modification time since the last look: an idle register costs two file stats. The open
 *       takes the server's turn at the file ({@link StoreLock}) and DuckDB's lock as the server's
 *       short opens do; a command holding the lock longer than {@link StoreLock#WAIT} makes this
 *       look wait for the next. A PostgreSQL register (no file) has its state read at every look.
 *   <li>A read of the view that fails is not tried again for the same state: the server keeps
 *       serving the view it has, says why once, and reads again at the next change.
 * </ul>
 */
final class RegisterWatch implements AutoCloseable {

  /** How often the register is looked at: a change shows within about this long. */
  static final Duration EVERY = Duration.ofSeconds(5);

  /**
   * How long stopping waits for a read of the view under way to end. A read checks the stop between
   * its steps and every {@link StopSignal#ROWS} rows, so it ends within a second or two; the bound
   * is for the steps that do not check (one store query, a search index sync already under way).
   */
  static final Duration STOP_WAIT = Duration.ofMinutes(2);

  private final Path db;
  private final Duration every;
  private final PrintWriter out;
  private volatile WatchedState served;
  private volatile List<Object> readingFiles;
  private volatile List<Object> servedFiles;
  private List<Object> lastFiles;
  private WatchedState failed;
  private String lastProblem;
  private long opened;
  private final Object timerLock = new Object();
  private ScheduledExecutorService timer;
  private volatile boolean stopping;

  /**
   * Held by each read of the view ({@link #reading}), so stopping can wait for the one under way.
   */
  private final ReentrantLock reads = new ReentrantLock();

  RegisterWatch(Path db, Duration every, PrintWriter out) {
    this.db = Objects.requireNonNull(db, "db");
    this.every = Objects.requireNonNull(every, "every");
    this.out = out;
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException(
          "the register watch's interval must be positive: " + every);
    }
  }

  /**
   * Runs one read of the view (the first, a reload after a web import, or a look's): stopping asks
   * it to stop ({@link #stopSignal}) and waits for it to end. The register's files as they are now
   * are those of the view read, so a later look finding them unchanged opens nothing.
   *
   * @throws StopSignal.Stopped when the server is stopping (before or during the read)
   */
  <T> T reading(Supplier<T> read) {
    reads.lock();
    try {
      stopSignal().check();
      noteFiles();
      return read.get();
    } finally {
      reads.unlock();
    }
  }

  /** Asks reads of the view to stop once the server is stopping ({@link #close}). */
  StopSignal stopSignal() {
    return () -> stopping;
  }

  private void noteFiles() {
    try {
      readingFiles = files();
    } catch (java.io.UncheckedIOException e) {
      readingFiles = null; // the next look opens the register
    }
  }

  /** The view just read holds this state of the register (called after each read of the view). */
  void served(WatchedState state) {
    servedFiles = readingFiles;
    served = state;
  }

  /** Starts looking every {@link #every}, reading the view again with {@code reload}. */
  void start(Runnable reload) {
    synchronized (timerLock) {
      if (timer != null) {
        return;
      }
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "sijil-register-watch");
                t.setDaemon(true);
                return t;
              });
      long millis = every.toMillis();
      timer.scheduleWithFixedDelay(() -> look(reload), millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * One look: reads the view again with {@code reload} when the register's state is not the one
   * served. Returns true when it did.
   */
  synchronized boolean look(Runnable reload) {
    WatchedState shown = served;
    if (shown == null) {
      return false; // the first read of the view has not ended
    }
    try {
      List<Object> files = files();
      if (files != null && (files.equals(lastFiles) || files.equals(servedFiles))) {
        return false;
      }
      WatchedState now;
      opened++;
      try (StoreLock.Opened o = StoreLock.open(db)) {
        now = WatchedState.of(o.register());
      }
      lastFiles = files;
      if (now.equals(shown) || now.equals(failed)) {
        return false;
      }
      say("The register changed since it was read: reading it again.");
      try {
        reload.run();
        failed = null;
        return true;
      } catch (StopSignal.Stopped e) {
        say("Stopped reading the changed register: the server is stopping.");
        return false;
      } catch (RuntimeException e) {
        failed = now;
        say(
            "Reading the changed register failed ("
                + e.getMessage()
                + "); the view read before is still served.");
        return false;
      }
    } catch (RegisterBusy e) {
      return false; // a command holds the register; the next look tries again
    } catch (RuntimeException e) {
      String problem = "Cannot look at the register for changes: " + e.getMessage();
      if (!problem.equals(lastProblem)) {
        say(problem);
        lastProblem = problem;
      }
      return false;
    }
  }

  /** How many looks opened the register (the others found its files unchanged). */
  synchronized long opened() {
    return opened;
  }

  /**
   * Stops looking and asks a read of the view under way to stop ({@link #stopSignal}), then waits
   * for it and for a look under way to end (at most {@link #STOP_WAIT}): a look holds the register
   * open, and a server that has stopped must leave its register's files (and the directory they are
   * in) alone. The read ends at its next check, closing the register and publishing nothing, so the
   * view read before is served until the server stops. Nothing is interrupted, since an interrupt
   * would close the register's and the index's file channels in the middle of a read.
   */
  @Override
  public void close() {
    stopping = true;
    ScheduledExecutorService looks;
    synchronized (timerLock) {
      looks = timer;
    }
    if (looks != null) {
      looks.shutdown(); // later looks are cancelled; the one under way ends at its next check
    }
    long asked = System.nanoTime();
    long deadline = asked + STOP_WAIT.toNanos();
    try {
      if (reads.tryLock()) {
        reads.unlock(); // no read under way
      } else if (reads.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        reads.unlock();
        say(
            String.format(
                "The read under way ended %.2f s after it was asked to stop.",
                (System.nanoTime() - asked) / 1e9));
      } else {
        say("A read of the register was still under way when the server stopped.");
      }
      long left = Math.max(0, deadline - System.nanoTime());
      if (looks != null && !looks.awaitTermination(left, TimeUnit.NANOSECONDS)) {
        say("A look at the register was still under way when the server stopped.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Size and modification time of the register file and its write-ahead log (absent: nulls); null
   * for a register with no file.
   */
  private List<Object> files() {
    if (Register.isPostgres(db)) {
      return null;
    }
    Path wal = db.resolveSibling(db.getFileName() + ".wal");
    return List.of(stat(db), stat(wal));
  }

  private static List<Object> stat(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return List.of(a.size(), a.lastModifiedTime());
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void say(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}
