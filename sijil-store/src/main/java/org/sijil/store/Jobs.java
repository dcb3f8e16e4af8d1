package org.sijil.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Background jobs started from the web (imports, link runs) as records (migration 6): their state,
 * latest progress, and result or error, readable after they finish and after a restart.
 */
public interface Jobs {

  /** Stores a new job (state {@code queued}). */
  void create(StoredJob job);

  /** Sets a job's state ({@code running}). */
  void state(String id, String state);

  /** The latest progress of a running job. */
  void progress(String id, String phase, long done, long total);

  /** Ends a job: {@code succeeded} with a result, or {@code failed} with an error. */
  void finish(String id, String state, String result, String error, Instant at);

  Optional<StoredJob> find(String id);

  /** The newest {@code limit} jobs, newest first. */
  List<StoredJob> recent(int limit);

  /**
   * Marks jobs still queued or running as failed with {@code error}: a server that stopped mid-job
   * calls this when it starts again. Returns how many.
   */
  int abandon(String error, Instant at);

  /**
   * Records that server {@code serverId} holds job {@code id} (queued or running there) and was
   * alive at {@code at} (migration 12). A server calls it when it takes a job and then regularly.
   */
  void heartbeat(String id, String serverId, Instant at);

  /**
   * Marks as failed, with {@code error}, the jobs still queued or running whose server's latest
   * heartbeat (or, for a job without one, its creation) is before {@code staleBefore}: their server
   * stopped. Jobs a live server keeps beating for are left alone. Returns how many.
   */
  int abandonStale(String error, Instant staleBefore, Instant at);
}
