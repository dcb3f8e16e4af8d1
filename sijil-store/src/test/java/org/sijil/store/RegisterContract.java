package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.Sex;
import org.sijil.store.Linkage.Pair;
import org.sijil.store.Linkage.PersonLink;
import org.sijil.store.Linkage.RecordKey;

/**
 * The contract every register backend keeps: each method of {@link Register} and its areas ({@link
 * Releases}, {@link Records}, {@link Imports} and {@link ReleaseWriter}, {@link Linkage}, {@link
 * Users}, {@link Estimates}). A backend's test extends this class and says how to open a fresh
 * register and the same register again; DuckDB does in {@code DuckDbRegisterTest}, PostgreSQL will.
 * The data is artificial (no real names).
 */
public abstract class RegisterContract extends RegisterLogContract {

  @Test
  void importsStoreReleasesRecordsRejectsAndWarnings() {
    try (Register reg = create()) {
      assertTrue(
          reg.schemaVersions().containsAll(List.of(1, 2, 3, 4, 5)),
          reg.schemaVersions().toString());
      Release r = write(reg, "moh", "one", "a", 3, false);
      assertEquals("amal", r.importedBy());
      assertEquals(4, r.rowsRead());
      assertEquals(3, r.rowsImported());
      assertEquals(1, r.rowsRejected());
      assertEquals(1, r.warnings());
      assertEquals(List.of("id", "name", "age"), r.headers());
      assertTrue(r.hasField("name_ar"));
      assertEquals(List.of(r), reg.releases().list());
      assertEquals(r, reg.releases().find("moh", "one").orElseThrow());
      assertTrue(reg.releases().find("moh", "two").isEmpty());
      assertEquals(r, reg.releases().resolve("moh", "one"));
      assertEquals(r, reg.releases().resolve(null, "one"));
      List<CasualtyRecord> records = reg.records().list(r.id());
      assertEquals(3, records.size());
      assertEquals(record(2, "moh", Age.ofYears(22), Sex.FEMALE).nameAr(), records.get(1).nameAr());
      List<CasualtyRecord> streamed = new ArrayList<>();
      reg.records().forEach(r.id(), streamed::add);
      assertEquals(records, streamed);
      assertEquals(
          Map.of(
              new Linkage.RecordKey(r.id(), 3), "id-3", new Linkage.RecordKey(r.id(), 1), "id-1"),
          reg.records()
              .keysOf(
                  List.of(
                      new Linkage.RecordKey(r.id(), 3),
                      new Linkage.RecordKey(r.id(), 1),
                      new Linkage.RecordKey(r.id(), 9),
                      new Linkage.RecordKey(r.id() + 1, 1))),
          "several keys at once; rows not stored are absent");
      assertEquals(
          List.of(new RowReject(4, List.of("x"), "wrong column count: 1 cell, header has 3")),
          reg.records().rejects(r.id()));
      assertEquals(1, reg.records().warnings(r.id()).size());
      assertEquals(Map.of("unparsed_age", 1L), reg.records().warningCounts(r.id()));
    }
    try (Register reg = reopen()) {
      assertEquals(1, reg.releases().list().size(), "a committed release survives closing");
    }
  }

  @Test
  void releaseLookupsFailAsTypedErrors() {
    try (Register reg = create()) {
      write(reg, "moh", "one", "a", 1, false);
      write(reg, "hospital", "one", "b", 1, false);
      SijilException unknown =
          assertThrows(SijilException.class, () -> reg.releases().resolve("moh", "nine"));
      assertEquals(ErrorCode.NO_SUCH_RELEASE, unknown.code());
      assertEquals(
          ErrorCode.NO_SUCH_RELEASE,
          assertThrows(SijilException.class, () -> reg.releases().resolve(null, "nine")).code());
      assertEquals(
          ErrorCode.AMBIGUOUS_RELEASE,
          assertThrows(SijilException.class, () -> reg.releases().resolve(null, "one")).code());
      SijilException exists =
          assertThrows(
              SijilException.class, () -> reg.imports().begin(spec("moh", "one", "c", "x"), false));
      assertEquals(ErrorCode.RELEASE_EXISTS, exists.code());
    }
  }

