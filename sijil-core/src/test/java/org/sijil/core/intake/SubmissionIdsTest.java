package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once intake rests on the submission ID: the same report delivered again gets the same ID,
 * a different report or device a different one. The expected IDs and hashes were computed outside
 * Java with {@code printf ... | sha256sum} over the documented inputs.
 */
class SubmissionIdsTest {

  private static Submission odk(String instance, String replaces) {
    return new Submission(Submission.ODK, instance, replaces, Map.of("name_en", "Testname"), null);
  }

  /** Fields given in alphabetical order; the canonical order is {@link Submission#FIELDS}. */
  private static Map<String, String> fields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("age", "30");
    m.put("dod", "2024-01-09");
    m.put("name_ar", "اسم تجريبي");
    m.put("name_en", "Testname");
    return m;
  }

  @Test
  void theIdIsTheHashOfOriginAndInstance() {
    // printf 'sijil-submission-id/v1\nodk\nuuid:0000-test' | sha256sum
    assertEquals("s-38220c6c2339f612301cf3c490beccd0", odk("uuid:0000-test", null).id());
    assertEquals("s-38220c6c2339f612301cf3c490beccd0", Submission.idOf("odk", "uuid:0000-test"));
    // the same instance ID from another device: printf '...\ndevice-b\nuuid:0000-test'
    assertEquals(
        "s-8fb1d0bce16a0a5677c2f10c456a9da1",
        new Submission("device-b", "uuid:0000-test", null, Map.of("name_en", "X"), null).id());
  }

  @Test
  void anEditNamesTheSubmissionItReplaces() {
    Submission edit = odk("uuid:0000-test", " uuid:0000-old ");
    assertEquals("uuid:0000-old", edit.replaces());
    // printf 'sijil-submission-id/v1\nodk\nuuid:0000-old' | sha256sum
    assertEquals("s-75cf4769d7f2d8bc967262065c52b9ce", edit.replacesId());
    assertNull(odk("uuid:0000-test", " ").replacesId());
    assertNull(odk("uuid:0000-test", null).replaces());
  }

  @Test
  void withoutAnInstanceTheIdComesFromTheContentInItsCanonicalOrder() {
    Submission s = new Submission(Submission.FORM, "  ", null, fields(), "test contact");
    assertNull(s.instanceId());
    // the content, fields in FIELDS order with UTF-8 byte lengths (the Arabic name is 19 bytes):
    // sijil-submission/v1\nname_ar 19 اسم تجريبي\nname_en 8 Testname\nage 2 30\ndod 10 2024-01-09\n
    assertEquals(
        "9936b1ecfa128a86baedfb51a740857767b9cdd0dd42c144136973450a6d1609", s.contentSha256());
    // printf 'sijil-submission-id/v1\nform\ncontent:9936b1ec…1609' | sha256sum
    assertEquals("s-01e9e453fcb9ebd77dd9a16d934c61a9", s.id());
    Map<String, String> reversed = new HashMap<>(fields());
    reversed.put("consent", " ");
    assertEquals(
        s.id(),
        new Submission(Submission.FORM, null, null, reversed, null).id(),
        "map order, blank fields and the contact do not change the ID");
  }

  @Test
  void anyChangeOfContentOrOriginChangesAContentId() {
    Submission s = new Submission(Submission.FORM, null, null, fields(), null);
    Map<String, String> changed = new HashMap<>(fields());
    changed.put("age", "31");
    assertNotEquals(s.id(), new Submission(Submission.FORM, null, null, changed, null).id());
    assertNotEquals(s.id(), new Submission("device-a", null, null, fields(), null).id());
    // a value cannot be moved into the next field: lengths delimit the values
    Map<String, String> a = Map.of("name_en", "Testname", "sex", "f");
    Map<String, String> b = Map.of("name_en", "Testname\nsex 1 f");
    assertNotEquals(
        new Submission("d", null, null, a, null).contentSha256(),
        new Submission("d", null, null, b, null).contentSha256());
  }

  @Test
  void fieldsAreStrippedAndOnlyKnownOnesAccepted() {
    Map<String, String> m = new HashMap<>();
    m.put("name_en", "  Testname ");
    m.put("place", null);
    m.put("sex", "");
    Submission s = new Submission(" d ", null, null, m, " ");
    assertEquals(Map.of("name_en", "Testname"), s.fields());
    assertEquals("Testname", s.field("name_en"));
    assertNull(s.field("sex"));
    assertNull(s.contact());
    assertThrows(UnsupportedOperationException.class, () -> s.fields().put("sex", "m"));
    assertEquals(13, Submission.FIELDS.size());
    assertEquals(List.of("name_ar", "name_en"), Submission.FIELDS.subList(0, 2));
  }

  @Test
  void theOriginIsOneNonBlankLine() {
    for (String bad : new String[] {null, "", "  ", "dev\nice"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new Submission(bad, "i", null, Map.of("name_en", "X"), null),
          String.valueOf(bad));
    }
  }
}
