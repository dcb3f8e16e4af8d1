package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Intake} on every backend (migrations 7 and 14): DuckDB in {@code
 * DuckDbIntakeTest}, PostgreSQL in {@code PostgresIntakeTest}. Artificial data only.
 */
public abstract class IntakeContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  static Intake.Stored stored(int n, String source, String replacesId) {
    return new Intake.Stored(
        "s-test-" + n,
        n,
        source,
        "test-device",
        "i-" + n,
        replacesId,
        replacesId == null ? null : "i-old",
        "bundle",
        "none",
        "a".repeat(64),
        "{\"name_en\":\"Testname " + n + "\"}",
        n % 2 == 0 ? "sealed:v1:AAAA" : null,
        Intake.PENDING,
        null,
        null,
        null,
        "tester",
        Instant.parse("2026-12-04T10:00:00Z"),
        n);
  }

  @Test
  void storesSubmissionsOnceAndReadsThemInArrivalOrder() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(7), reg.schemaVersions().toString());
      Intake in = reg.intake();
      assertEquals(1, in.nextSeq());
      List<Intake.Stored> many = new ArrayList<>();
      for (int n = 1; n <= 700; n++) {
        many.add(stored(n, n <= 650 ? "family-report" : "other", n == 3 ? "s-test-1" : null));
      }
      reg.transaction(
          () -> {
            in.add(many);
            return null;
          });
      assertEquals(701, in.nextSeq());
      List<Intake.Stored> all = in.all("family-report");
      assertEquals(650, all.size());
      assertEquals(many.get(0), all.get(0));
      assertEquals(many.get(2), all.get(2));
      assertEquals(
          Set.of("s-test-5", "s-test-700"), in.known(List.of("s-test-5", "s-test-700", "s-x")));
      List<String> ids = new ArrayList<>();
      for (int n = 0; n < 600; n++) {
        ids.add("s-test-" + (n * 2));
      }
      assertEquals(350, in.known(ids).size()); // 2, 4, …, 700
      assertEquals(many.get(9), in.find("s-test-10").orElseThrow());
      assertTrue(in.find("s-none").isEmpty());
    }
  }

  @Test
  void setsStatusWithWhoAndWhen() {
    try (Register reg = create()) {
      Intake in = reg.intake();
      in.add(List.of(stored(1, "family-report", null), stored(2, "family-report", null)));
      Instant at = Instant.parse("2026-12-05T01:00:00Z");
      assertTrue(in.setStatus("s-test-1", "confirmed", "analyst", at));
      assertFalse(in.setStatus("s-none", "confirmed", "analyst", at));
      Intake.Stored s = in.find("s-test-1").orElseThrow();
      assertEquals("confirmed", s.status());
      assertEquals("analyst", s.statusBy());
      assertEquals(at, s.statusAt());
      assertEquals(
          List.of("s-test-2"),
          in.withStatus(Intake.PENDING, 10).stream().map(Intake.Stored::id).toList());
    }
  }

  @Test
  void keepsWhatChangedTheStatusAndEachReportersReceipts() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(14), reg.schemaVersions().toString());
      Intake in = reg.intake();
      Intake.Stored other = stored(3, "family-report", null);
      in.add(
          List.of(
              stored(1, "family-report", null),
              stored(2, "family-report", null),
              new Intake.Stored(
                  other.id(),
                  other.seq(),
                  other.source(),
                  other.origin(),
                  other.instanceId(),
                  null,
                  null,
                  other.channel(),
                  other.deviceKey(),
                  other.contentSha256(),
                  other.fieldsJson(),
                  null,
                  Intake.CORROBORATED,
                  "linker",
                  Instant.parse("2026-12-05T02:00:00Z"),
                  "stored corroborated",
                  "someone-else",
                  other.receivedAt(),
                  other.logIndex())));
      Instant at = Instant.parse("2026-12-05T03:00:00Z");
      assertTrue(
          in.setStatus(
              "s-test-1", Intake.CORROBORATED, "tester", "link-run model:4: also in list t", at));
      Intake.Stored s = in.find("s-test-1").orElseThrow();
      assertEquals(Intake.CORROBORATED, s.status());
      assertEquals("tester", s.statusBy());
      assertEquals("link-run model:4: also in list t", s.statusReason());
      assertEquals(at, s.statusAt());
      assertEquals("stored corroborated", in.find("s-test-3").orElseThrow().statusReason());
      assertEquals(null, in.find("s-test-2").orElseThrow().statusReason());
      assertEquals(
          List.of("s-test-2", "s-test-1"),
          in.receivedBy("tester", 10).stream().map(Intake.Stored::id).toList());
      assertEquals(
          List.of("s-test-2"), in.receivedBy("tester", 1).stream().map(Intake.Stored::id).toList());
      assertTrue(in.receivedBy("nobody", 10).isEmpty());
    }
  }
}
