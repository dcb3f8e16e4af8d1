package org.sijil.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.ShownPersons;
import org.sijil.server.service.StartingRegister;
import org.sijil.store.Register;

/**
 * Search from the persisted index alone (issue 14): a server whose index import and link kept
 * current answers search on a real port while its register is still being read (the read is held by
 * a latch), and every hit made from the index's stored view equals the one made from the person in
 * memory, and the pages name the source as the loaded register will. Names are artificial (common
 * parts combined, family "تجريبي", "Test").
 */
class ServeBeforeLoadTest {

  @TempDir static Path dir;
  static Path db;
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String LIST_EN = "Test list one";
  static final String LIST_AR = "القائمة التجريبية";

  @BeforeAll
  static void register() throws Exception {
    db = dir.resolve("r.db");
    Path csv = dir.resolve("a.csv");
    StringBuilder s = new StringBuilder("id,name,en_name,age,sex,date_of_death\n");
    String[] given = {"سامي", "نادر", "هالة", "رامي", "سلمى"};
    String[] latin = {"Sami", "Nader", "Hala", "Rami", "Salma"};
    String[] father = {"خالد", "يوسف", "حسن", "عمر"};
    String[] latinFather = {"Khaled", "Yousef", "Hasan", "Omar"};
    for (int i = 1; i <= 60; i++) {
      s.append(100000000 + i).append(',');
      s.append(given[i % 5]).append(' ').append(father[i / 5 % 4]).append(" تجريبي,");
      s.append(latin[i % 5]).append(' ').append(latinFather[i / 5 % 4]).append(" Test,");
      s.append(i % 7 == 0 ? "8 months" : Integer.toString(20 + i % 50)).append(',');
      s.append(i % 5 == 2 || i % 5 == 4 ? "F" : "M").append(',');
      s.append("2024-0").append(1 + i % 9).append("-1").append(i % 10).append('\n');
    }
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    Actor tester = new Actor("tester");
    var listener = RegisterSearchIndex.listener(RegisterSearchIndex.directoryOf(db), note -> {});
    try (Register reg = Register.open(db)) {
      new ImportRelease(reg, listener)
          .run(
              new ImportRelease.Request(csv, "test", "r1", null, ReadOptions.defaults(), false),
              tester,
              ProgressListener.NONE);
      new LinkRegister(reg, listener)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              tester,
              ProgressListener.NONE);
      new org.sijil.app.sources.NameSource(reg).name("test", LIST_EN, LIST_AR, tester);
    }
  }

  @Test
  void searchAnswersOnARealServerBeforeTheRegisterIsRead() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    StringWriter out = new StringWriter();
    RegisterSite.Site site =
        RegisterSite.open(
            db,
            ServerConfig.defaults(),
            new PrintWriter(out),
            RegisterSite.Options.SERVE.holding(
                () -> {
                  try {
                    held.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    var app = site.app().start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      JsonNode byId = get(base + "/api/persons?q=100000011");
      assertEquals(1, byId.get("hits").size(), byId.toString());
      JsonNode hit = byId.get("hits").get(0);
      assertEquals("نادر حسن تجريبي", hit.get("name_ar").asText());
      assertEquals("Nader Hasan Test", hit.get("name_en").asText());
      assertEquals("100000011", hit.get("records").get(0).get("key").asText());
      JsonNode byName = get(base + "/api/persons?q=" + enc("هالة يوسف"));
      assertTrue(byName.get("hits").size() > 0, byName.toString());
      assertTrue(byName.get("hits").get(0).get("reasons").size() > 0, byName.toString());
      String page = text(base + "/?q=" + enc("Nader Hasan"));
      assertTrue(page.contains("نادر حسن تجريبي"), page);
      // the source's names are read at start, so the early pages name it, not show its code
      assertTrue(text(base + "/?lang=en&q=" + enc("Nader Hasan")).contains(LIST_EN), page);
      assertTrue(text(base + "/?lang=ar&q=" + enc("Nader Hasan")).contains(LIST_AR), page);
      assertFalse(site.register().loaded(), "the register was still being read");
      assertTrue(out.toString().contains("is up to date"), out.toString());
    } finally {
      held.countDown();
      site.awaitLoaded();
      app.stop();
    }
  }

  @Test
  void aHitFromTheStoredViewEqualsTheHitFromThePersonInMemory() {
    try (PersonSearch index = PersonSearch.open(RegisterSearchIndex.directoryOf(db))) {
      InMemoryRegister served = RegisterSite.load(db, index, new PrintWriter(new StringWriter()));
      int compared = 0;
      for (String q : List.of("100000011", "هالة", "Sami Khaled", "رامي عمر تجريبي", "")) {
        SearchQuery query = SearchQuery.of(q);
        SearchResult memory = served.search(query);
        SearchResult stored = StartingRegister.search(index, query);
        assertEquals(memory.total(), stored.total(), q);
        assertEquals(memory.hits().size(), stored.hits().size(), q);
        for (int i = 0; i < memory.hits().size(); i++) {
          SearchResult.Hit m = memory.hits().get(i);
          SearchResult.Hit s = stored.hits().get(i);
          assertEquals(ShownPersons.of(m.person()), ShownPersons.of(s.person()), q);
          assertEquals(m.person().sources(), s.person().sources(), q);
          assertEquals(m.score(), s.score(), q);
          assertEquals(m.reasons(), s.reasons(), q);
          compared++;
        }
      }
      assertTrue(compared >= 10, "hits compared: " + compared);
    }
  }

  @Test
  void theSearchPathIsWarmedOnceBeforeTheRegisterIsReadWhenTheIndexIsCurrent(@TempDir Path copy)
      throws Exception {
    // A copy: a server of another test may still hold the index's write lock.
    try (var files = Files.list(RegisterSearchIndex.directoryOf(db))) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    try (PersonSearch index = PersonSearch.open(copy)) {
      assertEquals(
          StartingRegister.WARM_UP_QUERIES.size(),
          new StartingRegister(index, null, null, null).warmUp());
    }
    assertEquals(0, StartingRegister.NONE.warmUp(), "no index before the load: nothing to warm");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String text(String url) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static JsonNode get(String url) throws Exception {
    return JSON.readTree(text(url));
  }
}
