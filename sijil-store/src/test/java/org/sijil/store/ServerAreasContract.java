package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of the server's areas (migration 6) every backend keeps: revoked users, sessions,
 * jobs. Run on DuckDB ({@code duckdb.DuckDbServerAreasTest}) and PostgreSQL ({@code
 * postgres.PostgresServerAreasTest}).
 */
public abstract class ServerAreasContract {

  /** A new, empty register (migrated). */
  protected abstract Register create();

  /** The register of the last {@link #create()}, opened again. */
  protected abstract Register reopen();

  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void usersAreRevokedAndAddedAgain() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(6));
      reg.users().save("amal", "viewer", "$2a$04$one", "root");
      assertTrue(reg.users().find("amal").orElseThrow().enabled());
      assertTrue(reg.users().disable("amal", "basem"));
      assertFalse(reg.users().disable("nobody", "basem"));
    }
    try (Register reg = reopen()) {
      StoredUser u = reg.users().find("amal").orElseThrow();
      assertFalse(u.enabled());
      assertEquals("basem", u.disabledBy());
      reg.users().save("amal", "analyst", "$2a$04$two", "root");
      assertTrue(reg.users().find("amal").orElseThrow().enabled());
    }
  }

  @Test
  void sessionsSurviveReopeningExpireAndEndPerUser() {
    try (Register reg = create()) {
      reg.sessions().open(session("h1", "amal", T0.plusSeconds(60)));
      reg.sessions().open(session("h2", "amal", T0.plusSeconds(600)));
      reg.sessions().open(session("h3", "basem", T0.plusSeconds(600)));
    }
    try (Register reg = reopen()) {
      StoredSession s = reg.sessions().find("h1").orElseThrow();
      assertEquals(session("h1", "amal", T0.plusSeconds(60)), s);
      reg.sessions().renew("h1", T0.plusSeconds(900));
      assertEquals(T0.plusSeconds(900), reg.sessions().find("h1").orElseThrow().expiresAt());
      reg.sessions().open(session("h4", "basem", T0.plusSeconds(900)));
      assertEquals(2, reg.sessions().closeExpired(T0.plusSeconds(700)), "h2 and h3 ended");
      assertTrue(reg.sessions().find("h2").isEmpty());
      assertEquals(1, reg.sessions().closeAll("amal"));
      assertTrue(reg.sessions().find("h1").isEmpty());
      reg.sessions().close("h4");
      reg.sessions().close("h4");
      assertTrue(reg.sessions().find("h4").isEmpty());
    }
  }

  @Test
  void jobsKeepProgressAndResultsAndAreAbandonedWhenLeftRunning() {
    try (Register reg = create()) {
      reg.jobs().create(job("j1", T0));
      reg.jobs().create(job("j2", T0.plusSeconds(1)));
      reg.jobs().state("j1", StoredJob.RUNNING);
      reg.jobs().progress("j1", "import", 40, 100);
      StoredJob running = reg.jobs().find("j1").orElseThrow();
      assertEquals(StoredJob.RUNNING, running.state());
      assertEquals("import", running.phase());
      assertEquals(40, running.done());
      assertEquals(100, running.total());
      assertFalse(running.finished());
      reg.jobs().finish("j1", StoredJob.SUCCEEDED, "3 rows", null, T0.plusSeconds(5));
    }
    try (Register reg = reopen()) {
      StoredJob done = reg.jobs().find("j1").orElseThrow();
      assertTrue(done.finished());
      assertEquals("3 rows", done.result());
      assertNull(done.error());
      assertEquals(T0.plusSeconds(5), done.finishedAt());
      assertEquals(List.of("j2", "j1"), reg.jobs().recent(10).stream().map(StoredJob::id).toList());
      assertEquals(1, reg.jobs().abandon("the server stopped", T0.plusSeconds(9)));
      StoredJob abandoned = reg.jobs().find("j2").orElseThrow();
      assertEquals(StoredJob.FAILED, abandoned.state());
      assertEquals("the server stopped", abandoned.error());
      assertTrue(reg.jobs().find("j3").isEmpty());
    }
  }

  private static StoredSession session(String hash, String user, Instant expires) {
    return new StoredSession(hash, user, "analyst", "csrf-" + hash, T0, expires);
  }

  @Test
  void onlyJobsWhoseServerStoppedBeatingAreAbandoned() {
    try (Register reg = create()) {
      assertTrue(reg.schemaVersions().contains(12));
      reg.jobs().create(job("live", T0));
      reg.jobs().create(job("dead", T0));
      reg.jobs().create(job("old", T0));
      reg.jobs().heartbeat("live", "server-a", T0.plusSeconds(100));
      reg.jobs().heartbeat("dead", "server-b", T0.plusSeconds(10));
      assertEquals(
          2,
          reg.jobs().abandonStale("the server stopped", T0.plusSeconds(50), T0.plusSeconds(110)),
          "'dead' beat last before the cut, 'old' never beat and was created before it");
      assertEquals(StoredJob.QUEUED, reg.jobs().find("live").orElseThrow().state());
      assertEquals(StoredJob.FAILED, reg.jobs().find("dead").orElseThrow().state());
      assertEquals("the server stopped", reg.jobs().find("old").orElseThrow().error());
      reg.jobs().create(job("new", T0.plusSeconds(105)));
      assertEquals(
          0,
          reg.jobs().abandonStale("x", T0.plusSeconds(100), T0.plusSeconds(120)),
          "a job just created, before its first beat, is not stale");
    }
  }

  private static StoredJob job(String id, Instant at) {
    return new StoredJob(
        id,
        "import",
        "hospital / one",
        StoredJob.QUEUED,
        null,
        0,
        0,
        null,
        null,
        "amal",
        at.truncatedTo(ChronoUnit.MILLIS),
        null);
  }
}
