package org.sijil.server.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.Statistics;

/**
 * A register that can be read again from its source (after an import through the pages) and swapped
 * in whole; requests in flight finish on the old snapshot.
 */
public final class ReloadableRegister implements RegisterService {

  private static final CompletableFuture<InMemoryRegister> TAKEN =
      CompletableFuture.completedFuture(null);

  private final UnaryOperator<InMemoryRegister> loader;

  /**
   * The first read while it runs; once its view is taken into {@link #current}, a completed empty
   * future, so a reload does not keep the first view alive beside the current one.
   */
  private volatile CompletableFuture<InMemoryRegister> first;

  private final StartingRegister starting;
  private volatile InMemoryRegister current;
  private volatile long generation;

  /** Reads the register now; the constructor returns once the first snapshot is served. */
  public ReloadableRegister(Supplier<InMemoryRegister> loader) {
    this(
        served -> loader.get(),
        CompletableFuture.completedFuture(loader.get()),
        StartingRegister.NONE);
  }

  private ReloadableRegister(
      UnaryOperator<InMemoryRegister> loader,
      CompletableFuture<InMemoryRegister> first,
      StartingRegister starting) {
    this.loader = loader;
    this.first = first;
    this.starting = starting;
    this.current = first.getNow(null);
    if (current != null) {
      this.first = TAKEN;
    }
  }

  /**
   * Starts reading the register on its own thread and returns at once, so the web server can start
   * (and JVM, DuckDB and Javalin warm up) while the snapshot is read; a request that arrives before
   * the snapshot is ready waits for it, so every answer is a real one. {@link #awaitLoaded} says
   * when it is ready, or rethrows why it could not be read.
   */
  public static ReloadableRegister loadingInBackground(Supplier<InMemoryRegister> loader) {
    return loadingInBackground(loader, StartingRegister.NONE);
  }

  /**
   * As {@link #loadingInBackground(Supplier)}, but what {@code starting} can answer (search from an
   * up-to-date persisted index, releases, a person by id) is answered at once while the snapshot is
   * read; everything else waits for it.
   */
  public static ReloadableRegister loadingInBackground(
      Supplier<InMemoryRegister> loader, StartingRegister starting) {
    return loadingInBackground(served -> loader.get(), starting);
  }

  /**
   * As {@link #loadingInBackground(Supplier, StartingRegister)}, with a loader that is given the
   * view served (null for the first read), so a reload can change just what changed in it.
   */
  public static ReloadableRegister loadingInBackground(
      UnaryOperator<InMemoryRegister> loader, StartingRegister starting) {
    CompletableFuture<InMemoryRegister> first = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              InMemoryRegister loaded;
              try {
                loaded = loader.apply(null);
              } catch (RuntimeException | Error e) {
                first.completeExceptionally(e);
                return;
              }
              first.complete(loaded);
              prepare(loaded);
            },
            "sijil-register-load");
    reader.setDaemon(true);
    reader.start();
    return new ReloadableRegister(loader, first, starting);
  }

  /** True once the first snapshot is served (or failed to be read). */
  public boolean loaded() {
    return current != null || first.isDone();
  }

  /**
   * True while the first snapshot is still being read and this register answers some requests
   * before it ({@link StartingRegister#answersBeforeLoad}); the others then say so.
   */
  @Override
  public boolean loading() {
    return !loaded() && starting.answersBeforeLoad();
  }

  /** The served snapshot, or null while the first one is still being read. */
  private InMemoryRegister loadedOrNull() {
    return loaded() ? snapshot() : null;
  }

  /** Waits until the first snapshot is served; rethrows the error that stopped it being read. */
  public void awaitLoaded() {
    snapshot();
  }

  /**
   * Reads the register again (the loader is given the view served, so it may change just what
   * changed in it) and serves the new snapshot.
   */
  public void reload() {
    InMemoryRegister served;
    synchronized (this) {
      served = loader.apply(snapshot());
      current = served;
      generation++;
    }
    Thread preparing = new Thread(() -> prepare(served), "sijil-explanations");
    preparing.setDaemon(true);
    preparing.start(); // the job that asked for the reload ends without waiting for it
  }

  /**
   * Builds what explaining a link needs (the stored model's linkage job) in the background once the
   * view is served, so no reader's page waits for it; a failure is left for the page that asks,
   * which says it.
   */
  private static void prepare(InMemoryRegister served) {
    try {
      served.data().explanations().prepare();
    } catch (RuntimeException e) {
      // the first explanation tries again and reports it to its reader
    }
  }

  private InMemoryRegister snapshot() {
    InMemoryRegister served = current;
    if (served != null) {
      return served;
    }
    try {
      served = first.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
    synchronized (this) {
      if (current == null) {
        current = served;
      }
      first = TAKEN;
      return current;
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    InMemoryRegister served = loadedOrNull();
    if (served == null && starting.searches()) {
      return starting.search(query);
    }
    return snapshot().search(query);
  }

  @Override
  public List<Person> matching(SearchQuery query) {
    return snapshot().matching(query);
  }

  @Override
  public Optional<Person> person(String personId) {
    InMemoryRegister served = loadedOrNull();
    if (served == null && starting.person() != null) {
      return starting.person().apply(personId);
    }
    return snapshot().person(personId);
  }

  @Override
  public List<Release> releases() {
    InMemoryRegister served = loadedOrNull();
    if (served == null && starting.releases() != null) {
      return starting.releases().get();
    }
    return snapshot().releases();
  }

  @Override
  public Optional<ReleaseDiff> diff(String source, String from, String to) {
    return snapshot().diff(source, from, to);
  }

  @Override
  public Optional<org.sijil.app.corrections.Corrections> corrections(String source) {
    return snapshot().corrections(source);
  }

  @Override
  public Statistics statistics() {
    return snapshot().statistics();
  }

  @Override
  public Optional<PublishedEstimate> estimate() {
    return snapshot().estimate();
  }

  @Override
  public Optional<String> estimateNote() {
    return snapshot().estimateNote();
  }

  @Override
  public List<ReviewItem> reviewQueue() {
    return snapshot().reviewQueue();
  }

  @Override
  public List<ReviewItem> reviewsOf(Collection<String> recordIds) {
    return snapshot().reviewsOf(recordIds);
  }

  @Override
  public Optional<String> logStamp() {
    return snapshot().logStamp();
  }

  @Override
  public java.util.Map<String, org.sijil.server.model.SourceName> sourceNames() {
    InMemoryRegister served = loadedOrNull();
    if (served == null && starting.sourceNames() != null) {
      return starting.sourceNames().get();
    }
    if (served == null && starting.searches()) {
      // Pages answered before the register is read (search) show source codes, not names, rather
      // than wait for the whole register.
      return java.util.Map.of();
    }
    return snapshot().sourceNames();
  }

  @Override
  public Optional<ReviewItem> reviewItem(String pairId) {
    return snapshot().reviewItem(pairId);
  }

  @Override
  public ReviewItem decide(String pairId, String decision, String note, String decidedBy) {
    return snapshot().decide(pairId, decision, note, decidedBy);
  }

  @Override
  public long version() {
    // Changes with every reload as well as every decision, so ETags never repeat across snapshots.
    return (generation << 32) ^ snapshot().version();
  }
}
