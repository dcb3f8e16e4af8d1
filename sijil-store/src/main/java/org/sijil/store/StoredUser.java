package org.sijil.store;

import java.time.Instant;

/**
 * A user of the server as stored: name, role ({@code admin} or {@code analyst}) and a bcrypt hash.
 *
 * @param createdAt when the user was added
 * @param updatedAt when role or password last changed
 * @param createdBy who added the user (null before this was recorded)
 * @param updatedBy who last changed role or password (null before this was recorded)
 */
public record StoredUser(
    String name,
    String role,
    String passwordHash,
    Instant createdAt,
    Instant updatedAt,
    String createdBy,
    String updatedBy) {}
