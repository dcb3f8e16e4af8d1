package org.sijil.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Stored estimate runs (migration 4): each run's inputs and result as JSON documents, so publishing
 * reads the result instead of estimating again.
 */
public interface Estimates {

  /**
   * An estimate run.
   *
   * @param id register-internal id (0 before it is saved)
   * @param purpose what it is for, e.g. {@code published} (the one the server shows) or {@code cli}
   * @param modelId the link run whose persons it counted; null when none
   * @param inputs the inputs (lists, options), JSON
   * @param result the result, JSON; null when the estimate could not be computed
   * @param note why there is no result, or anything a reader must know; may be null
   * @param createdBy who ran it
   * @param createdAt when
   */
  record Run(
      long id,
      String purpose,
      Long modelId,
      String inputs,
      String result,
      String note,
      String createdBy,
      Instant createdAt) {
    public Run {
      if (purpose == null
          || purpose.isBlank()
          || inputs == null
          || createdBy == null
          || createdBy.isBlank()
          || createdAt == null) {
        throw new IllegalArgumentException(
            "an estimate run needs a purpose, its inputs, its actor and its time");
      }
    }
  }

  /** Stores a run; returns its id. */
  long save(Run run);

  /** The latest run for the purpose, if any. */
  Optional<Run> latest(String purpose);
}
