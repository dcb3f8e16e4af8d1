package org.sijil.server.http;

/**
 * An error with the HTTP status that fits it; its message is shown to the client, so it names the
 * problem.
 */
public class HttpError extends RuntimeException {

  private final int status;

  public HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** 400: a parameter is missing or malformed. */
  public static final class BadParameter extends HttpError {
    public BadParameter(String message) {
      super(400, message);
    }
  }

  /** 404: no such person, release or page. */
  public static final class NotFound extends HttpError {
    public NotFound(String message) {
      super(404, message);
    }
  }

  /** 401: signing in is needed. */
  public static final class Unauthenticated extends HttpError {
    public Unauthenticated(String message) {
      super(401, message);
    }
  }

  /** 403: signed in but not allowed, or a missing/wrong CSRF token. */
  public static final class Forbidden extends HttpError {
    public Forbidden(String message) {
      super(403, message);
    }
  }

  /** 503: the register is busy (another process holds it); retry after the given seconds. */
  public static final class Unavailable extends HttpError {
    private final long retryAfterSeconds;

    public Unavailable(String message, long retryAfterSeconds) {
      super(503, message);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /** 429: too many failed sign-ins; retry after the given seconds. */
  public static final class TooManyRequests extends HttpError {
    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
      super(429, message);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
