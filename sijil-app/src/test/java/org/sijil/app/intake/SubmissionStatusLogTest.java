package org.sijil.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.integrity.VerifyRegister;
import org.sijil.core.UserError;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.SubmissionStatusEntry;
import org.sijil.store.Intake;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * Status changes are log entries (issue 17): an analyst's decision is a {@code submission-status}
 * entry with who, when, from, to and what, stored with the change; the same status again logs
 * nothing; {@code sijil verify} finds a status changed without its entry, or an entry altered.
 */
class SubmissionStatusLogTest {

  @TempDir Path dir;
  private final NoteSigner key =
      NoteSigner.generate("sijil.example/test", SignatureType.ED25519, new SecureRandom());

  private static Map<String, String> report(String name) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name_ar", name);
    f.put("age", "40");
    f.put("dod", "2024-02-01");
    f.put("relation", "test relation");
    f.put("consent", "yes");
    return f;
  }

  private static String submit(Register reg, String key, String name) {
    return new FormSubmissions(reg)
        .submit(
            new FormSubmissions.Report(key, report(name), "test-contact 0599"),
            ImportSubmissions.DEFAULT_SOURCE,
            IntakeFixtures.CONTACT.getPublic(),
            new Actor("field1"))
        .submission();
  }

  private static List<SubmissionStatusEntry> statusEntries(Register reg, String id) {
    return reg.integrity().about("submission:" + id).stream()
        .map(e -> EntryCodec.decode(e.bytes()))
        .filter(SubmissionStatusEntry.class::isInstance)
        .map(SubmissionStatusEntry.class::cast)
        .toList();
  }

  @Test
  void anAnalystsDecisionIsALogEntryWithTheChangeAndVerifies() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      String a = submit(reg, "test-key-status-0001", "اسم تجريبي أول");
      String b = submit(reg, "test-key-status-0002", "اسم تجريبي ثان");
      SubmissionQueue queue = new SubmissionQueue(reg);
      queue.setStatus(a, Intake.CONFIRMED, new Actor("test-analyst"));
      long size = reg.integrity().entryCount();
      queue.setStatus(a, Intake.CONFIRMED, new Actor("other-analyst"));
      assertEquals(size, reg.integrity().entryCount(), "the same status again logs nothing");
      queue.setStatus(a, Intake.PENDING, new Actor("test-analyst"));
      queue.setStatus(a, Intake.CONFIRMED, new Actor("test-analyst"));

      List<SubmissionStatusEntry> logged = statusEntries(reg, a);
      assertEquals(3, logged.size());
      SubmissionStatusEntry first = logged.get(0);
      assertEquals(List.of(a, "pending", "confirmed", "analyst"), first.values());
      assertEquals("test-analyst", first.actor());
      assertEquals(
          List.of("confirmed", "pending"), List.of(logged.get(1).from(), logged.get(1).to()));
      Intake.Stored s = reg.intake().find(a).orElseThrow();
      assertEquals(logged.get(2).time(), s.statusAt());
      assertEquals("test-analyst", s.statusBy());
      for (SubmissionStatusEntry e : logged) {
        String text = new String(e.encode(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(
            text.contains("0599") || text.contains("field1") || text.contains("relation"), text);
      }
      assertTrue(statusEntries(reg, b).isEmpty());
      assertThrows(
          UserError.class, () -> queue.setStatus("s-none", Intake.CONFIRMED, new Actor("x")));

      new RegisterLog(reg).sign(key);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());
    }
  }

  @Test
  void verifyNamesAStatusChangedWithoutItsEntry() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      String a = submit(reg, "test-key-status-0003", "اسم تجريبي ثالث");
      String b = submit(reg, "test-key-status-0004", "اسم تجريبي رابع");
      new SubmissionQueue(reg).setStatus(b, Intake.CONFIRMED, new Actor("test-analyst"));
      // behind the use case's back: a status with no entry, and one that is not the logged one
      reg.intake().setStatus(a, Intake.CONFIRMED, "mallory", "analyst", RegisterLog.now());
      reg.intake().setStatus(b, Intake.CORROBORATED, "test-analyst", "analyst", RegisterLog.now());
      new RegisterLog(reg).sign(key);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      String problems = report.problems().toString();
      assertEquals(2, report.problems().size(), problems);
      assertTrue(problems.contains("submission " + a), problems);
      assertTrue(problems.contains("no submission-status entry changed it"), problems);
      assertTrue(problems.contains("submission:" + b), problems);
      assertTrue(problems.contains("status corroborated (logged confirmed)"), problems);
    }
  }

  @Test
  void everyEntryTypeOfTheLogDecodesIncludingStatusChanges() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      String a = submit(reg, "test-key-status-0005", "اسم تجريبي خامس");
      new SubmissionQueue(reg).setStatus(a, Intake.CONFIRMED, new Actor("test-analyst"));
      List<String> types = new java.util.ArrayList<>();
      for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
        LogEntry d = EntryCodec.decode(e.bytes());
        types.add(d.type());
      }
      assertEquals("submission-status", types.get(types.size() - 1), types.toString());
    }
  }
}
