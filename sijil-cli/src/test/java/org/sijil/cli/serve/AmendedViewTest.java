package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.serve.WatchedRegisters.TESTER;
import static org.sijil.cli.serve.WatchedRegisters.answers;
import static org.sijil.cli.serve.WatchedRegisters.await;
import static org.sijil.cli.serve.WatchedRegisters.body;
import static org.sijil.cli.serve.WatchedRegisters.build;
import static org.sijil.cli.serve.WatchedRegisters.deleteIndex;
import static org.sijil.cli.serve.WatchedRegisters.enc;
import static org.sijil.cli.serve.WatchedRegisters.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.records.AmendRecord;
import org.sijil.cli.postgres.TestPostgres;
import org.sijil.server.ServerConfig;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * A running server that applies analysts' corrections and removals made on another connection to
 * its view in place (issue 14, {@code AmendedView}) serves exactly what a freshly started server on
 * the same register serves: every person (API and page), the persons download, search hits with
 * their scores and reasons, statistics and the review queue. On DuckDB and on PostgreSQL (skipped
 * without one). The bundled synthetic samples' first rows.
 */
class AmendedViewTest {

  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @TempDir Path dir;

  private static final String CORRECTED_NAME = "اسم مصحح تجريبي";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void onDuckDb() throws Exception {
    Path db = dir.resolve("reg.db");
    build(dir, db);
    servesWhatAFreshStartServes(db);
  }

  @Test
  void onPostgres() throws Exception {
    Path db = postgres.newRegister("sijil_amended_view_");
    build(dir, db);
    try {
      servesWhatAFreshStartServes(db);
    } finally {
      deleteIndex(db);
    }
  }

  @Test
  void onDuckDbNeverLinked() throws Exception {
    Path db = dir.resolve("reg.db");
    build(dir, db, false);
    servesWhatAFreshStartServes(db, unlinkedChanges(db));
  }

  @Test
  void onPostgresNeverLinked() throws Exception {
    Path db = postgres.newRegister("sijil_amended_unlinked_");
    build(dir, db, false);
    try {
      servesWhatAFreshStartServes(db, unlinkedChanges(db));
    } finally {
      deleteIndex(db);
    }
  }

  private void servesWhatAFreshStartServes(Path db) throws Exception {
    servesWhatAFreshStartServes(db, changes(db));
  }