  @Test
  void aWriterCommitsWithALateDigestReplacesOrRollsBack() {
    try (Register reg = create()) {
      try (ReleaseWriter w = reg.imports().begin(spec("moh", "late", null, "amal"), false)) {
        CasualtyRecord r = record(1, "moh", null, null);
        w.record(List.of("id-1", r.nameAr(), ""), r);
        assertThrows(IllegalStateException.class, w::commit, "no digest yet");
      }
      assertTrue(reg.releases().list().isEmpty(), "closing without commit rolls back");
      try (ReleaseWriter w = reg.imports().begin(spec("moh", "late", null, "amal"), false)) {
        CasualtyRecord r = record(1, "moh", null, null);
        w.record(List.of("id-1", r.nameAr(), ""), r);
        assertEquals("d".repeat(64), w.commit("d".repeat(64)).sha256());
      }
      Release replaced = write(reg, "moh", "late", "e", 2, true);
      assertEquals("e".repeat(64), replaced.sha256());
      assertEquals(2, reg.records().list(replaced.id()).size());
      assertEquals(1, reg.releases().list().size());
    }
  }

  @Test
  void linkRunsStorePersonsWithTheirActorAndTheReviewQueue() {
    try (Register reg = create()) {
      Release a = write(reg, "moh", "one", "a", 3, false);
      Release b = write(reg, "hospital", "one", "b", 2, false);
      Linkage l = reg.linkage();
      assertTrue(l.latestModel().isEmpty());
      assertEquals(0, l.maxPersonId());
      RecordKey a1 = new RecordKey(a.id(), 1);
      RecordKey a2 = new RecordKey(a.id(), 2);
      RecordKey a3 = new RecordKey(a.id(), 3);
      RecordKey b1 = new RecordKey(b.id(), 1);
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      long first =
          l.save(
              new Linkage.Run(
                  "{\"spec\":1}",
                  "{\"model\":1}",
                  List.of(
                      new PersonLink(a1, 1, 0.97),
                      new PersonLink(b1, 1, 0.97),
                      new PersonLink(a2, 2, null),
                      new PersonLink(a3, 3, null)),
                  List.of(1L, 2L, 3L),
                  Map.of(),
                  List.of(new Linkage.QueuedPair(new Pair(a2, a3), 0.5, 0, now)),
                  true,
                  "amal"));
      assertEquals(3, l.maxPersonId());
      Linkage.StoredModel m = l.latestModel().orElseThrow();
      assertEquals(first, m.id());
      assertEquals("{\"spec\":1}", m.spec());
      assertEquals("{\"model\":1}", m.model());
      assertEquals("amal", m.createdBy());
      assertEquals(List.of("amal"), l.runs().stream().map(Linkage.RunInfo::createdBy).toList());
      assertEquals(Map.of(a1, 1L, b1, 1L, a2, 2L, a3, 3L), l.assignments());
      assertEquals(new Linkage.CurrentLink(1, 0.97, first), l.currentLinks().get(b1));
      assertNull(l.currentLinks().get(a2).probability());
      assertEquals(OptionalLong.of(1), l.personOf(b1));
      assertEquals(2, l.records(1).size());
      assertEquals(Map.of("hospital", 1L), l.unlinkedBySource(), "hospital row 2 is not linked");
      List<Linkage.PersonRecord> byPerson = new ArrayList<>();
      l.forEachPersonRecord(byPerson::add);
      assertEquals(
          List.of(1L, 1L, 2L, 3L), byPerson.stream().map(Linkage.PersonRecord::personId).toList());
      assertEquals(1, l.queue().size());
      assertEquals(0.5, l.queue().get(0).probability());

      // "Unsure" is kept with its author but binds nothing: the pair waits for a second analyst.
      l.decide(new Linkage.Decision(new Pair(a2, a3), Linkage.Verdict.UNSURE, "amal", "ask", now));
      assertEquals(1, l.queue().size(), "an unsure pair stays in the queue");
      assertTrue(l.decisions().isEmpty(), "unsure is no decision");
      assertEquals("amal", l.unsure().get(0).by());
      assertEquals(Linkage.Verdict.UNSURE, l.reviews().get(0).verdict());
      l.decide(new Linkage.Decision(new Pair(a3, a2), true, "basem", "same mother", now));
      assertTrue(l.unsure().isEmpty(), "a later decision settles an unsure pair");
      assertTrue(l.queue().isEmpty(), "a decided pair leaves the queue");
      Linkage.Decision d = l.decisions().get(0);
      assertEquals(new Pair(a2, a3), d.pair());
      assertTrue(d.match());
      assertEquals("basem", d.by());
      assertEquals("same mother", d.note());

      // An incremental run by someone else merges person 3 into 2.
      long second =
          l.save(
              new Linkage.Run(
                  "{\"spec\":1}",
                  "{\"model\":1}",
                  List.of(new PersonLink(a3, 2, 0.9)),
                  List.of(),
                  Map.of(3L, 2L),
                  List.of(),
                  false,
                  "basem"));
      assertEquals(OptionalLong.of(2), l.personOf(a3));
      assertEquals(2, l.records(3).size(), "a merged person's id still resolves");
      assertEquals(second, l.currentLinks().get(a3).modelId());
      assertEquals(first, l.currentLinks().get(a1).modelId());
      assertEquals(
          List.of("amal", "basem"), l.runs().stream().map(Linkage.RunInfo::createdBy).toList());
      assertFalse(l.assignments().containsValue(3L));
    }
  }

