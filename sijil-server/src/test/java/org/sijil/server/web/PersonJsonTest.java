package org.sijil.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.server.SijilServer;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;

/** Persons' parts of hits are kept per person object, and no more than the bound. */
class PersonJsonTest {

  @Test
  void thePartOfAPersonMetAgainIsTheOneKept() {
    PersonJson json = new PersonJson(SijilServer.mapper());
    Person p = person("T1");
    assertSame(json.of(p), json.of(p));
  }

  @Test
  void aPersonReloadedOrCorrectedIsWrittenAgain() {
    PersonJson json = new PersonJson(SijilServer.mapper());
    byte[] before = json.of(person("T1", "Test Name"));
    byte[] after = json.of(person("T1", "Test Name Corrected"));
    String written = new String(after, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(written.contains("Test Name Corrected"), written);
    assertFalse(java.util.Arrays.equals(before, after));
  }

  @Test
  void keepsNoMoreThanTheBound() {
    PersonJson json = new PersonJson(SijilServer.mapper());
    for (int i = 0; i < PersonJson.LIMIT + 10; i++) {
      json.of(person("T" + i));
    }
    assertTrue(json.size() <= PersonJson.LIMIT);
  }

  private static Person person(String id) {
    return person(id, "Test Name");
  }

  /** A made-up person (no real victim) with one source record. */
  private static Person person(String id, String nameEn) {
    SourceRecord r =
        new SourceRecord(
            "synthetic/1/" + id,
            "synthetic",
            "1",
            1,
            null,
            null,
            nameEn,
            null,
            null,
            null,
            null,
            LocalDate.of(2024, 1, 1),
            null,
            Map.of());
    return new Person(
        id,
        null,
        nameEn,
        null,
        null,
        null,
        null,
        LocalDate.of(2024, 1, 1),
        null,
        Map.of(),
        List.of(r),
        List.of());
  }
}
