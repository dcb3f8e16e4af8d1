package org.sijil.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.store.RegisterBusy;

/**
 * A session store in front of a slower shared one (the register): a session found is trusted for
 * {@code recheck} before it is looked up again, so a page view rarely opens the register, and a
 * revocation (the session deleted there) reaches this server within {@code recheck}. While the
 * register is busy (an import holds it), a session seen before keeps working from memory rather
 * than turning every page into a 503.
 */
public final class CachingSessionStore implements SessionStore {

  private record Entry(Session session, Instant checked) {}

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final SessionStore shared;
  private final Clock clock;
  private final Duration recheck;

  public CachingSessionStore(SessionStore shared, Clock clock, Duration recheck) {
    if (recheck.isNegative()) {
      throw new IllegalArgumentException("recheck must not be negative, got " + recheck);
    }
    this.shared = shared;
    this.clock = clock;
    this.recheck = recheck;
  }

  @Override
  public void save(Session session) {
    shared.save(session);
    cache.put(session.id(), new Entry(session, clock.instant()));
  }

  @Override
  public Optional<Session> find(String id) {
    Instant now = clock.instant();
    Entry e = cache.get(id);
    if (e != null && e.checked().plus(recheck).isAfter(now)) {
      return Optional.of(e.session());
    }
    Optional<Session> found;
    try {
      found = shared.find(id);
    } catch (RegisterBusy busy) {
      if (e != null) {
        return Optional.of(e.session());
      }
      throw busy;
    }
    if (found.isEmpty()) {
      cache.remove(id);
    } else {
      cache.put(id, new Entry(found.get(), now));
    }
    return found;
  }

  @Override
  public void renew(String id, Instant expires) {
    cache.computeIfPresent(
        id,
        (k, e) -> {
          Session s = e.session();
          return new Entry(new Session(s.id(), s.user(), s.role(), s.csrf(), expires), e.checked());
        });
    try {
      shared.renew(id, expires);
    } catch (RegisterBusy busy) {
      // Renewed in memory; the next renewal writes it (it falls behind by the renew step again).
    }
  }

  @Override
  public void remove(String id) {
    cache.remove(id);
    shared.remove(id);
  }

  @Override
  public void removeExpired(Instant now) {
    cache.values().removeIf(e -> e.session().expires().isBefore(now));
    try {
      shared.removeExpired(now);
    } catch (RegisterBusy busy) {
      // Tidying only: the next sign-in tries again.
    }
  }
}
