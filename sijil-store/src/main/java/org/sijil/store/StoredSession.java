package org.sijil.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session as stored.
 *
 * @param idHash SHA-256 (hex) of the session id the cookie carries
 * @param user who signed in
 * @param role the role signed in with ({@code admin}, {@code analyst} or {@code viewer})
 * @param csrf the session's CSRF token
 * @param createdAt when the user signed in
 * @param expiresAt when the session ends unless used again
 */
public record StoredSession(
    String idHash, String user, String role, String csrf, Instant createdAt, Instant expiresAt) {
  public StoredSession {
    Objects.requireNonNull(idHash, "idHash");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
