package org.sijil.app;

import java.util.Objects;

/**
 * Who made a state change: the signed-in user on the web, the operating-system user (or {@code
 * --by}) on the command line. Every use case that changes the register takes one and stores its
 * name with the time of the change.
 *
 * @param name the user name, 1 to 64 characters with no control characters
 */
public record Actor(String name) {

  /** Longest stored name, as in the users table. */
  public static final int MAX_LENGTH = 64;

  public Actor {
    Objects.requireNonNull(name, "actor name");
    name = name.strip();
    if (name.isEmpty()
        || name.length() > MAX_LENGTH
        || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "an actor needs a name of 1-" + MAX_LENGTH + " printable characters, not '" + name + "'");
    }
  }

  /** The operating-system user running this process ({@code user.name}), or {@code unknown}. */
  public static Actor systemUser() {
    String user = System.getProperty("user.name");
    return new Actor(user == null || user.isBlank() ? "unknown" : user);
  }

  /** The given name, or the operating-system user when it is null or blank. */
  public static Actor orSystemUser(String name) {
    return name == null || name.isBlank() ? systemUser() : new Actor(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
