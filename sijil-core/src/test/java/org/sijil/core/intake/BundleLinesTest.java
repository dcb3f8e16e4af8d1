package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.SignedNote;

/**
 * Which lines of a bundle are taken: each manifest hash vouches for one line, so a line copied into
 * a bundle twice is taken once, and a line the device listed twice twice. The manifests here are
 * written by hand and signed with a fixed synthetic key.
 */
class BundleLinesTest {

  private static final Instant T = Instant.parse("2026-12-04T21:00:00Z");
  private static final NoteSigner KEY =
      NoteSigner.of("test-device", SignatureType.ED25519, new byte[32]);
  private static final String A =
      "{\"v\":1,\"origin\":\"test-device\",\"fields\":{\"name_en\":\"A\"}}";
  private static final String B =
      "{\"v\":1,\"origin\":\"test-device\",\"fields\":{\"name_en\":\"B\"}}";

  /** A bundle with a hand-written manifest body (after the header) and the given lines. */
  private static String bundle(String manifestBody, String... lines) {
    String manifest = Bundle.HEADER + "\n" + manifestBody;
    StringBuilder out = new StringBuilder(SignedNote.sign(manifest, KEY).format()).append('\n');
    for (String l : lines) {
      out.append(l).append('\n');
    }
    return out.toString();
  }

  private static String head(int count) {
    return "device "
        + KEY.verifier().text()
        + "\ncreated 2026-12-04T21:00:00Z\ncount "
        + count
        + "\n";
  }

  @Test
  void theWrittenManifestIsTheDocumentedOne() {
    String text = Bundle.write(KEY, T.plusMillis(900), List.of(A, B));
    assertTrue(
        text.startsWith(
            Bundle.HEADER + "\n" + head(2) + Bundle.sha256(A) + "\n" + Bundle.sha256(B) + "\n\n— "),
        text);
    assertTrue(text.endsWith("\n\n" + A + "\n" + B + "\n"), text);
    // printf '%s' 'x' | sha256sum
    assertEquals(
        "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881", Bundle.sha256("x"));
  }

  @Test
  void aLineCopiedTwiceIsTakenOnce() {
    Bundle.Contents c = Bundle.read(Bundle.write(KEY, T, List.of(A)) + A + "\n", List.of());
    assertNull(c.rejection());
    assertEquals(2, c.lines().size());
    assertNull(c.lines().get(0).problem());
    assertEquals(
        "line "
            + c.lines().get(1).number()
            + " is not in the signed manifest"
            + " (altered, or added after signing)",
        c.lines().get(1).problem());
    assertEquals(List.of(), c.missing());
  }

  @Test
  void aLineListedTwiceIsTakenTwiceAndMissingOnceWhenSentOnce() {
    String twice = head(2) + Bundle.sha256(A) + "\n" + Bundle.sha256(A) + "\n";
    Bundle.Contents both = Bundle.read(bundle(twice, A, A), List.of());
    assertNull(both.rejection());
    both.lines().forEach(l -> assertNull(l.problem()));
    assertEquals(List.of(), both.missing());
    Bundle.Contents once = Bundle.read(bundle(twice, A), List.of());
    assertNull(once.lines().get(0).problem());
    assertEquals(
        List.of(
            "the submission with SHA-256 "
                + Bundle.sha256(A)
                + " in the manifest is missing from the bundle"),
        once.missing());
  }

  @Test
  void linesAreNumberedInTheFileAndBlankOnesSkipped() {
    String text = Bundle.write(KEY, T, List.of(A, B));
    int first =
        (int) text.substring(0, text.indexOf(A)).chars().filter(ch -> ch == '\n').count() + 1;
    Bundle.Contents c = Bundle.read(text.replace(A + "\n", A + "\n\n  \n"), List.of());
    assertEquals(2, c.lines().size());
    assertEquals(first, c.lines().get(0).number());
    assertEquals(first + 3, c.lines().get(1).number());
    Bundle.Contents crlf = Bundle.read(text.replace("\n", "\r\n"), List.of());
    assertNull(crlf.rejection(), "CRLF line ends are read as LF");
    assertEquals(2, crlf.lines().size());
  }

