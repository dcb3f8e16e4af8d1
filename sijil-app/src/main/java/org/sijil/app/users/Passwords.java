package org.sijil.app.users;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt password hashing (a deliberately slow hash) through a maintained library. */
public final class Passwords {

  /** Cost 12: about a quarter of a second per check on this machine, which is the point. */
  public static final int DEFAULT_COST = 12;

  /**
   * A fixed hash compared against when a user does not exist, at the cost real users' hashes have,
   * so an unknown name takes as long as a known one and timing does not reveal which names exist.
   * Made on first use (a cost-12 hash takes a moment).
   */
  private static final class Dummy {
    static final String HASH =
        BCrypt.withDefaults().hashToString(DEFAULT_COST, "not-a-password".toCharArray());
  }

  private Passwords() {}

  public static String hash(char[] password, int cost) {
    if (password.length < 8) {
      throw new IllegalArgumentException("password must have at least 8 characters");
    }
    if (password.length > 72 || new String(password).getBytes(StandardCharsets.UTF_8).length > 72) {
      throw new IllegalArgumentException("password must have at most 72 bytes (a bcrypt limit)");
    }
    return BCrypt.withDefaults().hashToString(cost, password);
  }

  public static boolean verify(char[] password, String hash) {
    if (password.length > 72 || new String(password).getBytes(StandardCharsets.UTF_8).length > 72) {
      return false;
    }
    return BCrypt.verifyer().verify(password, hash == null ? Dummy.HASH : hash).verified
        && hash != null;
  }

  /** The bcrypt cost of the hash unknown names are checked against. */
  public static int dummyCost() {
    return Integer.parseInt(Dummy.HASH.substring(4, 6));
  }
}
