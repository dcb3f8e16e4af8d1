package org.sijil.server.auth;

import java.time.Instant;
import org.sijil.app.users.Role;

/** A signed-in session: who, with which role, its CSRF token, and when it expires. */
public record Session(String id, String user, Role role, String csrf, Instant expires) {}
