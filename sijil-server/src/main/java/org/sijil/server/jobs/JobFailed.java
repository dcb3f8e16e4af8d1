package org.sijil.server.jobs;

/** A job's work refused or failed for a reason its starter can act on; the message says which. */
public final class JobFailed extends RuntimeException {
  public JobFailed(String message) {
    super(message);
  }
}
