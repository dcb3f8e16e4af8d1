package org.sijil.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Server-side sessions keyed by an unguessable 256-bit id carried in a cookie. Sessions expire
 * after a period of idleness; signing out deletes them. Kept in a {@link SessionStore}: memory, or
 * the register (then a restart keeps them).
 */
public final class Sessions {

  /**
   * A used session's expiry is written again only once it has fallen this far behind (at most a
   * tenth of the idle time), so reading a page does not mean a write to the register each time.
   */
  private static final Duration RENEW_STEP = Duration.ofMinutes(1);

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration idle;
  private final Duration renewStep;
  private final SessionStore store;

  /** Sessions held in memory. */
  public Sessions(Clock clock, Duration idle) {
    this(clock, idle, new InMemorySessionStore());
  }

  public Sessions(Clock clock, Duration idle, SessionStore store) {
    this.clock = clock;
    this.idle = idle;
    this.store = store;
    Duration tenth = idle.dividedBy(10);
    this.renewStep = tenth.compareTo(RENEW_STEP) < 0 ? tenth : RENEW_STEP;
  }

  public Session open(User user) {
    Instant now = clock.instant();
    store.removeExpired(now); // signing in is rare: a fair moment to forget ended sessions
    Session s = new Session(token(), user.name(), user.role(), token(), now.plus(idle));
    store.save(s);
    return s;
  }

  /** The live session for an id, its expiry pushed forward; empty if unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Session> found = store.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Session s = found.get();
    Instant now = clock.instant();
    if (s.expires().isBefore(now)) {
      store.remove(id);
      return Optional.empty();
    }
    Instant renewed = now.plus(idle);
    if (s.expires().isBefore(renewed.minus(renewStep))) {
      store.renew(id, renewed);
      s = new Session(s.id(), s.user(), s.role(), s.csrf(), renewed);
    }
    return Optional.of(s);
  }

  public void close(String id) {
    if (id != null) {
      store.remove(id);
    }
  }

  /** A fresh random token (session ids, CSRF tokens). */
  public String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
