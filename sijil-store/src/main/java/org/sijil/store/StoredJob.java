package org.sijil.store;

import java.time.Instant;

/**
 * A background job as stored.
 *
 * @param kind what it does ({@code import}, {@code link})
 * @param description what it works on, for people (e.g. {@code hospital / 2024-07})
 * @param state {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param phase the phase its latest progress is about (null before any)
 * @param done units of {@code phase} done
 * @param total units of {@code phase} in all (0 when unknown)
 * @param result what it did, once succeeded
 * @param error why it failed, once failed
 * @param startedBy who started it
 * @param finishedAt when it ended (null while queued or running)
 */
public record StoredJob(
    String id,
    String kind,
    String description,
    String state,
    String phase,
    long done,
    long total,
    String result,
    String error,
    String startedBy,
    Instant createdAt,
    Instant finishedAt) {

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  /** Whether the job has ended, well or not. */
  public boolean finished() {
    return SUCCEEDED.equals(state) || FAILED.equals(state);
  }
}
