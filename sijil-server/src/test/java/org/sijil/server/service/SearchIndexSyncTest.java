package org.sijil.server.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.publish.PublishSnapshot;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.app.search.SearchDocuments;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.search.PersonSearch;
import org.sijil.search.SearchDocument;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.store.RegisterLoader;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * The search index follows import and link through the application layer: the documents the
 * application builds from a snapshot are the server's persons, in the server's order; after import
 * and link a server load finds the index current and builds nothing; a second release updates it by
 * person id. Names are artificial (common parts combined, family "تجريبي", "Test").
 */
class SearchIndexSyncTest {

  @TempDir Path dir;

  private static final Actor TESTER = new Actor("tester");

  private Path release(String name, int from, int to) throws Exception {
    Path csv = dir.resolve(name + ".csv");
    StringBuilder s = new StringBuilder("id,name,en_name,age,sex\n");
    String[] given = {"سامي", "نادر", "هالة", "رامي", "سلمى"};
    String[] latin = {"Sami", "Nader", "Hala", "Rami", "Salma"};
    String[] father = {"خالد", "يوسف", "حسن", "عمر"};
    String[] latinFather = {"Khaled", "Yousef", "Hasan", "Omar"};
    String[] family = {"تجريبي", "مثالي", "افتراضي", "اختباري"};
    for (int i = from; i <= to; i++) {
      s.append(100000000 + i)
          .append(',')
          .append(given[i % 5])
          .append(' ')
          .append(father[i / 5 % 4])
          .append(' ')
          .append(family[i / 20 % 4])
          .append(",")
          .append(latin[i % 5])
          .append(' ')
          .append(latinFather[i / 5 % 4])
          .append(" Test")
          .append(',')
          .append(20 + i % 50)
          .append(',')
          .append(i % 5 == 2 || i % 5 == 4 ? "F" : "M")
          .append('\n');
    }
    Files.writeString(csv, s, StandardCharsets.UTF_8);
    return csv;
  }

  private static ImportRelease.Request request(Path csv, String label) {
    return new ImportRelease.Request(csv, "test", label, null, ReadOptions.defaults(), false);
  }

  @Test
  void importAndLinkKeepTheIndexInStepSoALoadBuildsNothing() throws Exception {
    Path db = dir.resolve("r.db");
    Path index = RegisterSearchIndex.directoryOf(db);
    List<String> notes = new ArrayList<>();
    var listener = RegisterSearchIndex.listener(index, notes::add);
    try (Register reg = Register.open(db)) {
      new ImportRelease(reg, listener).run(request(release("a", 1, 60), "r1"), TESTER, NONE);
      assertSameAsServer(reg);
      new LinkRegister(reg, listener)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              TESTER,
              NONE);
      assertSameAsServer(reg);
    }
    assertEquals(2, notes.size(), notes.toString());
    assertTrue(notes.get(1).contains("updated"), notes.toString());

    StringWriter out = new StringWriter();
    try (PersonSearch search = PersonSearch.open(index)) {
      InMemoryRegister served = RegisterSite.load(db, search, new PrintWriter(out));
      assertTrue(served.searchSync().upToDate(), out.toString());
      assertTrue(out.toString().contains("is up to date"), out.toString());
      // Hits are resolved by register position and id: the application's order is the server's.
      var hits = served.search(SearchQuery.of("100000011")).hits();
      assertEquals(1, hits.size(), "a search on the synced index finds the person");
      assertEquals("نادر حسن تجريبي", hits.get(0).person().nameAr());
      assertFalse(served.search(SearchQuery.of("Nader")).hits().isEmpty());
    }

    // A second release overlapping the first: persons are added and changed by id, not rebuilt.
    notes.clear();
    try (Register reg = Register.open(db)) {
      new ImportRelease(reg).run(request(release("b", 41, 80), "r2"), TESTER, NONE);
      new LinkRegister(reg, listener)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              TESTER,
              NONE);
      assertSameAsServer(reg);
      try (PersonSearch search = PersonSearch.open(index)) {
        assertTrue(
            new RegisterSearchIndex(search).upToDate(new PublishSnapshot(reg).read()),
            "the link brought the index up to date");
        assertEquals(SearchDocuments.of(new PublishSnapshot(reg).read()).size(), search.size());
      }
    }
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("updated"), notes.toString());
  }

  @Test
  void aLockedIndexIsNotedAndTheLinkStillSucceeds() throws Exception {
    Path db = dir.resolve("r.db");
    Path index = RegisterSearchIndex.directoryOf(db);
    List<String> notes = new ArrayList<>();
    try (PersonSearch held = PersonSearch.open(index);
        Register reg = Register.open(db)) {
      new ImportRelease(reg, RegisterSearchIndex.listener(index, notes::add))
          .run(request(release("a", 1, 10), "r1"), TESTER, NONE);
      assertEquals(0, held.size());
    }
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("not updated"), notes.get(0));
  }

  private static final ProgressListener NONE = ProgressListener.NONE;

  /** The application's documents are the server's persons, one for one, in the same order. */
  private static void assertSameAsServer(Register reg) {
    PublishSnapshot.Snapshot snap = new PublishSnapshot(reg).read();
    List<SearchDocument> app = SearchDocuments.of(snap);
    List<SearchDocument> server =
        PersonDocuments.of(RegisterLoader.load(snap, null).data().persons());
    assertEquals(server, app);
  }
}
