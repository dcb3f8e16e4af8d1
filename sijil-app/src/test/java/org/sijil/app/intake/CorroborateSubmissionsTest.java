package org.sijil.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.incidents.IncidentsFlowTest;
import org.sijil.app.link.LinkRegister;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.store.Intake;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * "Corroborated" stored on the submission (issue 17): a link run that links a report's record to an
 * independent list's record marks it, with who ran the link and what corroborated it; a report no
 * list knows stays pending; an analyst's confirmation is stored with who and what.
 */
class CorroborateSubmissionsTest {

  @TempDir Path dir;
  private final Actor linker = new Actor("test-linker");

  /** The fields of row {@code i} of {@link IncidentsFlowTest#twoLists}, as a family report. */
  private static Map<String, String> listedPerson(int i) {
    String[] given = {"سامي", "نادر", "هالة", "ريم", "خالد", "منى", "وليد", "سهى", "فادي", "عبير"};
    String[] family = {"تجريبي", "اختبار", "مثالي"};
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name_ar", given[i % 10] + " " + given[(i / 10 + 3) % 10] + " " + family[i / 10]);
    f.put("age", Integer.toString(20 + i));
    f.put("dob", (2003 - i) + "-0" + (1 + i % 9) + "-1" + (i % 10));
    f.put("sex", i % 10 < 5 ? "m" : "f");
    f.put("dod", "2024-01-05");
    f.put("place", "دير البلح");
    f.put("relation", "test relation");
    f.put("consent", "yes");
    return f;
  }

  private static Map<String, String> unknownPerson() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name_ar", "زيد اختباري تجريبي وهمي");
    f.put("age", "77");
    f.put("sex", "m");
    f.put("dod", "2024-03-02");
    f.put("relation", "test relation");
    f.put("consent", "yes");
    return f;
  }

  private String submit(Register reg, String key, Map<String, String> fields) {
    return new FormSubmissions(reg)
        .submit(
            new FormSubmissions.Report(key, fields, "test-contact"),
            ImportSubmissions.DEFAULT_SOURCE,
            IntakeFixtures.CONTACT.getPublic(),
            new Actor("field1"))
        .submission();
  }

  private void link(Register reg) {
    new LinkRegister(reg)
        .run(
            new LinkRegister.Options(
                DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
            linker,
            ProgressListener.NONE);
  }

  @Test
  void aLinkRunMarksReportsAnIndependentListKnowsWithWhoAndWhat() throws Exception {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IncidentsFlowTest.twoLists(reg, dir);
      String known = submit(reg, "test-key-known-0001", listedPerson(15));
      String alone = submit(reg, "test-key-alone-0001", unknownPerson());
      assertEquals(Intake.PENDING, reg.intake().find(known).orElseThrow().status());
      // The model of so small a register does not link on names alone; a reviewer's match, which
      // the next link run honours, puts the report's record with the hospital list's row 16.
      reg.linkage()
          .decide(
              new Linkage.Decision(
                  new Linkage.Pair(
                      new Linkage.RecordKey(
                          reg.releases().find("family-report", "intake").orElseThrow().id(), 1),
                      new Linkage.RecordKey(
                          reg.releases().find("hospital", "r1").orElseThrow().id(), 16)),
                  true,
                  "test-reviewer",
                  "same person",
                  java.time.Instant.now()));

      link(reg);

      Intake.Stored k = reg.intake().find(known).orElseThrow();
      assertEquals(Intake.CORROBORATED, k.status(), () -> linked(reg));
      assertEquals("test-linker", k.statusBy());
      assertTrue(
          k.statusReason().matches("link-run model:\\d+: also in list (hospital|family)"),
          k.statusReason());
      assertTrue(k.statusAt() != null);
      // the change is a log entry with who, when, from, to and what
      List<org.sijil.core.integrity.LogEntry> logged =
          reg.integrity().about("submission:" + known).stream()
              .map(e -> org.sijil.core.integrity.EntryCodec.decode(e.bytes()))
              .filter(org.sijil.core.integrity.SubmissionStatusEntry.class::isInstance)
              .toList();
      assertEquals(
          List.of(
              new org.sijil.core.integrity.SubmissionStatusEntry(
                  k.statusAt(),
                  "test-linker",
                  known,
                  Intake.PENDING,
                  Intake.CORROBORATED,
                  k.statusReason())),
          logged);
      Intake.Stored a = reg.intake().find(alone).orElseThrow();
      assertEquals(Intake.PENDING, a.status());
      assertNull(a.statusReason());

      SubmissionQueue queue = new SubmissionQueue(reg);
      assertEquals(List.of(alone), queue.pending(10).stream().map(Intake.Stored::id).toList());
      assertEquals(
          List.of(known),
          queue.withStatus(Intake.CORROBORATED, 10).stream().map(Intake.Stored::id).toList());

      queue.setStatus(alone, Intake.CONFIRMED, new Actor("test-analyst"));
      Intake.Stored c = reg.intake().find(alone).orElseThrow();
      assertEquals(Intake.CONFIRMED, c.status());
      assertEquals("test-analyst", c.statusBy());
      assertEquals(SubmissionQueue.BY_ANALYST, c.statusReason());

      // a later run changes nothing already decided
      link(reg);
      assertEquals(k, reg.intake().find(known).orElseThrow());
      assertEquals(c, reg.intake().find(alone).orElseThrow());
      assertEquals(
          List.of(known, alone),
          queue.receipts("field1", 10).stream()
              .map(Intake.Stored::id)
              .sorted(java.util.Comparator.comparing(id -> id.equals(known) ? 0 : 1))
              .toList());
    }
  }

  /** What the link run made of the intake records, for a failure's message. */
  private static String linked(Register reg) {
    StringBuilder out = new StringBuilder();
    java.util.Map<Linkage.RecordKey, Long> persons = reg.linkage().assignments();
    for (org.sijil.store.Release r : reg.releases().list()) {
      out.append(r.id()).append(' ').append(r.source()).append('/').append(r.label()).append('\n');
      if (r.label().equals(ImportSubmissions.RELEASE)) {
        reg.records()
            .forEach(
                r.id(),
                rec -> {
                  Long p = persons.get(new Linkage.RecordKey(r.id(), rec.row()));
                  out.append("  ").append(rec.raw()).append(" -> ").append(p);
                  if (p != null) {
                    out.append(' ').append(reg.linkage().records(p));
                  }
                  out.append('\n');
                });
      }
    }
    return out.toString();
  }
}
