package org.sijil.server;

import java.time.Clock;
import java.time.Duration;

/**
 * How the server runs.
 *
 * @param secureCookies mark cookies Secure even on plain HTTP (set when behind a TLS proxy that does not
 *     send {@code X-Forwarded-Proto}); HTTPS requests always get Secure cookies
 * @param sessionIdle a session ends after this long without a request
 * @param loginFailures failed sign-ins allowed per name and per address within {@code loginWindow}
 * @param loginWindow the throttling window
 * @param clock time source (tests move it)
 */
public record ServerConfig(boolean secureCookies, Duration sessionIdle, int loginFailures, Duration loginWindow, Clock clock) {

  public static ServerConfig defaults() {
    return new ServerConfig(false, Duration.ofHours(8), 5, Duration.ofMinutes(15), Clock.systemUTC());
  }
}
