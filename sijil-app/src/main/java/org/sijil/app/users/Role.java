package org.sijil.app.users;

import java.util.Locale;

/** What a signed-in user may do. Admins may do everything analysts may. */
public enum Role {
  ANALYST,
  ADMIN;

  public static Role parse(String text) {
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown role '" + text + "': use admin or analyst");
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
