package org.sijil.app.intake;

import java.security.PrivateKey;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.core.intake.ContactSeal;
import org.sijil.core.integrity.ContactOpenedEntry;
import org.sijil.store.Intake;
import org.sijil.store.Register;
import org.sijil.store.StoredUser;

/**
 * Use case: an administrator opens the sealed contact of one submission with the contact private
 * key (docs/intake.md), for example to ask a reporter a question before confirming a report.
 *
 * <p>Rules: {@code by} must be an enabled user of the register with the {@code admin} role (field
 * reporters, viewers and analysts are refused, naming their role, and nothing is opened or logged);
 * the submission must exist and carry a contact; the key must open it (a wrong key opens nothing
 * and logs nothing). Every contact opened is a {@code contact-opened} entry in the integrity log
 * with who and which submission, never the contact, stored before the contact is returned.
 */
public final class OpenContact {

  /** Log subject prefix of an opening: {@code submission:ID}, like the submission's own entry. */
  public static final String SUBJECT = "submission:";

  private final Register register;

  public OpenContact(Register register) {
    this.register = register;
  }

  /**
   * The contact of {@code submission}, opened by {@code by} with {@code key}.
   *
   * @throws UserError when {@code by} is not an admin, the submission is unknown or has no contact,
   *     or the key does not open it
   */
  public String open(String submission, PrivateKey key, Actor by) {
    requireAdmin(by);
    Intake.Stored s =
        register
            .intake()
            .find(submission)
            .orElseThrow(() -> new UserError("no submission " + submission));
    if (s.contactSealed() == null) {
      throw new UserError("submission " + submission + " has no contact");
    }
    String contact;
    try {
      contact = ContactSeal.open(s.contactSealed(), key);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "the key does not open the contact of " + submission + ": " + e.getMessage(), e);
    }
    register.transaction(
        () ->
            new RegisterLog(register)
                .append(
                    new ContactOpenedEntry(RegisterLog.now(), by.name(), submission),
                    SUBJECT + submission));
    return contact;
  }

  private void requireAdmin(Actor by) {
    StoredUser user =
        register
            .users()
            .find(by.name())
            .filter(StoredUser::enabled)
            .orElseThrow(
                () ->
                    new UserError(
                        "'"
                            + by.name()
                            + "' is not a user of this register who may sign in: only an admin"
                            + " may open a reporter's contact (--by NAME)"));
    Role role = Role.parse(user.role());
    if (role != Role.ADMIN) {
      throw new UserError(
          "'"
              + by.name()
              + "' is "
              + role.code()
              + ": only an admin may open a reporter's contact; nothing was opened");
    }
  }
}
