package org.sijil.store;

import java.util.List;
import java.util.Optional;

/** The server's users (migration 3). Hashing is the caller's job: this stores only hashes. */
public interface Users {

  Optional<StoredUser> find(String name);

  /**
   * Adds the user, or replaces the role and hash of an existing one (allowing a revoked user to
   * sign in again); {@code by} made the change.
   */
  void save(String name, String role, String passwordHash, String by);

  /** All users by name. */
  List<StoredUser> list();

  /**
   * Revokes a user's sign-in (migration 6): {@code by} did it, now. Returns false when there is no
   * such user.
   */
  boolean disable(String name, String by);
}