  @Test
  void anEmptyBundleIsValid() {
    Bundle.Contents c = Bundle.read(Bundle.write(KEY, T, List.of()), List.of(KEY.verifier()));
    assertNull(c.rejection());
    assertEquals(KEY.verifier(), c.device());
    assertEquals(List.of(), c.lines());
  }

  @Test
  void aSignedButMalformedManifestIsRejectedWhole() {
    String hashA = Bundle.sha256(A) + "\n";
    for (String body :
        List.of(
            head(2) + hashA,
            head(0) + hashA,
            "device " + KEY.verifier().text() + "\ncount 1\n" + hashA,
            head(1).replace("created 2026-12-04T21:00:00Z", "created yesterday") + hashA,
            head(1).replace("count 1", "count 01") + hashA,
            head(1).replace("count 1", "count -1") + hashA,
            head(1) + Bundle.sha256(A).toUpperCase() + "\n",
            head(1) + Bundle.sha256(A).substring(1) + "\n",
            "device nobody+00000000+AQ==\ncreated 2026-12-04T21:00:00Z\ncount 0\n")) {
      Bundle.Contents c = Bundle.read(bundle(body, A), List.of());
      assertTrue(c.rejection().startsWith("the manifest does not verify: "), body);
      assertNull(c.device());
      assertEquals(c.rejection(), c.lines().get(0).problem());
      assertEquals(List.of(), c.missing());
    }
    assertEquals(
        "the manifest does not verify: manifest line 5 is not a SHA-256 hash",
        Bundle.read(bundle(head(1) + "x\n", A), List.of()).rejection());
    String yesterday = head(1).replace("2026-12-04T21:00:00Z", "yesterday") + hashA;
    assertEquals(
        "the manifest does not verify: the manifest's created line is not a time"
            + " yyyy-MM-ddTHH:mm:ssZ",
        Bundle.read(bundle(yesterday, A), List.of()).rejection(),
        "a signed manifest with a bad time is rejected with the reason, not thrown");
    Bundle.Contents ok = Bundle.read(bundle(head(1) + hashA, A), List.of());
    assertNull(ok.rejection(), "the hand-written manifest itself is valid");
  }

  @Test
  void aManifestSignedByAnotherKeyThanItNamesIsRejected() {
    byte[] seed = new byte[32];
    seed[0] = 1;
    NoteSigner other = NoteSigner.of("test-device", SignatureType.ED25519, seed);
    String namesOther =
        head(1).replace(KEY.verifier().text(), other.verifier().text()) + Bundle.sha256(A) + "\n";
    Bundle.Contents c = Bundle.read(bundle(namesOther, A), List.of());
    assertTrue(c.rejection().startsWith("the manifest does not verify: "), c.rejection());
    assertNull(c.device());
  }

  @Test
  void aTrustListTakesOnlyItsKeys() {
    String text = Bundle.write(KEY, T, List.of(A));
    assertNull(Bundle.read(text, List.of(KEY.verifier())).rejection());
    byte[] seed = new byte[32];
    seed[31] = 9;
    NoteSigner other = NoteSigner.of("test-device", SignatureType.ED25519, seed);
    assertEquals(
        "the bundle is signed by " + KEY.verifier().text() + ", not a trusted device key",
        Bundle.read(text, List.of(other.verifier())).rejection());
  }

  @Test
  void writingRefusesLinesThatAreNotOneLine() {
    assertThrows(IllegalArgumentException.class, () -> Bundle.write(KEY, T, List.of(A + "\n" + B)));
    assertThrows(IllegalArgumentException.class, () -> Bundle.write(KEY, T, List.of(" ")));
    assertThrows(IllegalArgumentException.class, () -> Bundle.write(KEY, T, List.of("\n" + A)));
  }

  @Test
  void textWithoutABlankLineOrHeaderIsNotABundle() {
    assertEquals(
        "not a Sijil intake bundle: the first line is not sijil-intake-bundle/v1",
        Bundle.read("not a bundle", List.of()).rejection());
    assertEquals(
        "not a Sijil intake bundle: the first line is not sijil-intake-bundle/v1",
        Bundle.read("", List.of()).rejection());
  }
}