  private void servesWhatAFreshStartServes(Path db, Changes changes) throws Exception {
    StringWriter log = new StringWriter();
    Map<String, String> amended;
    List<org.sijil.server.model.ReviewItem> amendedQueue;
    RegisterSite.Site site =
        RegisterSite.open(db, ServerConfig.defaults(), new PrintWriter(log, true));
    var app = site.app().start("127.0.0.1", 0);
    try {
      site.awaitLoaded();
      String base = "http://127.0.0.1:" + app.port();
      List<String> urls = urls(base, changes);
      answers(urls, b -> b); // the view before: explanations and hits cached, as on a busy server
      try (Register reg = Register.open(db, Duration.ofSeconds(30))) {
        AmendRecord amend = new AmendRecord(reg);
        amend.correct(changes.named(), "name_ar", CORRECTED_NAME, "family's statement", TESTER);
        amend.correct(changes.aged(), "age", "61", "hospital record", TESTER);
        amend.remove(changes.ofMany(), "listed twice", TESTER);
        amend.remove(changes.alone(), "not a casualty", TESTER);
      }
      // The watch looks every 5 s; a look may come between two of the amendments (each is its own
      // transaction, as four commands would be), so this waits until all four are applied.
      await(() -> applied(log.toString()) == 4, log::toString);
      assertEquals(
          1, log.toString().lines().filter(l -> l.startsWith("Loaded ")).count(), log.toString());
      // The same questions as the fresh server gets: built from the persons served now.
      amended = answers(urls(base, changes), b -> b);
      amendedQueue = site.register().reviewQueue();
    } finally {
      app.stop();
    }
    StringWriter freshLog = new StringWriter();
    RegisterSite.Site fresh =
        RegisterSite.open(db, ServerConfig.defaults(), new PrintWriter(freshLog, true));
    var freshApp = fresh.app().start("127.0.0.1", 0);
    try {
      fresh.awaitLoaded();
      String base = "http://127.0.0.1:" + freshApp.port();
      Map<String, String> started = answers(urls(base, changes), b -> b);
      assertTrue(
          freshLog.toString().contains("is up to date: search answers"), freshLog.toString());
      List<String> a = new ArrayList<>(amended.keySet());
      List<String> b = new ArrayList<>(started.keySet());
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        assertEquals(started.get(b.get(i)), amended.get(a.get(i)), b.get(i));
      }
      assertEquals(fresh.register().reviewQueue(), amendedQueue);
      assertEquals(404, status(base + "/api/persons/" + changes.alonePerson()));
      assertTrue(started.toString().contains(CORRECTED_NAME));
    } finally {
      freshApp.stop();
    }
  }

  /** How many amendments the server's lines say it applied in place. */
  private static int applied(String log) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "^Updated the view in place .*: ([0-9,]+) amendments",
                java.util.regex.Pattern.MULTILINE)
            .matcher(log);
    int n = 0;
    while (m.find()) {
      n += Integer.parseInt(m.group(1).replace(",", ""));
    }
    return n;
  }

  /** The records amended and the persons they are in. */
  private record Changes(
      Linkage.RecordKey named,
      Linkage.RecordKey aged,
      Linkage.RecordKey ofMany,
      Linkage.RecordKey alone,
      List<String> persons) {

    String alonePerson() {
      return persons.get(3);
    }
  }

  /**
   * Records to amend: a name and an age corrected, a record of a person with several removed, and
   * the only record of a person removed (the persons after it move up one place).
   */
  private static Changes changes(Path db) {
    try (Register reg = Register.open(db)) {
      Map<Linkage.RecordKey, Linkage.CurrentLink> links = reg.linkage().currentLinks();
      Map<Long, List<Linkage.RecordKey>> members = new LinkedHashMap<>();
      links.forEach((k, l) -> members.computeIfAbsent(l.personId(), p -> new ArrayList<>()).add(k));
      List<List<Linkage.RecordKey>> many =
          members.values().stream().filter(m -> m.size() > 1).toList();
      List<List<Linkage.RecordKey>> single =
          members.values().stream().filter(m -> m.size() == 1).toList();
      Linkage.RecordKey named = many.get(0).get(0);
      Linkage.RecordKey aged = many.get(1).get(0);
      Linkage.RecordKey ofMany = many.get(2).get(0);
      Linkage.RecordKey alone = single.get(single.size() / 3).get(0);
      List<String> persons = new ArrayList<>();
      for (Linkage.RecordKey k : List.of(named, aged, ofMany, alone)) {
        persons.add("P" + links.get(k).personId());
      }
      return new Changes(named, aged, ofMany, alone, persons);
    }
  }

  /**
   * Records to amend in a register never linked, whose persons are the records of each source's
   * latest release grouped by list key: a name and an age corrected, the last record of a person
   * with several removed (its first stays, so the person keeps its place) or, when no person has
   * several, another record, and the only record of a person removed.
   */
  private static Changes unlinkedChanges(Path db) {
    try (Register reg = Register.open(db)) {
      List<org.sijil.store.Release> releases = reg.releases().list();
      Map<String, org.sijil.store.Release> latest = new LinkedHashMap<>();
      releases.forEach(r -> latest.put(r.source(), r));
      Map<String, List<Linkage.RecordKey>> byKey = new LinkedHashMap<>();
      for (org.sijil.store.Release r : latest.values()) {
        reg.records()
            .forEach(
                r.id(),
                rec -> {
                  if (rec.id() != null && !rec.id().isBlank()) {
                    byKey
                        .computeIfAbsent(rec.id(), k -> new ArrayList<>())
                        .add(new Linkage.RecordKey(r.id(), rec.row()));
                  }
                });
      }
      // Several records, the last of another source than the first: removing it (and, the list
      // key being its subject, every record of its source with that key) leaves the first.
      List<String> many =
          byKey.keySet().stream()
              .filter(
                  k -> {
                    List<Linkage.RecordKey> r = byKey.get(k);
                    return r.get(0).releaseId() != r.get(r.size() - 1).releaseId();
                  })
              .toList();
      List<String> single = byKey.keySet().stream().filter(k -> byKey.get(k).size() == 1).toList();
      String ofMany = many.isEmpty() ? single.get(3) : many.get(0);
      List<Linkage.RecordKey> ofManyRecords = byKey.get(ofMany);
      List<String> keys = List.of(single.get(0), single.get(1), ofMany, single.get(2));
      List<String> persons = keys.stream().map(k -> "K" + k).toList();
      return new Changes(
          byKey.get(single.get(0)).get(0),
          byKey.get(single.get(1)).get(0),
          ofManyRecords.get(ofManyRecords.size() - 1),
          byKey.get(single.get(2)).get(0),
          persons);
    }
  }

  /** What is compared: every person, the amended ones' pages, search, statistics, review. */
  private static List<String> urls(String base, Changes changes) throws Exception {
    List<String> urls = new ArrayList<>();
    urls.add(base + "/api/download/persons.json");
    urls.add(base + "/api/download/records.json");
    urls.add(base + "/api/statistics");
    urls.add(base + "/api/persons?q=" + enc(CORRECTED_NAME) + "&limit=50");
    for (JsonNode p : JSON.readTree(body(base + "/api/download/persons.json"))) {
      urls.add(base + "/api/persons/" + p.get("person_id").asText());
      String name = p.get("name_en").asText("");
      if (!name.isBlank() && urls.size() < 60) {
        urls.add(base + "/api/persons?q=" + enc(name) + "&limit=50");
      }
    }
    for (String person : changes.persons()) {
      urls.add(base + "/api/persons/" + person);
      urls.add(base + "/person/" + person + "?lang=en");
      urls.add(base + "/person/" + person + "?lang=ar");
    }
    return urls;
  }
}
