package org.sijil.server.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Users held in memory (tests, and a demo without a register file). */
public final class InMemoryUserStore implements UserStore {

  private final ConcurrentHashMap<String, User> users = new ConcurrentHashMap<>();

  @Override
  public Optional<User> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(users.get(name));
  }

  @Override
  public void save(User user) {
    users.put(user.name(), user);
  }
}
