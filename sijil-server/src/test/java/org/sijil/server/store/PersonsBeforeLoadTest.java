package org.sijil.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.search.PersonSearch;
import org.sijil.server.ServerConfig;
import org.sijil.server.model.Person;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.store.Register;

/**
 * Person pages, {@code /api/persons/{id}} and the "loading" answers before the register is read
 * (issue 14): on a real port, with the load held by a latch, a person read by id from the store
 * shows what the loaded register shows (links and the timeline wait for the load, and say so);
 * statistics, estimates, memorial and downloads answer 503 at once. Every person of a linked and of
 * an unlinked register, with and without analysts' corrections and removals, read by id equals the
 * loaded one; a person whose records are all removed is not found before the load either. Names are
 * artificial (common parts combined, family "تجريبي", "Test").
 */
class PersonsBeforeLoadTest {

  @TempDir static Path dir;
  static Path linked;
  static Path unlinked;
  static Path amended;
  static Path amendedUnlinked;

  /** A copy of {@link #amended} with its search index, for a server (which keeps its index). */
  static Path amendedServed;

  /** Persons of {@link #amended} whose every record an analyst removed. */
  static List<String> removedPersons = new ArrayList<>();

  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Actor TESTER = new Actor("tester");

  @BeforeAll
  static void registers() throws Exception {
    linked = dir.resolve("linked.db");
    unlinked = dir.resolve("unlinked.db");
    Path one = csv("one.csv", 1, 30, false);
    Path other = csv("other.csv", 16, 45, false);
    Path later = csv("later.csv", 1, 35, true);
    var listener = RegisterSearchIndex.listener(RegisterSearchIndex.directoryOf(linked), n -> {});
    try (Register reg = Register.open(linked)) {
      importRelease(reg, listener, one, "test", "r1");
      importRelease(reg, listener, other, "other", "r1");
      importRelease(reg, listener, later, "test", "r2");
      new LinkRegister(reg, listener)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              TESTER,
              ProgressListener.NONE);
    }
    var none = RegisterSearchIndex.listener(RegisterSearchIndex.directoryOf(unlinked), n -> {});
    try (Register reg = Register.open(unlinked)) {
      importRelease(reg, none, one, "test", "r1");
      importRelease(reg, none, later, "test", "r2");
      importRelease(reg, none, other, "other", "r1");
    }
    amended = dir.resolve("amended.db");
    amendedUnlinked = dir.resolve("amended-unlinked.db");
    for (Path db : List.of(amended, amendedUnlinked)) {
      var index = RegisterSearchIndex.listener(RegisterSearchIndex.directoryOf(db), n -> {});
      try (Register reg = Register.open(db)) {
        importRelease(reg, index, one, "test", "r1");
        importRelease(reg, index, other, "other", "r1");
        importRelease(reg, index, later, "test", "r2");
        if (db == amended) {
          new LinkRegister(reg, index)
              .run(
                  new LinkRegister.Options(
                      DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
                  TESTER,
                  ProgressListener.NONE);
        }
        amend(reg);
        index.changed(reg);
      }
    }
    amendedServed = dir.resolve("amended-served.db");
    Files.copy(amended, amendedServed);
    Path from = RegisterSearchIndex.directoryOf(amended);
    Path to = RegisterSearchIndex.directoryOf(amendedServed);
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  /**
   * Analysts' amendments: a name corrected on a key listed by two releases, an age on one record, a
   * key's records removed from one source (the person keeps the other's), every record of a person
   * removed (before linking: the one record of a list key), and a record without a key removed.
   */
  private static void amend(Register reg) {
    var amend = new org.sijil.app.records.AmendRecord(reg);
    var reads = reg.personReads();
    amend.correct(
        reads.withKey("100000003").get(0),
        "name_ar",
        "اسم مصحح تجريبي",
        "family's statement",
        TESTER);
    amend.correct(reads.withKey("100000020").get(0), "age", "61", "hospital record", TESTER);
    amend.remove(reads.withKey("100000033").get(0), "listed twice", TESTER);
    var gone = reads.withKey("100000040").get(0);
    var link = reg.linkage().currentLinks().get(gone);
    if (link == null) {
      amend.remove(gone, "not a casualty", TESTER);
    } else {
      // Every record of the person: a person none of whose records is published.
      removedPersons.add("P" + link.personId());
      for (var r : reads.ofPerson(link.personId())) {
        amend.remove(r.key(), "not a casualty", TESTER);
      }
    }
    long later = reg.releases().resolve("test", "r2").id();
    for (long row = 1; row < 40; row++) {
      var key = new org.sijil.store.Linkage.RecordKey(later, row);
      var stored = reads.read(key).orElseThrow();
      if (stored.record().id() == null || stored.record().id().isBlank()) {
        amend.remove(key, "a duplicate row without an ID number", TESTER);
        return;
      }
    }
    throw new AssertionError("no record without a key");
  }

  /** Rows {@code from..to}; {@code keyless} leaves every fifth row without an ID number. */
  private static Path csv(String name, int from, int to, boolean keyless) throws Exception {
    String[] given = {"سامي", "نادر", "هالة", "رامي", "سلمى"};
    String[] latin = {"Sami", "Nader", "Hala", "Rami", "Salma"};
    String[] father = {"خالد", "يوسف", "حسن", "عمر"};
    String[] latinFather = {"Khaled", "Yousef", "Hasan", "Omar"};
    StringBuilder s = new StringBuilder("id,name,en_name,age,sex,date_of_death,note\n");
    for (int i = from; i <= to; i++) {
      s.append(keyless && i % 5 == 0 ? "" : Integer.toString(100000000 + i)).append(',');
      s.append(given[i % 5]).append(' ').append(father[i / 5 % 4]).append(" تجريبي,");
      s.append(latin[i % 5]).append(' ').append(latinFather[i / 5 % 4]).append(" Test,");
      s.append(i % 7 == 0 ? "8 months" : Integer.toString(20 + i % 50)).append(',');
      s.append(i % 5 == 2 || i % 5 == 4 ? "F" : "M").append(',');
      s.append("2024-0").append(1 + i % 9).append("-1").append(i % 10).append(',');
      s.append(name).append(" row ").append(i).append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, s, StandardCharsets.UTF_8);
    return file;
  }

  private static void importRelease(
      Register reg, org.sijil.app.RegisterChanged listener, Path csv, String source, String label) {
    new ImportRelease(reg, listener)
        .run(
            new ImportRelease.Request(csv, source, label, null, ReadOptions.defaults(), false),
            TESTER,
            ProgressListener.NONE);
  }

  @Test
  void everyPersonReadByIdEqualsTheLoadedOne() {
    for (Path db : List.of(linked, unlinked, amended, amendedUnlinked)) {
      InMemoryRegister served = loaded(db);
      List<Person> all = served.matching(org.sijil.server.model.SearchQuery.of(""));
      assertTrue(all.size() > 40, db + ": " + all.size());
      int multi = 0;
      try (PersonsBeforeLoad kept = new PersonsBeforeLoad(db)) {
        for (Person memory : all) {
          Optional<Person> stored = kept.read(memory.personId());
          assertEquals(Optional.of(memory), stored, db + " " + memory.personId());
          multi += memory.records().size() > 1 ? 1 : 0;
        }
      }
      assertTrue(multi >= 10, db + ": persons with several records " + multi);
      long corrected = all.stream().filter(p -> !p.corrections().isEmpty()).count();
      boolean amendments = db == amended || db == amendedUnlinked;
      assertEquals(amendments, corrected > 0, db + ": persons with corrections " + corrected);
      for (String id :
          List.of("P999999", "P01", "K", "K999", "R", "Rtest-r1-999", "Rtest-r1-01", "X1", "")) {
        assertTrue(PersonsBeforeLoad.read(db, id).isEmpty(), id);
      }
    }
    for (String id : removedPersons) {
      assertTrue(loaded(amended).person(id).isEmpty(), id);
      assertTrue(PersonsBeforeLoad.read(amended, id).isEmpty(), id);
    }
    assertTrue(loaded(unlinked).person("K100000040").isPresent());
    assertTrue(loaded(amendedUnlinked).person("K100000040").isEmpty());
    assertTrue(PersonsBeforeLoad.read(amendedUnlinked, "K100000040").isEmpty());
    assertEquals(1, removedPersons.size());
    // Key 100000033's two test records, the removed person's, and a keyless one are gone.
    assertTrue(shownRecords(linked) >= shownRecords(amended) + 3);
  }

  private static long shownRecords(Path db) {
    return loaded(db).matching(org.sijil.server.model.SearchQuery.of("")).stream()
        .mapToLong(p -> p.records().size())
        .sum();
  }

  private static InMemoryRegister loaded(Path db) {
    try (PersonSearch index = PersonSearch.open(RegisterSearchIndex.directoryOf(db))) {
      return RegisterSite.load(db, index, new PrintWriter(new StringWriter()));
    }
  }

  /** Opens a site over {@code db} whose first load waits for {@code held}. */
  private static RegisterSite.Site held(Path db, CountDownLatch held) {
    return RegisterSite.open(
        db,
        ServerConfig.defaults(),
        new PrintWriter(new StringWriter()),
        RegisterSite.Options.SERVE.holding(
            () -> {
              try {
                held.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }));
  }

  /** The ids of the persons the search before the load finds first for these list keys. */
  private static List<String> idsOf(String base, List<String> keys) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String key : keys) {
      ids.add(json(base + "/api/persons?q=" + key).get("hits").get(0).get("person_id").asText());
    }
    return ids;
  }

