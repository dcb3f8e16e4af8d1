package org.sijil.server.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sijil.app.ProgressListener;
import org.sijil.core.UserError;
import org.sijil.store.Jobs;
import org.sijil.store.StoredJob;

/**
 * Runs jobs one at a time (a second waits its turn, queued), keeping each as a record: created
 * queued, then running, then succeeded with its result or failed with its error. Progress is kept
 * live in memory while a job runs (an import holds the register, so it is not written on every
 * step) and stored with the record when the job ends.
 *
 * <p>Several servers may share one register (PostgreSQL). Each runner has its own random server id
 * and, every {@link #HEARTBEAT}, records that its jobs are alive; records left unfinished whose
 * server has not beaten for {@link #STALE_AFTER} are marked failed (at start and at every beat), so
 * starting a server never fails another live server's running job.
 */
public final class JobRunner {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobRunner.class);

  /** What a job does; it reports progress to {@code progress} and returns its result. */
  @FunctionalInterface
  public interface Work {
    String run(ProgressListener progress);
  }

  /** The error kept when a server stopped before a job ended. */
  static final String ABANDONED =
      "the server stopped before this job finished; nothing of it was kept";

  /** A job running or queued on this server: its latest progress and its outcome. */
  private static final class Live implements ProgressListener {
    final StoredJob created;
    volatile String state = StoredJob.QUEUED;
    volatile String phase;
    volatile long done;
    volatile long total;
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    Live(StoredJob created) {
      this.created = created;
    }

    @Override
    public void progress(String phase, long done, long total) {
      this.phase = phase;
      this.done = done;
      this.total = total;
    }
  }

  /** How often a runner records that its jobs are alive and looks for abandoned ones. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(10);

  /** A job whose server has not beaten for this long is taken as abandoned (several beats). */
  public static final Duration STALE_AFTER = Duration.ofSeconds(60);

  private final Jobs records;
  private final Clock clock;
  private final Duration staleAfter;
  private final String serverId = UUID.randomUUID().toString();
  private final java.util.concurrent.ScheduledExecutorService beats;
  private final ConcurrentHashMap<String, Live> live = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor executor;

  public JobRunner(Jobs records, Clock clock) {
    this(records, clock, HEARTBEAT, STALE_AFTER);
  }

  /**
   * @param heartbeat how often this runner beats for its jobs and sweeps abandoned ones
   * @param staleAfter how long without a beat makes a job abandoned
   */
  public JobRunner(Jobs records, Clock clock, Duration heartbeat, Duration staleAfter) {
    if (staleAfter.compareTo(heartbeat) <= 0) {
      throw new IllegalArgumentException(
          "staleAfter (" + staleAfter + ") must be longer than the heartbeat (" + heartbeat + ")");
    }
    this.records = records;
    this.clock = clock;
    this.staleAfter = staleAfter;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "sijil-job");
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    try {
      sweep();
    } catch (RuntimeException e) {
      // A busy register must not keep the server from starting; the next beat tidies up.
      LOG.warn("cannot mark unfinished jobs as failed: " + e.getMessage());
    }
    this.beats =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sijil-job-heartbeat");
              t.setDaemon(true);
              return t;
            });
    beats.scheduleWithFixedDelay(
        this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** This runner's id, kept with the jobs it runs. */
  public String serverId() {
    return serverId;
  }

  /**
   * Beats for this runner's jobs, then sweeps others' abandoned ones; a beat that cannot be stored
   * (an import holding a DuckDB file) skips the sweep, so a runner never abandons its own jobs.
   */
  private void beat() {
    try {
      for (String id : live.keySet()) {
        records.heartbeat(id, serverId, clock.instant());
      }
      sweep();
    } catch (RuntimeException e) {
      LOG.debug("job heartbeat skipped: " + e.getMessage());
    }
  }

  private void sweep() {
    Instant now = clock.instant();
    int abandoned = records.abandonStale(ABANDONED, now.minus(staleAfter), now);
    if (abandoned > 0) {
      LOG.warn(abandoned + " job(s) left unfinished by a stopped server are marked failed");
    }
  }

  /** Stops beating (the server is stopping); jobs still running here end as they would. */
  public void stop() {
    beats.shutdownNow();
  }

  /** Queues {@code work}; returns the new job's id at once. */
  public String submit(String kind, String description, String by, Work work) {
    String id = UUID.randomUUID().toString();
    StoredJob created =
        new StoredJob(
            id,
            kind,
            description,
            StoredJob.QUEUED,
            null,
            0,
            0,
            null,
            null,
            by,
            clock.instant(),
            null);
    records.create(created);
    records.heartbeat(id, serverId, clock.instant());
    Live job = new Live(created);
    live.put(id, job);
    executor.execute(() -> run(id, job, work));
    return id;
  }

  private void run(String id, Live job, Work work) {
    String result = null;
    String error = null;
    try {
      job.state = StoredJob.RUNNING;
      records.state(id, StoredJob.RUNNING);
      result = work.run(job);
    } catch (JobFailed | UserError e) {
      error = e.getMessage();
    } catch (RuntimeException | Error e) {
      LOG.error("job " + id + " failed", e);
      error = "internal error; the server log has the details";
    }
    try {
      if (job.phase != null) {
        records.progress(id, job.phase, job.done, job.total);
      }
      records.finish(
          id,
          error == null ? StoredJob.SUCCEEDED : StoredJob.FAILED,
          result,
          error,
          clock.instant());
    } catch (RuntimeException e) {
      LOG.error("cannot store the end of job " + id, e);
    } finally {
      live.remove(id);
      job.ended.complete(null);
    }
  }

  /**
   * The job: while it runs here, from memory with its live progress (its import may hold the
   * register); otherwise as recorded.
   */
  public Optional<StoredJob> find(String id) {
    Live job = live.get(id);
    if (job == null) {
      return records.find(id);
    }
    StoredJob j = job.created;
    return Optional.of(
        new StoredJob(
            j.id(),
            j.kind(),
            j.description(),
            job.state,
            job.phase,
            job.done,
            job.total,
            null,
            null,
            j.startedBy(),
            j.createdAt(),
            null));
  }

  /** Waits up to {@code max} for the job to end, then says where it is. */
  public Optional<StoredJob> await(String id, Duration max) {
    Live job = live.get(id);
    if (job != null) {
      try {
        job.ended.get(max.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // still running: the caller shows its progress
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    return find(id);
  }

  /** The newest {@code limit} jobs. */
  public List<StoredJob> recent(int limit) {
    return records.recent(limit).stream().map(j -> find(j.id()).orElse(j)).toList();
  }
}
