package org.sijil.server.store;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.service.Importer;
import org.sijil.store.Register;

/**
 * Imports an uploaded list into the register file and links it (incrementally), as the signed-in
 * analyst: the application's import and link use cases, called directly. One import at a time; the
 * file is opened for the import only, so the server holds no lock in between.
 */
public final class StoreImporter implements Importer {

  private final Path db;
  private final ProgressListener listener;
  private final org.sijil.app.RegisterChanged changed;

  /**
   * @param listener receives the use cases' progress (the server's job status)
   */
  public StoreImporter(Path db, ProgressListener listener) {
    this(db, listener, org.sijil.app.RegisterChanged.NONE);
  }

  /**
   * @param changed told once the new release is linked (the server's search index)
   */
  public StoreImporter(Path db, ProgressListener listener, org.sijil.app.RegisterChanged changed) {
    this.db = db;
    this.listener = listener;
    this.changed = changed;
  }

  @Override
  public String importList(Path file, String source, String release, LocalDate asOf, String by) {
    return importList(file, source, release, asOf, by, listener);
  }

  /** Jobs recorded in the register. */
  @Override
  public org.sijil.store.Jobs jobs() {
    return new StoreJobs(db);
  }

  @Override
  public synchronized String importList(
      Path file,
      String source,
      String release,
      LocalDate asOf,
      String by,
      ProgressListener listener) {
    Actor actor = new Actor(by);
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      Register reg = opened.register();
      ImportRelease.Summary s =
          new ImportRelease(reg)
              .run(
                  new ImportRelease.Request(
                      file, source, release, asOf, ReadOptions.defaults(), false),
                  actor,
                  listener);
      LinkRegister.Result r =
          new LinkRegister(reg, changed).run(LinkRegister.Options.defaults(), actor, listener);
      return imported(s) + String.format("%n%n") + linked(r) + unmappedLines(s);
    }
  }

  /** A link run over the whole register, as {@code by} (the web's link jobs). */
  @Override
  public synchronized String link(String by, ProgressListener listener) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      LinkRegister.Result r =
          new LinkRegister(opened.register(), changed)
              .run(LinkRegister.Options.defaults(), new Actor(by), listener);
      return linked(r) + " (by " + by + ")";
    }
  }

  private static String imported(ImportRelease.Summary s) {
    return String.format(
        "%s %s / %s: %,d rows read, %,d imported, %,d rejected, %,d warnings (by %s)",
        s.status(),
        s.source(),
        s.release(),
        s.read(),
        s.imported(),
        s.rejected(),
        s.warnings(),
        s.importedBy());
  }

  private static String linked(LinkRegister.Result r) {
    return String.format(
        "%,d records, %,d persons; %,d records linked now, %,d new persons, %,d persons merged,"
            + " %,d pairs queued for review",
        r.records(), r.persons(), r.linkedNow(), r.newPersons(), r.merged(), r.queued());
  }

  /**
   * One line per column of the file that fed no field, as the CLI's import table lists them
   * ("unmapped column 'remarks' (column 4, e.g. 'home', 'street')"), so the analyst sees a column
   * left out.
   */
  private static String unmappedLines(ImportRelease.Summary s) {
    StringBuilder out = new StringBuilder();
    for (org.sijil.ingest.UnmappedColumn u : s.unmappedColumns()) {
      out.append(System.lineSeparator()).append("unmapped column ").append(u.describe());
    }
    return out.toString();
  }
}
