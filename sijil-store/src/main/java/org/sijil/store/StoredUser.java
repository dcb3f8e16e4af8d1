package org.sijil.store;

import java.time.Instant;

/**
 * A user of the server as stored: name, role ({@code admin}, {@code analyst} or {@code viewer}) and
 * a bcrypt hash.
 *
 * @param createdAt when the user was added
 * @param updatedAt when role or password last changed
 * @param createdBy who added the user (null before this was recorded)
 * @param updatedBy who last changed role or password (null before this was recorded)
 * @param disabledAt when the user's sign-in was revoked (null while the user may sign in)
 * @param disabledBy who revoked it (null while the user may sign in)
 */
public record StoredUser(
    String name,
    String role,
    String passwordHash,
    Instant createdAt,
    Instant updatedAt,
    String createdBy,
    String updatedBy,
    Instant disabledAt,
    String disabledBy) {

  /** A user who may sign in. */
  public StoredUser(
      String name,
      String role,
      String passwordHash,
      Instant createdAt,
      Instant updatedAt,
      String createdBy,
      String updatedBy) {
    this(name, role, passwordHash, createdAt, updatedAt, createdBy, updatedBy, null, null);
  }

  /** Whether the user may sign in (not revoked). */
  public boolean enabled() {
    return disabledAt == null;
  }
}
