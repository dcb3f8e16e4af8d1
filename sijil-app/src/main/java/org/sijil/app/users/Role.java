package org.sijil.app.users;

import java.util.Locale;

/**
 * What a signed-in user may do, from least to most: a field reporter only sends intake reports (the
 * form and its API) and reads its own receipts, and is refused everywhere else; a viewer reads the
 * analysts' pages (the review queue, records not yet public) but changes nothing; an analyst also
 * imports and records review decisions; an admin may do everything (users, keys, publishing).
 * Declared in that order: a role allows whatever the roles before it allow.
 */
public enum Role {
  FIELD,
  VIEWER,
  ANALYST,
  ADMIN;

  /**
   * Whether a user with this role may do what {@code needed} may (stored as codes, never ordinals).
   */
  public boolean allows(Role needed) {
    return ordinal() >= needed.ordinal();
  }

  public static Role parse(String text) {
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown role '" + text + "': use admin, analyst, viewer or field");
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
