/**
 * Use case: manage the server's users ({@link org.sijil.app.users.ManageUsers}), with bcrypt
 * hashing.
 */
package org.sijil.app.users;
