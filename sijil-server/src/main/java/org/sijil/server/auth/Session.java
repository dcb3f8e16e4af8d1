package org.sijil.server.auth;

import org.sijil.app.users.Role;

import java.time.Instant;

/** A signed-in session: who, with which role, its CSRF token, and when it expires. */
public record Session(String id, String user, Role role, String csrf, Instant expires) {}
