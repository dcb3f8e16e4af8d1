package org.sijil.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The server's signed-in sessions (migration 6), kept in the register so a restart or a second
 * server keeps them. Keyed by a hash of the cookie's id, never the id itself; expiry is the
 * caller's rule, this stores and finds.
 */
public interface Sessions {

  /** Stores a new session. */
  void open(StoredSession session);

  /** The session with this id hash, expired or not. */
  Optional<StoredSession> find(String idHash);

  /** Moves a session's expiry (an idle session lives on while used). */
  void renew(String idHash, Instant expiresAt);

  /** Ends one session; nothing happens when it is gone already. */
  void close(String idHash);

  /** Ends every session of {@code user}; returns how many there were. */
  int closeAll(String user);

  /** Deletes sessions expired before {@code now}; returns how many. */
  int closeExpired(Instant now);
}
