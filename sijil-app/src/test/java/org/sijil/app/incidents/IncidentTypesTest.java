package org.sijil.app.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.core.incident.IncidentType;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.IncidentTypeEntry;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * Vocabulary additions and renamings are kept with who and logged; repeating one changes nothing.
 */
public class IncidentTypesTest {

  static final Actor AMAL = new Actor("amal");

  @TempDir Path dir;

  @Test
  void additionsAndRenamingsAreLoggedWithWhoAndRepeatsAreNot() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      EditIncident edit = new EditIncident(reg);
      IncidentType drone = new IncidentType("drone", "Drone strike", "غارة بطائرة مسيّرة");
      assertEquals(Optional.of("added"), edit.addType(drone, AMAL));
      assertEquals(Optional.empty(), edit.addType(drone, AMAL), "the same names again");
      assertEquals(
          Optional.of("renamed"),
          edit.addType(new IncidentType("other", "Other or unknown", "أخرى أو غير معروفة"), AMAL));
      assertThrows(
          InvalidIncident.class, () -> edit.addType(new IncidentType("Bad Code", "x", "س"), AMAL));

      List<IncidentType> vocabulary = EditIncident.vocabulary(reg);
      assertEquals(IncidentType.DEFAULTS.size() + 1, vocabulary.size(), "a renaming adds no row");
      assertTrue(vocabulary.contains(drone));
      assertTrue(vocabulary.stream().anyMatch(t -> t.english().equals("Other or unknown")));
      assertEquals("amal", reg.incidents().types().get(0).by());

      List<IncidentTypeEntry> logged = new ArrayList<>();
      List<String> subjects = new ArrayList<>();
      for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
        if (EntryCodec.decode(e.bytes()) instanceof IncidentTypeEntry c) {
          logged.add(c);
          subjects.add(e.subject());
        }
      }
      assertEquals(2, logged.size());
      assertEquals("amal", logged.get(0).actor());
      assertEquals("drone", logged.get(0).code());
      assertEquals("added", logged.get(0).change());
      assertEquals("renamed", logged.get(1).change());
      assertEquals(List.of("incident-type:drone", "incident-type:other"), subjects);
    }
  }

  @Test
  void theEntryRoundTripsThroughItsCanonicalBytes() {
    LogEntry e =
        new IncidentTypeEntry(
            java.time.Instant.parse("2026-12-05T03:00:00Z"),
            "amal",
            "drone",
            "Drone strike",
            "غارة بطائرة مسيّرة",
            "added");
    assertEquals(e, EntryCodec.decode(e.encode()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new IncidentTypeEntry(
                java.time.Instant.parse("2026-12-05T03:00:00Z"),
                "amal",
                "drone",
                "",
                "x",
                "added"));
  }
}
