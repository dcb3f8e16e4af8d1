package org.sijil.server.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sijil.store.Jobs;
import org.sijil.store.Register;
import org.sijil.store.StoredJob;

/**
 * Job records in the register, which is opened per call (the server holds no lock between them; a
 * job's own work opens it for as long as it runs).
 */
final class StoreJobs implements Jobs {

  private final Path db;

  StoreJobs(Path db) {
    this.db = db;
  }

  private <T> T with(Function<Jobs, T> work) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      return work.apply(reg.jobs());
    }
  }

  @Override
  public void create(StoredJob job) {
    with(j -> run(() -> j.create(job)));
  }

  @Override
  public void state(String id, String state) {
    with(j -> run(() -> j.state(id, state)));
  }

  @Override
  public void progress(String id, String phase, long done, long total) {
    with(j -> run(() -> j.progress(id, phase, done, total)));
  }

  @Override
  public void finish(String id, String state, String result, String error, Instant at) {
    with(j -> run(() -> j.finish(id, state, result, error, at)));
  }

  @Override
  public Optional<StoredJob> find(String id) {
    return with(j -> j.find(id));
  }

  @Override
  public List<StoredJob> recent(int limit) {
    return with(j -> j.recent(limit));
  }

  @Override
  public int abandon(String error, Instant at) {
    return with(j -> j.abandon(error, at));
  }

  @Override
  public void heartbeat(String id, String serverId, Instant at) {
    with(j -> run(() -> j.heartbeat(id, serverId, at)));
  }

  @Override
  public int abandonStale(String error, Instant staleBefore, Instant at) {
    return with(j -> j.abandonStale(error, staleBefore, at));
  }

  private static Void run(Runnable r) {
    r.run();
    return null;
  }
}
