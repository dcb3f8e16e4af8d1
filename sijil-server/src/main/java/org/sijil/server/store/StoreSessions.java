package org.sijil.server.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;
import org.sijil.server.auth.SessionStore;
import org.sijil.store.Register;
import org.sijil.store.StoredSession;
import org.sijil.store.StoredUser;

/**
 * Sessions in the register, so a restart or a second server on the same register keeps them and
 * {@code sijil users revoke} ends them at once. Stored under the SHA-256 of the cookie's id:
 * reading the table does not give a cookie that works. The register is opened per call, like {@link
 * StoreUsers}, so the server holds no DuckDB lock between requests. A session carries its user's
 * current role: a role changed by {@code sijil users add} applies at the session's next look-up
 * (within {@link StoreUsers#SESSION_RECHECK} through the server's cache), without signing in again;
 * a session whose user is gone or revoked ends.
 */
final class StoreSessions implements SessionStore {

  private final Path db;

  StoreSessions(Path db) {
    this.db = db;
  }

  @Override
  public synchronized void save(Session s) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      reg.sessions()
          .open(
              new StoredSession(
                  hash(s.id()), s.user(), s.role().code(), s.csrf(), Instant.now(), s.expires()));
    }
  }

  @Override
  public synchronized Optional<Session> find(String id) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      Optional<StoredSession> stored = reg.sessions().find(hash(id));
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      StoredSession s = stored.get();
      // The user's role now, not the one signed in with: a change applies at the next look-up.
      Optional<StoredUser> user = reg.users().find(s.user()).filter(StoredUser::enabled);
      if (user.isEmpty()) {
        reg.sessions().close(hash(id));
        return Optional.empty();
      }
      return Optional.of(
          new Session(id, s.user(), Role.parse(user.get().role()), s.csrf(), s.expiresAt()));
    }
  }

  @Override
  public synchronized void renew(String id, Instant expires) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      reg.sessions().renew(hash(id), expires);
    }
  }

  @Override
  public synchronized void remove(String id) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      reg.sessions().close(hash(id));
    }
  }

  @Override
  public synchronized void removeExpired(Instant now) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      reg.sessions().closeExpired(now);
    }
  }

  /** SHA-256 of a session id, in hex. */
  static String hash(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
