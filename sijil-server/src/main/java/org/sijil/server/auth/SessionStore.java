package org.sijil.server.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Where sessions are kept: memory (tests, a demo), or the register, so a restart or a second server
 * keeps them and {@code sijil users revoke} ends them everywhere. Expiry is {@link Sessions}' rule.
 */
public interface SessionStore {

  void save(Session session);

  /** The session with this id, expired or not. */
  Optional<Session> find(String id);

  /** Moves a session's expiry. */
  void renew(String id, Instant expires);

  void remove(String id);

  /** Forgets sessions expired before {@code now}. */
  void removeExpired(Instant now);
}
