package org.sijil.server.store;

import java.nio.file.Path;
import java.util.Optional;
import org.sijil.app.users.Role;
import org.sijil.server.auth.User;
import org.sijil.server.auth.UserStore;
import org.sijil.store.Register;

/**
 * Users in the register file. The file is opened for each look-up and closed again, so the server
 * does not hold DuckDB's single-process lock and {@code sijil users add} works while it runs.
 */
public final class StoreUsers implements UserStore {

  private final Path db;

  public StoreUsers(Path db) {
    this.db = db;
  }

  @Override
  public synchronized Optional<User> find(String name) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      return reg.users()
          .find(name)
          .map(u -> new User(u.name(), Role.parse(u.role()), u.passwordHash()));
    }
  }

  @Override
  public synchronized void save(User user) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      reg.users().save(user.name(), user.role().code(), user.passwordHash(), user.name());
    }
  }
}
