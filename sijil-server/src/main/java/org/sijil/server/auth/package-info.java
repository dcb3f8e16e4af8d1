/**
 * Signing in: users, bcrypt password hashes, server-side sessions (in memory or in the register,
 * expiring and revocable) and the throttle of failed sign-ins.
 */
package org.sijil.server.auth;
