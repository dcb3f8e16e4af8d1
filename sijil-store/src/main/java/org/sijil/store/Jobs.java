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
}
