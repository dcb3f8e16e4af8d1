package org.sijil.app.users;

import java.util.Arrays;
import java.util.List;
import org.sijil.app.Actor;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import org.sijil.store.StoredUser;

/**
 * Use case: the users who may sign in to the analyst pages. Adds a user (or changes the role and
 * password of one) with a bcrypt hash, revokes one, recording who made each change; lists users.
 */
public final class ManageUsers {

  /** Letters, digits and {@code . _ @ -}, 1 to 64 of them. */
  public static final String NAME_PATTERN = "[A-Za-z0-9._@-]{1,64}";

  private final Register reg;

  public ManageUsers(Register reg) {
    this.reg = reg;
  }

  /**
   * Adds or updates a user. The password array is cleared afterwards.
   *
   * @param cost bcrypt cost ({@link Passwords#DEFAULT_COST} for real users)
   * @throws UserError on a bad name, role or password
   */
  public StoredUser save(String name, String role, char[] password, int cost, Actor by) {
    try {
      if (name == null || !name.matches(NAME_PATTERN)) {
        throw new IllegalArgumentException(
            "user name must be 1-64 letters, digits or . _ @ -, not '" + name + "'");
      }
      Role r = Role.parse(role);
      String hash = Passwords.hash(password, cost);
      // The user and its log entry (name, role; never the password) are stored together.
      reg.transaction(
          () -> {
            reg.users().save(name, r.code(), hash, by.name());
            new org.sijil.app.integrity.RegisterLog(reg)
                .append(
                    new org.sijil.core.integrity.LogEntry.UserChange(
                        org.sijil.app.integrity.RegisterLog.now(),
                        by.name(),
                        name,
                        "saved role=" + r.code()),
                    "user:" + name);
            return null;
          });
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    return reg.users().find(name).orElseThrow();
  }

  /**
   * Revokes a user: ends every session of theirs and refuses their sign-in until they are added
   * again ({@link #save}). The change and its log entry are stored together, naming who did it.
   *
   * @return how many sessions were ended
   * @throws UserError when there is no such user
   */
  public int revoke(String name, Actor by) {
    return reg.transaction(
        () -> {
          if (!reg.users().disable(name, by.name())) {
            throw new UserError("no user '" + name + "': nothing was changed");
          }
          int ended = reg.sessions().closeAll(name);
          new org.sijil.app.integrity.RegisterLog(reg)
              .append(
                  new org.sijil.core.integrity.LogEntry.UserChange(
                      org.sijil.app.integrity.RegisterLog.now(), by.name(), name, "revoked"),
                  "user:" + name);
          return ended;
        });
  }

  /** All users by name (hashes included: callers show only names, roles and times). */
  public List<StoredUser> list() {
    return reg.users().list();
  }
}
