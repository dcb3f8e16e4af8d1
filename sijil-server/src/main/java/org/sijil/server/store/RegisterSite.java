package org.sijil.server.store;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.sijil.app.ProgressListener;
import org.sijil.app.StopSignal;
import org.sijil.app.publish.PublishSnapshot;
import org.sijil.app.publish.WatchedState;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.search.PersonSearch;
import org.sijil.server.ServerConfig;
import org.sijil.server.SijilServer;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.ReloadableRegister;
import org.sijil.server.service.StartingRegister;
import org.sijil.store.Register;

/**
 * The server over a register file: publishes its stored snapshot, takes web imports (import then
 * link, as the signed-in analyst), writes review decisions and reads users, each through the
 * application's use cases. {@code sijil serve} and {@code sijil demo} are edges over this.
 */
public final class RegisterSite {

  private RegisterSite() {}

  /**
   * The app over a register and the register it serves, whose first snapshot may still be being
   * read ({@link #awaitLoaded}).
   */
  public record Site(Javalin app, ReloadableRegister register) {

    /** Waits until the first snapshot is served; rethrows why it could not be read. */
    public void awaitLoaded() {
      register.awaitLoaded();
    }
  }

  /**
   * Creates (does not start) the app once the register's snapshot has been read; start-up figures
   * are printed to {@code out}.
   */
  public static Javalin create(Path db, ServerConfig config, PrintWriter out) {
    Site site = open(db, config, out);
    site.awaitLoaded();
    return site.app();
  }

  /**
   * How a site loads and watches its register.
   *
   * @param beforeLoad runs first on the load's thread, at every (re)load, given the signal that
   *     asks the load to stop (tests hold a load with it)
   * @param watch how often the started server looks for changes other processes make to the
   *     register ({@link RegisterWatch})
   */
  record Options(Consumer<StopSignal> beforeLoad, Duration watch) {

    /** What {@code sijil serve} uses: no hook, the watch every {@link RegisterWatch#EVERY}. */
    static final Options SERVE = new Options(stop -> {}, RegisterWatch.EVERY);

    Options {
      java.util.Objects.requireNonNull(beforeLoad, "beforeLoad");
      if (watch == null || watch.isNegative() || watch.isZero()) {
        throw new IllegalArgumentException("the watch needs a positive interval, not " + watch);
      }
    }

    /** These options with {@code hook} run before each load. */
    Options holding(Runnable hook) {
      return holding(stop -> hook.run());
    }

    /** These options with {@code hook} run before each load, given the load's stop signal. */
    Options holding(Consumer<StopSignal> hook) {
      return new Options(hook, watch);
    }

    /** These options with the watch looking every {@code every}. */
    Options watchingEvery(Duration every) {
      return new Options(beforeLoad, every);
    }
  }

  /**
   * Creates (does not start) the app while the register's snapshot is read on another thread, so
   * the caller can start listening meanwhile; requests wait for the snapshot (serve's first answer,
   * issue 10). The one entry point: {@link #create} and the tests' sites come through here.
   */
  public static Site open(Path db, ServerConfig config, PrintWriter out) {
    return open(db, config, out, Options.SERVE);
  }

  /** As {@link #open(Path, ServerConfig, PrintWriter)}, loading and watching as {@code options}. */
  static Site open(Path db, ServerConfig config, PrintWriter out, Options options) {
    // One search index for the life of the server, next to the register; each (re)load syncs it.
    PersonSearch search = PersonSearch.open(searchDirectory(db));
    // Persons asked for before the load has ended are read from the file (kept open meanwhile).
    PersonsBeforeLoad persons = new PersonsBeforeLoad(db);
    RegisterWatch changes = new RegisterWatch(db, options.watch(), out);
    StartingRegister starting = starting(db, search, persons, out);
    ReloadableRegister register =
        ReloadableRegister.loadingInBackground(
            new SiteLoads(db, search, out, starting, persons, changes, options.beforeLoad()),
            starting);
    Javalin app =
        SijilServer.create(
            register,
            new StoreUsers(db),
            config,
            new StoreImporter(
                db, ProgressListener.NONE, reg -> new RegisterSearchIndex(search).refresh(reg)),
            register::reload,
            new StoreSuggestions(db));
    app.events(
        e -> {
          e.serverStarted(() -> changes.start(register::reload));
          // Stops the watch and asks a read of the register under way to stop, then waits for it.
          e.serverStopping(changes::close);
          // The index's write lock goes with the server, so another server (or a command) can
          // open it in this process afterwards.
          e.serverStopped(search::close);
        });
    LogRoutes.add(app, db, register::reload);
    org.sijil.server.incidents.IncidentRoutes.add(app, db, register);
    org.sijil.server.intake.IntakeRoutes.add(app, new StoreIntake(db));
    org.sijil.server.sources.SourceRoutes.add(app, db, register);
    return new Site(app, register);
  }

