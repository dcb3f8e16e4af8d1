package org.sijil.server.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sijil.app.StopSignal;
import org.sijil.app.publish.WatchedState;
import org.sijil.search.PersonSearch;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.StartingRegister;

/**
 * Each (re)load of a site's register, in one place: what runs around {@link RegisterSite#load}.
 *
 * <ol>
 *   <li>The first load warms the search path first ({@link StartingRegister#warmUp}): it then runs
 *       while the web server starts on the other core, instead of after it and against the
 *       register's read (ready ≤ 3 s, issue 14).
 *   <li>The read runs in the watch's turn ({@link RegisterWatch#reading}), so a server that stops
 *       asks it to stop and waits for it: it checks the watch's {@link StopSignal} between its
 *       steps and every few thousand rows, and a read stopped publishes nothing (the view served
 *       before stays until the server has stopped).
 *   <li>The hook of {@link RegisterSite.Options#beforeLoad} runs (tests hold a load with it).
 *   <li>The watch is told, once the view is read, which index state it serves, so it knows what a
 *       later change is measured against.
 *   <li>Persons read by id before the load ({@link PersonsBeforeLoad}) close their register when
 *       the load ends, whether it succeeded or not.
 * </ol>
 */
final class SiteLoads implements UnaryOperator<InMemoryRegister> {

  private final Path db;
  private final PersonSearch search;
  private final PrintWriter out;
  private final StartingRegister starting;
  private final PersonsBeforeLoad persons;
  private final RegisterWatch watch;
  private final Consumer<StopSignal> beforeLoad;
  private boolean warmed;
  private WatchedState servedState;

  SiteLoads(
      Path db,
      PersonSearch search,
      PrintWriter out,
      StartingRegister starting,
      PersonsBeforeLoad persons,
      RegisterWatch watch,
      Consumer<StopSignal> beforeLoad) {
    this.db = db;
    this.search = search;
    this.out = out;
    this.starting = starting;
    this.persons = persons;
    this.watch = watch;
    this.beforeLoad = beforeLoad;
  }

  /**
   * One (re)load; loads take turns (the first on the load thread, later ones on reload). When
   * {@code served} is given and only analysts' amendments, review decisions or other changes that
   * move no person were made since it was read, they are applied to it ({@link AmendedView});
   * otherwise the whole register is read.
   */
  @Override
  public synchronized InMemoryRegister apply(InMemoryRegister served) {
    if (!warmed) {
      warmed = true;
      starting.warmUp();
    }
    try {
      return watch.reading(() -> read(served));
    } finally {
      persons.close();
    }
  }

  private InMemoryRegister read(InMemoryRegister served) {
    StopSignal stop = watch.stopSignal();
    beforeLoad.accept(stop);
    stop.check();
    if (served != null && servedState != null) {
      Optional<AmendedView.Amended> amended =
          AmendedView.apply(db, search, served, servedState, out);
      if (amended.isPresent()) {
        return serving(amended.get().register(), amended.get().state());
      }
    }
    RegisterSite.Read read = RegisterSite.read(db, search, out, stop);
    // Each read syncs the index with the view read, so the index holds its state.
    return serving(read.register(), new WatchedState(search.state(), read.logSize()));
  }

  private InMemoryRegister serving(InMemoryRegister view, WatchedState state) {
    servedState = state;
    watch.served(state);
    return view;
  }
}
