package org.sijil.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sijil.app.users.Passwords;
import org.sijil.app.users.Role;
import org.sijil.server.TestClock;

class AuthPartsTest {

  @Test
  void throttleSlowsFailuresPerAddressAndNameAndPerAddressAndReleasesAfterTheWindow() {
    TestClock clock = new TestClock("2024-01-01T00:00:00Z");
    LoginThrottle t = new LoginThrottle(clock, 3, Duration.ofMinutes(10));
    for (int i = 0; i < 3; i++) {
      assertEquals(0, t.retryAfterSeconds("amal", "10.0.0.1"));
      t.failed("amal", "10.0.0.1");
    }
    // Issue 11: a lock per name let anyone lock an analyst out; the name alone is never locked now.
    assertEquals(
        0,
        t.retryAfterSeconds("amal", "10.0.0.9"),
        "the real user at another address is not delayed");
    assertTrue(
        t.retryAfterSeconds("amal", "10.0.0.1") > 0, "the failing address is slowed for that name");
    assertTrue(t.retryAfterSeconds("basem", "10.0.0.1") > 0, "the address is locked for any name");
    assertEquals(0, t.retryAfterSeconds("basem", "10.0.0.9"));
    clock.advance(Duration.ofMinutes(11));
    assertEquals(0, t.retryAfterSeconds("amal", "10.0.0.1"));
  }

  @Test
  void furtherFailuresDoubleTheWaitCappedByTheWindow() {
    TestClock clock = new TestClock("2024-01-01T00:00:00Z");
    LoginThrottle t = new LoginThrottle(clock, 2, Duration.ofMinutes(10));
    t.failed("amal", "10.0.0.1");
    t.failed("amal", "10.0.0.1");
    assertEquals(1, t.retryAfterSeconds("amal", "10.0.0.1"));
    t.failed("amal", "10.0.0.1");
    assertEquals(2, t.retryAfterSeconds("amal", "10.0.0.1"));
    t.failed("amal", "10.0.0.1");
    assertEquals(4, t.retryAfterSeconds("amal", "10.0.0.1"));
    clock.advance(Duration.ofSeconds(4));
    assertEquals(0, t.retryAfterSeconds("amal", "10.0.0.1"));
    for (int i = 0; i < 20; i++) {
      t.failed("amal", "10.0.0.1");
    }
    assertEquals(600, t.retryAfterSeconds("amal", "10.0.0.1"), "never longer than the window");
    t.succeeded("amal", "10.0.0.1");
    assertTrue(
        t.retryAfterSeconds("amal", "10.0.0.1") > 0, "the address's own count still applies");
    assertEquals(0, t.retryAfterSeconds("amal", "10.0.0.2"));
  }

  @Test
  void unknownNamesAreCheckedAgainstAHashOfTheRealCost() {
    assertEquals(Passwords.DEFAULT_COST, Passwords.dummyCost());
    assertFalse(Passwords.verify("whatever password".toCharArray(), null));
  }

  @Test
  void sessionsExpireWhenIdleAndAreRenewedByUse() {
    TestClock clock = new TestClock("2024-01-01T00:00:00Z");
    Sessions s = new Sessions(clock, Duration.ofMinutes(30));
    Session a = s.open(new User("amal", Role.ANALYST, "$2a$04$x"));
    assertNotEquals(a.id(), a.csrf());
    clock.advance(Duration.ofMinutes(20));
    assertTrue(s.find(a.id()).isPresent(), "used within the idle time, and renewed");
    clock.advance(Duration.ofMinutes(20));
    assertTrue(s.find(a.id()).isPresent());
    clock.advance(Duration.ofMinutes(31));
    assertFalse(s.find(a.id()).isPresent());
    assertFalse(s.find("forged").isPresent());
  }

  @Test
  void passwordsAreHashedSlowlyAndChecked() {
    String hash = Passwords.hash("a long enough secret".toCharArray(), 4);
    assertTrue(hash.startsWith("$2a$04$"), hash);
    assertTrue(Passwords.verify("a long enough secret".toCharArray(), hash));
    assertFalse(Passwords.verify("a long enough secreT".toCharArray(), hash));
    assertFalse(
        Passwords.verify("anything at all".toCharArray(), null), "an unknown user never verifies");
    assertThrows(IllegalArgumentException.class, () -> Passwords.hash("short".toCharArray(), 4));
  }

  @Test
  void userNamesAndRolesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new User("a b", Role.ADMIN, "h"));
    assertEquals(Role.ADMIN, Role.parse(" Admin "));
    assertThrows(IllegalArgumentException.class, () -> Role.parse("boss"));
  }
}
