package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sijil.cli.SijilMain;
import org.sijil.core.UserError;
import org.sijil.search.PersonSearch;
import org.sijil.server.ServerConfig;
import org.sijil.server.SijilServer;
import org.sijil.server.service.Importer;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.ReloadableRegister;
import org.sijil.server.store.RegisterLoader;
import org.sijil.server.store.StoreReviews;
import org.sijil.server.store.StoreUsers;
import org.sijil.store.Register;

/** Loads a register file into memory and serves it (shared by serve and demo). */
final class RegisterServing {

  private RegisterServing() {}

  static Javalin serve(Path db, String bind, int port, boolean wait, PrintWriter out) {
    // One index for the life of the server, next to the register; every (re)load brings it up to date.
    PersonSearch search = PersonSearch.open(searchDirectory(db));
    ReloadableRegister register = new ReloadableRegister(() -> load(db, search, out));
    Importer importer = (file, source, release, asOf, by) -> importAndLink(db, file, source, release, asOf);
    return ServerRunner.run(
        () -> SijilServer.create(register, new StoreUsers(db), ServerConfig.defaults(), importer, register::reload), bind, port, wait, out);
  }

  /** Where the search index of a register lives: {@code <register>.search/} beside it. */
  static Path searchDirectory(Path db) {
    return db.resolveSibling(db.getFileName() + ".search");
  }

  private static InMemoryRegister load(Path db, PersonSearch search, PrintWriter out) {
    long start = System.nanoTime();
    RegisterLoader.Loaded loaded;
    try (Register reg = Register.open(db)) {
      loaded = RegisterLoader.load(reg, db);
    }
    var data = loaded.data();
    out.printf(
        "Loaded %,d persons (%,d records) from %,d releases of %s in %.1f s.%n",
        data.persons().size(),
        data.persons().stream().mapToLong(p -> p.records().size()).sum(),
        data.releases().size(),
        db,
        (System.nanoTime() - start) / 1e9);
    if (!loaded.linked()) {
      out.println("The register is not linked yet: records are grouped by their list key only."
          + " Run 'sijil link --db " + db + "' for persons linked by the model.");
    }
    if (data.estimate() == null && loaded.estimateNote() != null) {
      out.println("No estimate: " + loaded.estimateNote() + ".");
    }
    long indexing = System.nanoTime();
    InMemoryRegister register = new InMemoryRegister(data, new StoreReviews(db), search);
    PersonSearch.SyncResult sync = register.searchSync();
    out.printf(sync.upToDate()
            ? "Search index %s is up to date (%.1f s).%n"
            : "Search index %s updated: " + sync.added() + " added, " + sync.replaced() + " replaced, " + sync.deleted() + " deleted (%.1f s).%n",
        searchDirectory(db), (System.nanoTime() - indexing) / 1e9);
    out.flush();
    return register;
  }

  /** 'sijil import' then 'sijil link --db' (incremental); their summaries, or a UserError. */
  private static synchronized String importAndLink(Path db, Path file, String source, String release, LocalDate asOf) {
    List<String> args = new ArrayList<>(List.of("import", file.toString(), "--source", source, "--release", release, "--db", db.toString()));
    if (asOf != null) {
      args.add("--as-of");
      args.add(asOf.toString());
    }
    String imported = run(args.toArray(String[]::new));
    String linked = run("link", "--db", db.toString());
    return imported.strip() + "\n\n" + linked.strip();
  }

  private static String run(String... args) {
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    int code = SijilMain.execute(args, new PrintWriter(so), new PrintWriter(se));
    if (code != 0) {
      String message = se.toString().strip();
      throw new UserError(message.isEmpty() ? "'sijil " + args[0] + "' failed (exit " + code + ")" : message.replaceFirst("^sijil: ", ""));
    }
    return so.toString() + se.toString();
  }
}
