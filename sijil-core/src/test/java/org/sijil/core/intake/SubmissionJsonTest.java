package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One submission per JSON line: the written form, and every way a line can be wrong. */
class SubmissionJsonTest {

  private static String error(String line) {
    return assertThrows(IllegalArgumentException.class, () -> SubmissionJson.read(line))
        .getMessage();
  }

  @Test
  void theWrittenLineIsTheDocumentedOneAndReadsBack() {
    Submission s =
        new Submission(
            "device-a", "i-1", "i-0", Map.of("sex", "f", "name_en", "Testname"), "test contact");
    String line = SubmissionJson.write(s);
    assertEquals(
        "{\"v\":1,\"origin\":\"device-a\",\"instance\":\"i-1\",\"replaces\":\"i-0\","
            + "\"fields\":{\"name_en\":\"Testname\",\"sex\":\"f\"},\"contact\":\"test contact\"}",
        line);
    assertEquals(s, SubmissionJson.read(line));
    Submission bare = new Submission("form", null, null, Map.of("name_ar", "اسم"), null);
    assertEquals(
        "{\"v\":1,\"origin\":\"form\",\"instance\":null,\"replaces\":null,"
            + "\"fields\":{\"name_ar\":\"اسم\"},\"contact\":null}",
        SubmissionJson.write(bare));
    assertEquals(bare, SubmissionJson.read(SubmissionJson.write(bare)));
  }

  @Test
  void absentOrNullMembersAndFieldsAreNone() {
    Submission s =
        SubmissionJson.read(
            "{\"v\":1,\"origin\":\"d\",\"fields\":{\"name_en\":\"T\",\"sex\":null},\"contact\":null}");
    assertNull(s.instanceId());
    assertNull(s.replaces());
    assertNull(s.contact());
    assertEquals(Map.of("name_en", "T"), s.fields());
  }

  @Test
  void aBadLineNamesWhatIsWrong() {
    assertEquals("v must be 1", error("{\"origin\":\"d\",\"fields\":{}}"));
    assertEquals("v must be 1", error("{\"v\":2,\"origin\":\"d\",\"fields\":{}}"));
    assertEquals("v must be 1", error("{\"v\":\"1\",\"origin\":\"d\",\"fields\":{}}"));
    assertEquals(
        "unknown member 'name'", error("{\"v\":1,\"origin\":\"d\",\"fields\":{},\"name\":\"x\"}"));
    assertEquals("fields must be an object", error("{\"v\":1,\"origin\":\"d\"}"));
    assertEquals("fields must be an object", error("{\"v\":1,\"origin\":\"d\",\"fields\":[]}"));
    assertEquals(
        "field age must be a string", error("{\"v\":1,\"origin\":\"d\",\"fields\":{\"age\":30}}"));
    assertEquals(
        "instance must be a string",
        error("{\"v\":1,\"origin\":\"d\",\"instance\":7,\"fields\":{}}"));
    assertEquals("not a JSON object", error("[1]"));
    assertEquals("not a JSON object", error(""));
    assertEquals(
        "unknown submission field 'nom'",
        error("{\"v\":1,\"origin\":\"d\",\"fields\":{\"nom\":\"x\"}}"));
    assertEquals(
        true, error("{\"v\":1,").startsWith("not valid JSON: "), "a truncated line is not JSON");
  }
}
