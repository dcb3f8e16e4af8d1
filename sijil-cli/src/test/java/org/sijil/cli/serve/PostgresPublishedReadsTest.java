package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.records.AmendRecord;
import org.sijil.cli.postgres.TestPostgres;
import org.sijil.ingest.ReadOptions;
import org.sijil.search.PersonSearch;
import org.sijil.server.ServerConfig;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * The server's reads of a register in PostgreSQL (issue 14), as {@code PersonsBeforeLoadTest} and
 * {@code RegisterWatchTest} check them on DuckDB: every person read by id from the store (before
 * the load; amendments read by subject, {@code K<key>} by the records' id index) equals the loaded
 * one, on a linked and an unlinked register with corrections and removals; and a running server
 * shows a correction another connection makes, through its watch. The bundled synthetic samples'
 * first rows; skipped without PostgreSQL (unless {@code SIJIL_REQUIRE_POSTGRES=1}).
 */
class PostgresPublishedReadsTest {

  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @TempDir Path dir;

  private static final Actor TESTER = new Actor("tester");
  private static final int ROWS = 120;

  @Test
  void personsReadByIdEqualTheLoadedOnesOnLinkedAndUnlinkedRegisters() throws Exception {
    for (boolean link : List.of(true, false)) {
      Path db = postgres.newRegister(link ? "sijil_reads_linked_" : "sijil_reads_unlinked_");
      build(db, link);
      InMemoryRegister loaded;
      try (PersonSearch index = PersonSearch.open(dir.resolve(link ? "linked" : "unlinked"))) {
        loaded = RegisterSite.load(db, index, new PrintWriter(new StringWriter()));
      }
      List<Person> all = loaded.matching(SearchQuery.of(""));
      assertTrue(all.size() > ROWS, link + ": " + all.size());
      long corrected = 0;
      long multi = 0;
      for (Person p : all) {
        assertEquals(Optional.of(p), RegisterSite.personFromStore(db, p.personId()), p.personId());
        corrected += p.corrections().isEmpty() ? 0 : 1;
        multi += p.records().size() > 1 ? 1 : 0;
      }
      assertTrue(corrected > 0, link + ": no corrected person");
      // Linked, a key's records of both hospital releases are one person; unlinked, a K<key> is
      // the key's records of each source's latest release only.
      assertTrue(!link || multi > 10, "persons with several records " + multi);
      for (String id : List.of("P999999", "K999", "Rhospital-r1-999999", "X1")) {
        assertTrue(RegisterSite.personFromStore(db, id).isEmpty(), id);
      }
    }
  }

  @Test
  void aRunningServerShowsACorrectionAnotherConnectionMakes() throws Exception {
    Path db = postgres.newRegister("sijil_watch_");
    build(db, true);
    Linkage.RecordKey key;
    String person;
    try (Register reg = Register.open(db)) {
      long release = reg.releases().list().get(0).id();
      key = new Linkage.RecordKey(release, 7);
      person = "P" + reg.linkage().currentLinks().get(key).personId();
    }
    RegisterSite.Site site =
        RegisterSite.open(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()));
    var app = site.app().start("127.0.0.1", 0);
    try {
      site.awaitLoaded();
      String url = "http://127.0.0.1:" + app.port() + "/api/persons/" + person;
      assertTrue(!json(url).toString().contains("اسم مصحح تجريبي"));
      try (Register reg = Register.open(db)) {
        new AmendRecord(reg)
            .correct(key, "name_ar", "اسم مصحح تجريبي", "family's statement", TESTER);
      }
      // The watch looks every 5 s; a reload of these few records takes well under a second.
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!json(url).toString().contains("اسم مصحح تجريبي") && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertTrue(json(url).toString().contains("اسم مصحح تجريبي"), json(url).toString());
    } finally {
      app.stop();
    }
  }

  /**
   * Imports the first {@link #ROWS} rows of two samples, the hospital list twice (a later release),
   * optionally links, and amends: a name corrected, an age corrected, one key removed.
   */
  private void build(Path db, boolean link) throws Exception {
    Path hospital = firstRows("synthetic-hospital.csv");
    Path obituaries = firstRows("synthetic-obituaries.csv");
    try (Register reg = Register.open(db)) {
      importRelease(reg, hospital, "hospital", "r1");
      importRelease(reg, obituaries, "obituaries", "r1");
      importRelease(reg, hospital, "hospital", "r2");
      if (link) {
        new LinkRegister(reg).run(LinkRegister.Options.defaults(), TESTER, ProgressListener.NONE);
      }
      long first = reg.releases().resolve("hospital", "r1").id();
      AmendRecord amend = new AmendRecord(reg);
      amend.correct(
          new Linkage.RecordKey(first, 3), "name_ar", "اسم تجريبي", "hospital record", TESTER);
      amend.correct(new Linkage.RecordKey(first, 4), "age", "61", "hospital record", TESTER);
      amend.remove(new Linkage.RecordKey(first, 5), "listed twice", TESTER);
    }
  }

  private Path firstRows(String sample) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/samples/" + sample)) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(ROWS + 1L).toList();
      Path file = dir.resolve(sample);
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    }
  }

  private static void importRelease(Register reg, Path csv, String source, String label) {
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(csv, source, label, null, ReadOptions.defaults(), false),
            TESTER,
            ProgressListener.NONE);
  }

  private static JsonNode json(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return new ObjectMapper().readTree(r.body());
  }
}