  @Test
  void usersAreSavedWithWhoChangedThem() {
    try (Register reg = create()) {
      assertTrue(reg.users().find("amal").isEmpty());
      reg.users().save("amal", "analyst", "$2a$04$one", "root");
      reg.users().save("amal", "admin", "$2a$04$two", "basem");
      StoredUser u = reg.users().find("amal").orElseThrow();
      assertEquals("admin", u.role());
      assertEquals("$2a$04$two", u.passwordHash());
      assertEquals("root", u.createdBy());
      assertEquals("basem", u.updatedBy());
      assertEquals(List.of(u), reg.users().list());
    }
  }

  @Test
  void estimateRunsAreStoredWithTheirInputs() {
    try (Register reg = create()) {
      assertTrue(reg.estimates().latest("published").isEmpty());
      Instant at = Instant.parse("2024-05-01T10:00:00Z");
      reg.estimates()
          .save(
              new Estimates.Run(
                  0, "published", null, "{\"lists\":[]}", null, "too few lists", "amal", at));
      long id =
          reg.estimates()
              .save(
                  new Estimates.Run(
                      0,
                      "published",
                      7L,
                      "{\"lists\":[\"a\",\"b\"]}",
                      "{\"total\":1}",
                      null,
                      "basem",
                      at.plusSeconds(60)));
      reg.estimates().save(new Estimates.Run(0, "cli", null, "{}", "{}", null, "amal", at));
      Estimates.Run run = reg.estimates().latest("published").orElseThrow();
      assertEquals(id, run.id());
      assertEquals(7L, run.modelId());
      assertEquals("{\"lists\":[\"a\",\"b\"]}", run.inputs());
      assertEquals("{\"total\":1}", run.result());
      assertEquals("basem", run.createdBy());
      assertEquals(at.plusSeconds(60), run.createdAt());
    }
  }

  @Test
  void suggestionsAreKeptWithWhoAndWhenNewestFirst() {
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    try (Register reg = create()) {
      assertEquals(0, reg.suggestions().count());
      long first =
          reg.suggestions()
              .add(
                  new Suggestions.Suggestion(
                      0, "P1", "dob", "2001-02-03", "birth certificate", null, "public", at));
      long second =
          reg.suggestions()
              .add(
                  new Suggestions.Suggestion(
                      0, "P2", "other", "", "listed twice", "a reader", "amal", at.plusSeconds(5)));
      assertTrue(second > first);
    }
    try (Register reg = reopen()) {
      assertEquals(2, reg.suggestions().count());
      List<Suggestions.Suggestion> all = reg.suggestions().list(0, 10);
      assertEquals("P2", all.get(0).personId());
      assertEquals("amal", all.get(0).submittedBy());
      assertEquals("a reader", all.get(0).contact());
      assertEquals(at.plusSeconds(5), all.get(0).submittedAt());
      assertEquals("2001-02-03", all.get(1).value());
      assertNull(all.get(1).contact());
      assertEquals(1, reg.suggestions().list(1, 10).size());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new Suggestions.Suggestion(0, "P1", "dob", " ", "", null, "public", at));
  }
}