  /** Each person's API JSON, and its English and Arabic pages after it. */
  private static void readPersons(
      String base, List<String> ids, List<JsonNode> api, List<String> pages) throws Exception {
    for (String id : ids) {
      api.add(json(base + "/api/persons/" + id));
      pages.add(body(base + "/person/" + id + "?lang=en", 200));
      pages.add(body(base + "/person/" + id + "?lang=ar", 200));
    }
  }

  @Test
  void personPagesAnswerBeforeTheLoadAsAfterItAndTheRestSaysLoading() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    RegisterSite.Site site = held(linked, held);
    var app = site.app().start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      List<String> ids = idsOf(base, List.of("100000020", "100000003", "100000040", "100000033"));
      List<JsonNode> apiBefore = new ArrayList<>();
      List<String> pagesBefore = new ArrayList<>();
      readPersons(base, ids, apiBefore, pagesBefore);
      assertEquals(404, send(base + "/api/persons/P999999", "GET").statusCode());
      for (String path :
          List.of(
              "/api/statistics",
              "/api/estimates",
              "/api/download/persons.csv",
              "/api/download/records.json")) {
        HttpResponse<String> r = send(base + path, "GET");
        assertEquals(503, r.statusCode(), path + ": " + r.body());
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(""), path);
        assertTrue(r.body().contains("still being read"), r.body());
      }
      assertEquals(503, send(base + "/api/download/persons.csv", "HEAD").statusCode());
      String en = body(base + "/statistics?lang=en", 503);
      assertTrue(en.contains("The register is loading"), en);
      assertTrue(body(base + "/memorial?lang=ar", 503).contains("السجل قيد التحميل"));
      assertTrue(body(base + "/estimates", 503).contains("id=\"loading\""));
      assertFalse(site.register().loaded(), "the register was still being read");

      held.countDown();
      site.awaitLoaded();
      assertSameAfterLoad(base, ids, apiBefore, pagesBefore);
      assertTrue(apiBefore.get(0).get("records").size() > 1, apiBefore.get(0).toString());
      assertTrue(json(base + "/api/persons/" + ids.get(0)).get("links").size() > 0);
      assertEquals(200, send(base + "/api/statistics", "GET").statusCode());
      assertEquals(200, send(base + "/memorial", "GET").statusCode());
    } finally {
      held.countDown();
      site.awaitLoaded();
      app.stop();
    }
  }

  @Test
  void correctedAndRemovedRecordsShowBeforeTheLoadAsAfterIt() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    RegisterSite.Site site = held(amendedServed, held);
    var app = site.app().start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      // Corrected name (two records), corrected age, a person left with one source's record.
      List<String> ids = idsOf(base, List.of("100000003", "100000020", "100000033"));
      List<JsonNode> apiBefore = new ArrayList<>();
      List<String> pagesBefore = new ArrayList<>();
      readPersons(base, ids, apiBefore, pagesBefore);
      assertEquals("اسم مصحح تجريبي", apiBefore.get(0).get("name_ar").asText());
      JsonNode c = apiBefore.get(0).get("corrections").get(0);
      assertEquals("family's statement", c.get("reason").asText());
      assertEquals("tester", c.get("by").asText());
      assertTrue(c.get("log_index").asLong() > 0, c.toString());
      assertFalse(c.get("old_value").asText().isBlank(), c.toString());
      assertEquals("61", apiBefore.get(1).get("corrections").get(0).get("new_value").asText());
      assertTrue(pagesBefore.get(0).contains("id=\"corrections\""), pagesBefore.get(0));
      String removed = removedPersons.get(0);
      assertEquals(404, send(base + "/api/persons/" + removed, "GET").statusCode());
      assertEquals(404, send(base + "/person/" + removed, "GET").statusCode());
      assertFalse(site.register().loaded(), "the register was still being read");

      held.countDown();
      site.awaitLoaded();
      assertSameAfterLoad(base, ids, apiBefore, pagesBefore);
      assertEquals(404, send(base + "/api/persons/" + removed, "GET").statusCode());
      assertEquals(404, send(base + "/person/" + removed, "GET").statusCode());
    } finally {
      held.countDown();
      site.awaitLoaded();
      app.stop();
    }
  }

  /** Each person's API JSON and pages read after the load equal those read before, but links. */
  private static void assertSameAfterLoad(
      String base, List<String> ids, List<JsonNode> apiBefore, List<String> pagesBefore)
      throws Exception {
    for (int i = 0; i < ids.size(); i++) {
      JsonNode after = json(base + "/api/persons/" + ids.get(i));
      JsonNode before = apiBefore.get(i);
      assertTrue(before.get("links_loading").asBoolean(), before.toString());
      assertFalse(after.has("links_loading"), after.toString());
      assertEquals(withoutLinks(after), withoutLinks(before), ids.get(i));
      for (String lang : List.of("en", "ar")) {
        String pageBefore = pagesBefore.get(2 * i + (lang.equals("en") ? 0 : 1));
        String pageAfter = body(base + "/person/" + ids.get(i) + "?lang=" + lang, 200);
        int note = pageBefore.indexOf("<p class=\"note\" id=\"person-loading\">");
        assertTrue(note > 0, pageBefore);
        assertEquals(pageAfter.substring(0, note), pageBefore.substring(0, note), ids.get(i));
        assertFalse(pageAfter.contains("person-loading"));
      }
    }
  }

  private static JsonNode withoutLinks(JsonNode person) {
    ObjectNode copy = person.deepCopy();
    copy.remove("links");
    copy.remove("links_loading");
    return copy;
  }

  private static HttpResponse<String> send(String url, String method) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String body(String url, int status) throws Exception {
    HttpResponse<String> r = send(url, "GET");
    assertEquals(status, r.statusCode(), url + ": " + r.body());
    return r.body();
  }

  private static JsonNode json(String url) throws Exception {
    return JSON.readTree(body(url, 200));
  }
}
