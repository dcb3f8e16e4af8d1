package org.sijil.server.service;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Imports an uploaded list into the register (and links it), for analysts signed in to the web
 * pages. Implemented over the application's import and link use cases ({@code
 * store.StoreImporter}); absent when the server has no register file (tests, generated demos).
 */
@FunctionalInterface
public interface Importer {

  /**
   * @param file the uploaded file, saved under its original name (the name tells its format)
   * @return what happened, in one or a few lines for the page
   * @throws org.sijil.core.UserError with a message for the analyst when the import is refused
   */
  String importList(Path file, String source, String release, LocalDate asOf, String by);

  /** The same, reporting progress to {@code progress} (a background job's status). */
  default String importList(
      Path file,
      String source,
      String release,
      LocalDate asOf,
      String by,
      org.sijil.app.ProgressListener progress) {
    return importList(file, source, release, asOf, by);
  }

  /**
   * Links every release in the register into persons (a link run as the CLI's {@code link --db}
   * does it), as {@code by}, reporting progress.
   *
   * @return what happened, in a few lines for the page
   * @throws org.sijil.core.UserError when the run is refused
   */
  default String link(String by, org.sijil.app.ProgressListener progress) {
    throw new org.sijil.core.UserError("this server has no register file to link");
  }

  /** Where the jobs of web imports are recorded: memory unless the server has a register. */
  default org.sijil.store.Jobs jobs() {
    return new org.sijil.server.jobs.InMemoryJobs();
  }
}
