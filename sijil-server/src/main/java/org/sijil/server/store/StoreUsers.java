package org.sijil.server.store;

import java.nio.file.Path;
import java.util.Optional;
import org.sijil.app.users.Role;
import org.sijil.server.auth.User;
import org.sijil.server.auth.UserStore;
import org.sijil.store.Register;

/**
 * Users in the register (revoked users are not found, so they cannot sign in). The file is opened
 * for each look-up and closed again, so the server does not hold DuckDB's single-process lock and
 * {@code sijil users add} works while it runs.
 */
public final class StoreUsers implements UserStore {

  /** How long a server trusts a session before looking it up again: a revocation's delay. */
  public static final java.time.Duration SESSION_RECHECK = java.time.Duration.ofSeconds(10);

  private final Path db;
  private final java.time.Duration sessionRecheck;

  public StoreUsers(Path db) {
    this(db, SESSION_RECHECK);
  }

  /**
   * @param sessionRecheck how long a session found is trusted before the register is asked again
   */
  public StoreUsers(Path db, java.time.Duration sessionRecheck) {
    this.db = db;
    this.sessionRecheck = sessionRecheck;
  }

  @Override
  public synchronized Optional<User> find(String name) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      return reg.users()
          .find(name)
          .filter(org.sijil.store.StoredUser::enabled) // a revoked user cannot sign in
          .map(u -> new User(u.name(), Role.parse(u.role()), u.passwordHash()));
    }
  }

  /** Sessions in the same register. */
  @Override
  public org.sijil.server.auth.SessionStore sessionStore() {
    return new org.sijil.server.auth.CachingSessionStore(
        new StoreSessions(db), java.time.Clock.systemUTC(), sessionRecheck);
  }

  @Override
  public synchronized void save(User user) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      reg.users().save(user.name(), user.role().code(), user.passwordHash(), user.name());
    }
  }
}
