package org.sijil.server.store;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.sijil.app.ProgressListener;
import org.sijil.app.publish.PublishSnapshot;
import org.sijil.search.PersonSearch;
import org.sijil.server.ServerConfig;
import org.sijil.server.SijilServer;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.ReloadableRegister;
import org.sijil.store.Register;

/**
 * The server over a register file: publishes its stored snapshot, takes web imports (import then
 * link, as the signed-in analyst), writes review decisions and reads users, each through the
 * application's use cases. {@code sijil serve} and {@code sijil demo} are edges over this.
 */
public final class RegisterSite {

  private RegisterSite() {}

  /** Creates (does not start) the app; start-up figures are printed to {@code out}. */
  public static Javalin create(Path db, ServerConfig config, PrintWriter out) {
    // One search index for the life of the server, next to the register; each (re)load syncs it.
    PersonSearch search = PersonSearch.open(searchDirectory(db));
    ReloadableRegister register = new ReloadableRegister(() -> load(db, search, out));
    Javalin app =
        SijilServer.create(
            register,
            new StoreUsers(db),
            config,
            new StoreImporter(db, ProgressListener.NONE),
            register::reload);
    LogRoutes.add(app, db);
    return app;
  }

  /**
   * Where the search index of a register lives: {@code <register>.search/} beside a register file;
   * for a PostgreSQL register (no folder beside it) under the temporary directory, one per register
   * URL ({@code sijil-search-<url as a file name>}), rebuilt when absent.
   */
  public static Path searchDirectory(Path db) {
    if (Register.isPostgres(db)) {
      return Path.of(
          System.getProperty("java.io.tmpdir"),
          "sijil-search-" + db.toString().replaceAll("[^A-Za-z0-9._-]", "_"));
    }
    return db.resolveSibling(db.getFileName() + ".search");
  }

  /**
   * Reads the register's published snapshot into memory and brings {@code search} up to date with
   * it, saying how long each phase took.
   */
  public static InMemoryRegister load(Path db, PersonSearch search, PrintWriter out) {
    long start = System.nanoTime();
    PublishSnapshot.Snapshot snap;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      snap = new PublishSnapshot(reg).read();
    }
    long read = System.nanoTime();
    RegisterLoader.Loaded loaded = RegisterLoader.load(snap, db);
    long shaped = System.nanoTime();
    var data = loaded.data();
    InMemoryRegister served = new InMemoryRegister(data, new StoreReviews(db), search);
    PersonSearch.SyncResult sync = served.searchSync();
    long indexed = System.nanoTime();
    out.printf(
        "Loaded %,d persons (%,d records) from %,d releases of %s in %.1f s"
            + " (read %.1f s, persons %.1f s, index %.1f s).%n",
        data.persons().size(),
        data.persons().stream().mapToLong(p -> p.records().size()).sum(),
        data.releases().size(),
        db,
        (indexed - start) / 1e9,
        (read - start) / 1e9,
        (shaped - read) / 1e9,
        (indexed - shaped) / 1e9);
    if (!loaded.linked()) {
      out.println(
          "The register is not linked yet: records are grouped by their list key only."
              + " Link it for persons linked by the model.");
    }
    if (data.estimate() == null && loaded.estimateNote() != null) {
      out.println("No estimate: " + loaded.estimateNote() + ".");
    }
    out.println(
        sync.upToDate()
            ? "Search index " + searchDirectory(db) + " is up to date."
            : "Search index "
                + searchDirectory(db)
                + " updated: "
                + sync.added()
                + " added, "
                + sync.replaced()
                + " replaced, "
                + sync.deleted()
                + " deleted.");
    out.flush();
    return served;
  }
}
