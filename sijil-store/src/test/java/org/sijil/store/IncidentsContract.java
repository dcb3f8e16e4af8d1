package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Incidents} on every backend (the one JDBC implementation over DuckDB and,
 * when a server answers, PostgreSQL). Artificial data only.
 */
public abstract class IncidentsContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  static Incidents.Row row(String id, String day, String grade) {
    LocalDate d = LocalDate.parse(day);
    return new Incidents.Row(id, d, d, "rafah", "shelling", grade, "{\"id\":\"" + id + "\"}");
  }

  @Test
  void savesVersionsAndKeepsEveryOne() {
    try (Register reg = create()) {
      Incidents inc = reg.incidents();
      assertEquals(1, inc.save(row("SYN-2", "2024-01-02", "weak"), "imported", "tester"));
      assertEquals(1, inc.save(row("SYN-1", "2024-01-01", "weak"), "imported", "tester"));
      assertEquals(2, inc.save(row("SYN-1", "2024-01-01", "fair"), "grade weak -> fair", "amal"));
      assertEquals(List.of("SYN-1", "SYN-2"), inc.list().stream().map(s -> s.row().id()).toList());
      Incidents.Stored s = inc.find("SYN-1").orElseThrow();
      assertEquals(2, s.version());
      assertEquals("fair", s.row().grade());
      assertEquals("tester", s.createdBy());
      assertEquals("amal", s.updatedBy());
      assertEquals(LocalDate.of(2024, 1, 1), s.row().from());
      List<Incidents.Version> h = inc.history("SYN-1");
      assertEquals(List.of(1, 2), h.stream().map(Incidents.Version::version).toList());
      assertEquals("grade weak -> fair", h.get(1).change());
      assertEquals("amal", h.get(1).by());
      assertTrue(inc.find("SYN-9").isEmpty());
    }
  }

  @Test
  void victimsAreReplacedPerIncidentAndPerson() {
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (Register reg = create()) {
      Incidents inc = reg.incidents();
      inc.save(row("SYN-1", "2024-01-01", "weak"), "imported", "tester");
      inc.saveVictim(
          new Incidents.Victim("SYN-1", 7, "killed", "possible", "suggested", null, "system", t));
      inc.saveVictim(
          new Incidents.Victim("SYN-1", 7, "killed", "possible", "confirmed", "seen", "amal", t));
      inc.saveVictim(
          new Incidents.Victim("SYN-1", 3, "injured", "probable", "suggested", null, "system", t));
      List<Incidents.Victim> v = inc.victims("SYN-1");
      assertEquals(List.of(3L, 7L), v.stream().map(Incidents.Victim::personId).toList());
      assertEquals("confirmed", v.get(1).state());
      assertEquals("amal", v.get(1).by());
      assertEquals(t, v.get(1).at());
      assertEquals(2, inc.allVictims().size());
    }
  }

  @Test
  void onePersonsLinksAndDecisionsAreReadAlone() {
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (Register reg = create()) {
      Incidents inc = reg.incidents();
      inc.save(row("SYN-2", "2024-01-02", "weak"), "imported", "tester");
      inc.save(row("SYN-1", "2024-01-01", "weak"), "imported", "tester");
      inc.saveVictim(
          new Incidents.Victim("SYN-2", 7, "killed", "possible", "confirmed", null, "amal", t));
      inc.saveVictim(
          new Incidents.Victim("SYN-1", 7, "injured", "probable", "suggested", null, "system", t));
      inc.saveVictim(
          new Incidents.Victim("SYN-1", 3, "killed", "possible", "confirmed", null, "amal", t));
      assertEquals(
          List.of("SYN-1", "SYN-2"),
          inc.victimsOf(7).stream().map(Incidents.Victim::incidentId).toList());
      assertEquals("suggested", inc.victimsOf(7).get(0).state());
      assertEquals(List.of(), inc.victimsOf(8));
      inc.saveDecision(new Incidents.Decision(5, "confirm", "seen", "amal", t.plusSeconds(2)));
      inc.saveDecision(new Incidents.Decision(6, "contest", "other", "amal", t.plusSeconds(1)));
      inc.saveDecision(new Incidents.Decision(5, "contest", "age differs", "amal", t));
      assertEquals(
          List.of("age differs", "seen"),
          inc.decisions(5).stream().map(Incidents.Decision::reason).toList());
      assertEquals(t.plusSeconds(1), inc.decisions(6).get(0).at());
      assertEquals(List.of(), inc.decisions(4));
    }
  }

  @Test
  void rejectsTypesDecisionsAndOriginsAreKept() {
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (Register reg = create()) {
      Incidents inc = reg.incidents();
      inc.saveRejects(
          List.of(
              new Incidents.Reject("imp-1", "f.csv", 3, "date", "bad date", "x,y"),
              new Incidents.Reject("imp-1", "f.csv", 2, null, "short row", null)));
      assertEquals(
          List.of(2L, 3L), inc.rejects("imp-1").stream().map(Incidents.Reject::row).toList());
      assertEquals("date", inc.rejects("imp-1").get(1).field());
      inc.saveType(new Incidents.Type("drone", "Drone strike", "غارة مسيّرة", "amal", t));
      inc.saveType(new Incidents.Type("drone", "Drone strike (renamed)", "غارة مسيّرة", "amal", t));
      assertEquals(1, inc.types().size());
      assertEquals("Drone strike (renamed)", inc.types().get(0).english());
      inc.saveDecision(new Incidents.Decision(5, "contest", "age differs", "amal", t));
      inc.saveDecision(
          new Incidents.Decision(5, "confirm", "documents seen", "amal", t.plusSeconds(1)));
      assertEquals(
          List.of("contest", "confirm"),
          inc.decisions().stream().map(Incidents.Decision::kind).toList());
      inc.saveOrigin("press", "moh", "amal");
      inc.saveOrigin("press", "hospital", "amal");
      assertEquals(Map.of("press", "hospital"), inc.origins());
    }
  }

  @Test
  void aChangeAndItsVersionRollBackTogether() {
    try (Register reg = create()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              reg.transaction(
                  () -> {
                    reg.incidents().save(row("SYN-1", "2024-01-01", "weak"), "imported", "t");
                    throw new IllegalStateException("fails after the save");
                  }));
      assertTrue(reg.incidents().find("SYN-1").isEmpty());
      assertTrue(reg.incidents().history("SYN-1").isEmpty());
    }
  }
}