  /**
   * What the server answers while the register is read: search from the persisted index when it
   * holds the register's current state (import and link keep it so), the releases and source names,
   * and persons read one by one from the register ({@link PersonsBeforeLoad}). A stale or missing
   * index is brought up to date by the load, and search waits for it meanwhile.
   */
  static StartingRegister starting(
      Path db, PersonSearch search, PersonsBeforeLoad persons, PrintWriter out) {
    List<org.sijil.server.model.Release> releases;
    java.util.Map<String, org.sijil.server.model.SourceName> names;
    boolean current;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      if (new org.sijil.app.integrity.WitnessCosignatures(reg).quorum() > 0) {
        // Held-back pages (docs/integrity.md §11): the index and the stored records hold releases
        // the witnesses have not cosigned yet, so nothing is answered before the filtered view.
        out.println("A witness quorum is set: pages wait for the published view to be read.");
        out.flush();
        return StartingRegister.NONE;
      }
      current = new RegisterSearchIndex(search).upToDate(reg);
      releases = RegisterLoader.releases(reg.releases().list());
      names = sourceNames(reg);
    }
    out.println(
        current
            ? "Search index "
                + searchDirectory(db)
                + " is up to date: search answers while the register is read."
            : "Search index "
                + searchDirectory(db)
                + " is not up to date: it is brought up to date while the register is read,"
                + " and search waits for it.");
    out.flush();
    return new StartingRegister(
        current ? search : null, () -> releases, persons::read, () -> names);
  }

  /** The sources' display names as the pages show them, by source code. */
  static java.util.Map<String, org.sijil.server.model.SourceName> sourceNames(Register reg) {
    java.util.Map<String, org.sijil.server.model.SourceName> names = new java.util.HashMap<>();
    org.sijil.app.sources.NameSource.names(reg)
        .forEach(
            (code, n) ->
                names.put(
                    code, new org.sijil.server.model.SourceName(code, n.english(), n.arabic())));
    return names;
  }

  /**
   * The person with this id as a server shows it before its register is read: read by id from the
   * register now ({@link PersonsBeforeLoad}; the PostgreSQL tests compare it with the loaded view).
   */
  public static java.util.Optional<org.sijil.server.model.Person> personFromStore(
      Path db, String personId) {
    return PersonsBeforeLoad.read(db, personId);
  }

  /**
   * Where the search index of a register lives: {@code <register>.search/} beside a register file;
   * for a register on PostgreSQL (no folder beside it) in the user's {@code
   * ~/.cache/sijil/search/}, one per register URL ({@link RegisterSearchIndex#directoryOf}).
   */
  public static Path searchDirectory(Path db) {
    return RegisterSearchIndex.directoryOf(db);
  }

  /**
   * Reads the register's published snapshot into memory and brings {@code search} up to date with
   * it ({@link RegisterSearchIndex}: nothing is built when import and link already did), saying how
   * long each phase took.
   */
  public static InMemoryRegister load(Path db, PersonSearch search, PrintWriter out) {
    return read(db, search, out).register();
  }

  /** A view read whole, and the size of the register's log before it was read. */
  record Read(InMemoryRegister register, long logSize) {}

  /**
   * As {@link #load}, also giving the log's size read first (the watch's part of the state, {@link
   * WatchedState}): a change stored during the read is then seen at the watch's next look.
   */
  static Read read(Path db, PersonSearch search, PrintWriter out) {
    return read(db, search, out, StopSignal.NEVER);
  }

  /**
   * As {@link #read(Path, PersonSearch, PrintWriter)}, checking {@code stop} between its steps and
   * while it reads and shapes records: asked to stop, it closes the register and throws {@link
   * StopSignal.Stopped} without touching the search index. A sync of the index already under way
   * runs to its end (Lucene's writer; the index stays consistent either way).
   */
  static Read read(Path db, PersonSearch search, PrintWriter out, StopSignal stop) {
    long start = System.nanoTime();
    PublishSnapshot.Snapshot snap;
    String stamp;
    java.util.Map<String, org.sijil.server.model.SourceName> names;
    long logSize;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      logSize = WatchedState.logSize(reg);
      snap = new PublishSnapshot(reg).read(stop);
      stamp = org.sijil.app.integrity.LogStamp.of(reg).orElse(null);
      names = sourceNames(reg);
    }
    long read = System.nanoTime();
    stop.check();
    RegisterLoader.Loaded loaded = RegisterLoader.load(snap, db, stop);
    long shaped = System.nanoTime();
    var data = loaded.data().withLogStamp(stamp).withSourceNames(names);
    stop.check();
    PersonSearch.SyncResult sync = new RegisterSearchIndex(search).refresh(snap);
    InMemoryRegister served = new InMemoryRegister(data, new StoreReviews(db), search, sync);
    long indexed = System.nanoTime();
    out.printf(
        "Loaded %,d persons (%,d records) from %,d releases of %s in %.1f s"
            + " (read %.1f s, persons %.1f s, index %.1f s).%n",
        data.persons().size(),
        data.persons().stream().mapToLong(p -> p.records().size()).sum(),
        data.releases().size(),
        Register.shown(db),
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
    out.println(RegisterSearchIndex.describe(searchDirectory(db), sync));
    out.flush();
    return new Read(served, logSize);
  }
}
