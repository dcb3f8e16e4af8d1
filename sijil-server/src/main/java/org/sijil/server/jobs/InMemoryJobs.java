package org.sijil.server.jobs;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.store.Jobs;
import org.sijil.store.StoredJob;

/** Job records in memory (tests, a server without a register file). */
public final class InMemoryJobs implements Jobs {

  private final ConcurrentHashMap<String, StoredJob> jobs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Instant> heartbeats = new ConcurrentHashMap<>();

  @Override
  public void create(StoredJob job) {
    jobs.put(job.id(), job);
  }

  @Override
  public void state(String id, String state) {
    jobs.computeIfPresent(id, (k, j) -> with(j, state, j.result(), j.error(), j.finishedAt()));
  }

  @Override
  public void progress(String id, String phase, long done, long total) {
    jobs.computeIfPresent(
        id,
        (k, j) ->
            new StoredJob(
                j.id(),
                j.kind(),
                j.description(),
                j.state(),
                phase,
                done,
                total,
                j.result(),
                j.error(),
                j.startedBy(),
                j.createdAt(),
                j.finishedAt()));
  }

  @Override
  public void finish(String id, String state, String result, String error, Instant at) {
    jobs.computeIfPresent(id, (k, j) -> with(j, state, result, error, at));
  }

  @Override
  public Optional<StoredJob> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public List<StoredJob> recent(int limit) {
    return jobs.values().stream()
        .sorted(Comparator.comparing(StoredJob::createdAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public int abandon(String error, Instant at) {
    int n = 0;
    for (StoredJob j : List.copyOf(jobs.values())) {
      if (!j.finished()) {
        finish(j.id(), StoredJob.FAILED, null, error, at);
        n++;
      }
    }
    return n;
  }

  @Override
  public void heartbeat(String id, String serverId, Instant at) {
    heartbeats.put(id, at);
  }

  @Override
  public int abandonStale(String error, Instant staleBefore, Instant at) {
    int n = 0;
    for (StoredJob j : List.copyOf(jobs.values())) {
      if (!j.finished() && heartbeats.getOrDefault(j.id(), j.createdAt()).isBefore(staleBefore)) {
        finish(j.id(), StoredJob.FAILED, null, error, at);
        n++;
      }
    }
    return n;
  }

  private static StoredJob with(
      StoredJob j, String state, String result, String error, Instant finishedAt) {
    return new StoredJob(
        j.id(),
        j.kind(),
        j.description(),
        state,
        j.phase(),
        j.done(),
        j.total(),
        result,
        error,
        j.startedBy(),
        j.createdAt(),
        finishedAt);
  }
}
