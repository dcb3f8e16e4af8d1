package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;

class BundleTest {

  private static final Instant T = Instant.parse("2026-12-04T21:00:00Z");
  private final NoteSigner key =
      NoteSigner.generate("test-device", SignatureType.ED25519, new SecureRandom());

  private static Submission s(String instance, String name) {
    return new Submission(
        "test-device", instance, null, Map.of("name_en", "Testname " + name, "sex", "f"), null);
  }

  private String bundle() {
    return Bundle.write(
        key, T, List.of(SubmissionJson.write(s("a", "one")), SubmissionJson.write(s("b", "two"))));
  }

  @Test
  void aSignedBundleReadsBackWithItsDevice() {
    Bundle.Contents c = Bundle.read(bundle(), List.of());
    assertNull(c.rejection());
    assertEquals(key.verifier(), c.device());
    assertEquals(2, c.lines().size());
    c.lines().forEach(l -> assertNull(l.problem()));
    assertEquals(s("a", "one"), SubmissionJson.read(c.lines().get(0).json()));
    assertTrue(c.missing().isEmpty());
  }

  @Test
  void anUntrustedKeyAChangedManifestOrNoSignatureRejectsTheWholeBundle() {
    NoteSigner other = NoteSigner.generate("other", SignatureType.ED25519, new SecureRandom());
    assertTrue(
        Bundle.read(bundle(), List.of(other.verifier())).rejection().contains("not a trusted"));
    String changed = bundle().replace("count 2", "count 3");
    assertTrue(Bundle.read(changed, List.of()).rejection().contains("does not verify"));
    String unsigned = bundle().replaceAll("(?m)^— .*\\n", "");
    Bundle.Contents c = Bundle.read(unsigned, List.of());
    assertTrue(c.rejection().contains("does not verify"), c.rejection());
    c.lines().forEach(l -> assertEquals(c.rejection(), l.problem()));
    assertTrue(Bundle.read("hello\n", List.of()).rejection().contains("not a Sijil intake bundle"));
  }

  @Test
  void anAlteredLineIsListedAndItsHashMissing() {
    String altered = bundle().replace("Testname two", "Testname 2wo");
    Bundle.Contents c = Bundle.read(altered, List.of());
    assertNull(c.rejection());
    assertNull(c.lines().get(0).problem());
    assertTrue(c.lines().get(1).problem().contains("not in the signed manifest"));
    assertEquals(1, c.missing().size());
  }

  @Test
  void idsAreStableFromOriginAndInstanceOrContent() {
    assertEquals(s("a", "one").id(), s("a", "changed").id());
    assertNotEquals(s("a", "one").id(), s("b", "one").id());
    Submission noInstance = s(null, "one");
    assertEquals(noInstance.id(), s(null, "one").id());
    assertNotEquals(noInstance.id(), s(null, "two").id());
    assertTrue(noInstance.id().matches("s-[0-9a-f]{32}"));
    Submission withContact =
        new Submission("test-device", null, null, noInstance.fields(), "test contact");
    assertEquals(noInstance.id(), withContact.id(), "the contact is not content");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Submission("d", null, null, Map.of("unknown", "x"), null));
  }

  @Test
  void rulesNameTheBadField() {
    assertTrue(SubmissionRules.problem(s("a", "one")).isEmpty());
    Submission bad =
        new Submission("d", "x", null, Map.of("name_en", "Testname", "dod", "2024-13-01"), null);
    assertTrue(SubmissionRules.problem(bad).orElseThrow().startsWith("dod"));
    Submission noName = new Submission("d", "x", null, Map.of("sex", "m"), null);
    assertTrue(SubmissionRules.problem(noName).orElseThrow().startsWith("no name"));
  }

  @Test
  void aSealedContactOpensOnlyWithThePrivateKey() {
    SecureRandom r = new SecureRandom();
    KeyPair pair = ContactSeal.generate(r);
    String sealed = ContactSeal.seal("test contact +000", pair.getPublic(), r);
    assertTrue(ContactSeal.isSealed(sealed));
    assertTrue(!sealed.contains("test contact"));
    assertEquals("test contact +000", ContactSeal.open(sealed, pair.getPrivate()));
    assertEquals(sealed, ContactSeal.seal(sealed, pair.getPublic(), r));
    KeyPair other = ContactSeal.generate(r);
    assertThrows(
        IllegalArgumentException.class, () -> ContactSeal.open(sealed, other.getPrivate()));
  }

  @Test
  void theSubmissionLogEntryRoundTripsThroughTheCodec() {
    var e =
        new org.sijil.core.integrity.SubmissionEntry(
            T,
            "tester",
            s("a", "one").id(),
            "family-report",
            "bundle",
            key.verifier().text(),
            s("a", "one").contentSha256(),
            "");
    byte[] bytes = e.encode();
    assertEquals(e, org.sijil.core.integrity.EntryCodec.decode(bytes));
    assertTrue(
        new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("replaces 0 \n"));
  }
}
