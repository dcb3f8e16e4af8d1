package org.sijil.server.auth;

import java.util.Optional;

/** Where users live: the register's users table, or memory in tests. */
public interface UserStore {

  Optional<User> find(String name);

  /** Adds or replaces a user. */
  void save(User user);

  /** Where the sessions of these users are kept: memory unless the users live in a register. */
  default SessionStore sessionStore() {
    return new InMemorySessionStore();
  }
}
