package org.sijil.server.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in memory: a restart signs everyone out. */
public final class InMemorySessionStore implements SessionStore {

  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public void save(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public Optional<Session> find(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public void renew(String id, Instant expires) {
    sessions.computeIfPresent(
        id, (k, s) -> new Session(s.id(), s.user(), s.role(), s.csrf(), expires));
  }

  @Override
  public void remove(String id) {
    sessions.remove(id);
  }

  @Override
  public void removeExpired(Instant now) {
    sessions.values().removeIf(s -> s.expires().isBefore(now));
  }
}
