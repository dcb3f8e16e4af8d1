package org.sijil.app.search;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.sijil.app.RegisterChanged;
import org.sijil.app.publish.PublishSnapshot;
import org.sijil.search.PersonSearch;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: bring a register's search index up to date with what the register publishes. The index
 * is synced by person id ({@link PersonSearch#sync(java.util.Collection, String)}: new persons
 * added, changed ones replaced, moved ones renumbered, gone ones deleted) and stamped with the
 * register's {@link #state}; while the stamp matches, nothing is built or read.
 *
 * <p>Import and link call it through {@link #listener} (command line) or with the server's open
 * index, so a server started on a freshly linked register finds its index current.
 */
public final class RegisterSearchIndex {

  /**
   * Version of the documents built from a snapshot ({@link SearchDocuments}); part of the state, so
   * changing how documents are built makes every index catch up once.
   */
  static final String DOCUMENTS_VERSION = "documents-2";

  private static final String AMENDED = ";amended=";

  private final PersonSearch search;

  /** The use case over an open index (the caller closes it). */
  public RegisterSearchIndex(PersonSearch search) {
    this.search = search;
  }

  /**
   * Where the search index of a register lives: {@code <register>.search/} beside a register file;
   * for a register on a database server (a {@code postgresql:} location, which has no folder of its
   * own), in the user's {@code ~/.cache/sijil/search/}, named after the location.
   */
  public static Path directoryOf(Path db) {
    if (Register.isPostgres(db)) {
      return Path.of(System.getProperty("user.home"), ".cache", "sijil", "search")
          .resolve(db.toString().replaceAll("[^A-Za-z0-9.-]", "_"));
    }
    return db.resolveSibling(db.getFileName() + ".search");
  }

  /** Brings the index up to date with the register's published snapshot. */
  public PersonSearch.SyncResult refresh(Register reg) {
    return refresh(new PublishSnapshot(reg).read());
  }

  /**
   * Brings the index up to date with {@code snap}: nothing is built when the index already holds
   * this state of the register.
   */
  public PersonSearch.SyncResult refresh(PublishSnapshot.Snapshot snap) {
    String state = state(snap);
    if (state.equals(search.state())) {
      return PersonSearch.SyncResult.upToDate(search.size());
    }
    return search.sync(SearchDocuments.of(snap), state);
  }

  /** True when the index holds this state of the register. */
  public boolean upToDate(PublishSnapshot.Snapshot snap) {
    return state(snap).equals(search.state());
  }

  /** True when the index holds the register's current state ({@link #state(Register)}). */
  public boolean upToDate(Register reg) {
    return state(reg).equals(search.state());
  }

  /**
   * The register's version as far as search is concerned: its releases (id, file digest, rows) and
   * its latest link run, of the releases published ({@code PublishedReleases}), and the latest
   * analyst's amendment. Every change that moves a person (an import, a link run, a reviewed merge
   * or split, which takes effect at the next run) changes it; a review decision alone does not.
   */
  public static String state(PublishSnapshot.Snapshot snap) {
    long lastRun = snap.runs().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    return state(snap.records().releases(), lastRun) + AMENDED + snap.amendments();
  }

  /**
   * The same version read straight from the register (its releases and link runs only, no record):
   * what a starting server compares with the index's state to serve search at once.
   */
  public static String state(Register reg) {
    return state(reg, reg.amendments().lastId());
  }

  /** {@link #state(Register)} with {@code amendments} as the latest amendment's id. */
  public static String state(Register reg, long amendments) {
    long lastRun = reg.linkage().runs().stream().mapToLong(Linkage.RunInfo::id).max().orElse(0);
    return state(org.sijil.app.integrity.PublishedReleases.of(reg), lastRun) + AMENDED + amendments;
  }

  /** A state without its amendments part: what stays when only amendments change. */
  public static String withoutAmendments(String state) {
    int at = state.lastIndexOf(AMENDED);
    return at < 0 ? state : state.substring(0, at);
  }

  /** The latest amendment's id a state names; -1 when it names none. */
  public static long amendmentsOf(String state) {
    int at = state.lastIndexOf(AMENDED);
    if (at < 0) {
      return -1;
    }
    try {
      return Long.parseLong(state.substring(at + AMENDED.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String state(java.util.List<Release> releases, long lastRun) {
    StringBuilder sb = new StringBuilder(DOCUMENTS_VERSION);
    for (Release r : releases) {
      sb.append(';')
          .append(r.id())
          .append(':')
          .append(r.sha256())
          .append(':')
          .append(r.rowsImported());
    }
    sb.append(";run=").append(lastRun);
    return sb.toString();
  }

  /**
   * A listener that refreshes the index in {@code dir}, opening it for the call. When the index
   * cannot be opened (a running server holds it) the change is noted, not failed: that server
   * brings the index up to date when it next loads the register.
   */
  public static RegisterChanged listener(Path dir, Consumer<String> note) {
    return reg -> {
      PersonSearch.SyncResult r;
      try (PersonSearch search = PersonSearch.open(dir)) {
        r = new RegisterSearchIndex(search).refresh(reg);
      } catch (UncheckedIOException e) {
        note.accept(
            "search index "
                + dir
                + " not updated ("
                + e.getMessage()
                + "); the server updates it when it next loads the register");
        return;
      }
      note.accept(describe(dir, r));
    };
  }

  /** One line saying what a refresh did. */
  public static String describe(Path dir, PersonSearch.SyncResult r) {
    return r.upToDate()
        ? "Search index " + dir + " is up to date."
        : String.format(
            "Search index %s updated: %,d added, %,d replaced, %,d renumbered, %,d deleted.",
            dir, r.added(), r.replaced(), r.renumbered(), r.deleted());
  }
}
