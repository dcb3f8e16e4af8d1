package org.sijil.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by an unguessable 256-bit id carried in a cookie. Sessions expire
 * after a period of idleness; signing out deletes them. Held in memory: a restart signs everyone
 * out.
 */
public final class Sessions {

  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration idle;

  public Sessions(Clock clock, Duration idle) {
    this.clock = clock;
    this.idle = idle;
  }

  public Session open(User user) {
    Session s = new Session(token(), user.name(), user.role(), token(), clock.instant().plus(idle));
    sessions.put(s.id(), s);
    return s;
  }

  /** The live session for an id, its expiry pushed forward; empty if unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (s.expires().isBefore(clock.instant())) {
      sessions.remove(id);
      return Optional.empty();
    }
    Session renewed = new Session(s.id(), s.user(), s.role(), s.csrf(), clock.instant().plus(idle));
    sessions.put(id, renewed);
    return Optional.of(renewed);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** A fresh random token (session ids, CSRF tokens). */
  public String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
