package org.sijil.server.auth;

import java.util.Objects;
import org.sijil.app.users.Role;

/** A user allowed to sign in; {@code passwordHash} is a bcrypt hash, never a password. */
public record User(String name, Role role, String passwordHash) {
  public User {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new IllegalArgumentException(
          "user name must be 1-64 letters, digits or . _ @ -, not '" + name + "'");
    }
  }
}
