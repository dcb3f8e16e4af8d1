package org.sijil.app.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.integrity.VerifyRegister;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.store.Register;

/**
 * A link run's merges are logged one entry per earlier person, about the person it became; a
 * person's history then reaches back through every merge into it.
 */
class PersonMergesTest {

  @TempDir Path dir;

  @Test
  void mergesAreLoggedAndAPersonsHistoryFollowsThem() {
    Actor analyst = new Actor("analyst");
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      reg.transaction(
          () -> {
            new RegisterLog(reg)
                .append(
                    new LogEntry.PersonGrade(
                        RegisterLog.now(), "analyst", "7", "contest", "age differs"),
                    PersonHistory.subject(7));
            // Run 1: person 7 merges into 5 (3 records moved). Run 2: 5 merges into 2.
            PersonMerges.log(reg, Map.of(7L, 5L), Map.of(7L, Map.of(5L, 3)), 1, analyst);
            PersonMerges.log(reg, Map.of(5L, 2L, 9L, 4L), Map.of(5L, Map.of(2L, 4)), 2, analyst);
            PersonMerges.log(reg, Map.of(), Map.of(), 3, analyst);
            return null;
          });
      assertEquals(4, reg.integrity().entryCount());

      List<PersonHistory.Event> history = new PersonHistory(reg).of(2);
      assertEquals(List.of(0L, 1L, 2L), history.stream().map(PersonHistory.Event::index).toList());
      assertTrue(history.get(0).entry() instanceof LogEntry.PersonGrade);
      LogEntry.PersonMerge first = (LogEntry.PersonMerge) history.get(1).entry();
      assertEquals(List.of("5", "7", "3", "1"), first.values());
      LogEntry.PersonMerge second = (LogEntry.PersonMerge) history.get(2).entry();
      assertEquals(List.of("2", "5", "4", "2"), second.values());
      assertEquals("analyst", second.actor());
      // Person 9 moved no counted records to 4: the entry still says at least one did.
      List<PersonHistory.Event> four = new PersonHistory(reg).of(4);
      assertEquals(List.of("4", "9", "1", "2"), four.get(0).entry().values());
      assertTrue(new PersonHistory(reg).of(7).size() == 1, "7's own history has its grade only");

      NoteSigner key =
          NoteSigner.generate("sijil.example/merges", SignatureType.ED25519, new SecureRandom());
      new RegisterLog(reg).sign(key);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());
    }
  }
}
