package org.sijil.app.intake;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sijil.core.intake.ContactSeal;
import org.sijil.core.intake.Submission;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;

/** Artificial submissions and keys for intake tests (clearly test names, no real persons). */
final class IntakeFixtures {

  static final KeyPair CONTACT = ContactSeal.generate(new SecureRandom());

  private IntakeFixtures() {}

  static NoteSigner device(String name) {
    return NoteSigner.generate(name, SignatureType.ED25519, new SecureRandom());
  }

  /** Test submission {@code n} from {@code origin}, instance {@code i-n}. */
  static Submission report(String origin, int n) {
    return report(origin, "i-" + n, null, n, "test-" + n);
  }

  static Submission report(String origin, String instance, String replaces, int n, String name) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name_en", "Testname " + name);
    f.put("sex", n % 2 == 0 ? "m" : "f");
    f.put("age", Integer.toString(n % 90));
    f.put("dod", "2024-0" + (1 + n % 9) + "-1" + (n % 10));
    f.put("place", "Test place " + (n % 7));
    f.put("relation", "test relation");
    f.put("consent", "yes");
    return new Submission(origin, instance, replaces, f, "test-contact-" + n);
  }
}
