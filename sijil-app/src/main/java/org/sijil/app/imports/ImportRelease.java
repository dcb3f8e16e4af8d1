package org.sijil.app.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.core.record.RowWarning;
import org.sijil.ingest.FileDigest;
import org.sijil.ingest.Layout;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ListReader;
import org.sijil.ingest.ReadOptions;
import org.sijil.ingest.ReadRow;
import org.sijil.ingest.UnmappedColumn;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;

/**
 * Use case: import one list file as a release. Reads it through {@link ListReader} and streams
 * every row into one register transaction, recording who imported it. The same file into the same
 * release again is a no-op; a different file needs {@code replace}.
 *
 * <p>Every column that feeds no field is listed in the summary ({@code unmapped_columns}), so no
 * column is left out silently; a file with no name column is refused by the reader.
 *
 * <p>Progress: phase {@link #PHASE} with the rows read so far (total unknown).
 */
public final class ImportRelease {

  /** The progress phase reported while rows stream in. */
  public static final String PHASE = "import";

  /** What to import. {@code asOf} may be null. */
  public record Request(
      Path file,
      String source,
      String release,
      LocalDate asOf,
      ReadOptions options,
      boolean replace) {}

  /**
   * The outcome. {@code status} is {@code imported}, {@code replaced} or {@code unchanged} (the
   * same file was already this release). {@code importedBy} is who imported the stored release (for
   * {@code unchanged}, whoever did first).
   */
  public record Summary(
      String status,
      String file,
      String source,
      String release,
      String format,
      String encoding,
      String sha256,
      long read,
      long imported,
      long rejected,
      long blankRows,
      long warnings,
      Map<String, Long> warningsByKind,
      List<String> notes,
      double seconds,
      String importedBy,
      List<UnmappedColumn> unmappedColumns) {

    public Summary {
      unmappedColumns = unmappedColumns == null ? List.of() : List.copyOf(unmappedColumns);
    }

    /** The summary as a JSON-ready map with snake_case keys. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", status);
      m.put("file", file);
      m.put("source", source);
      m.put("release", release);
      m.put("format", format);
      m.put("encoding", encoding);
      m.put("sha256", sha256);
      m.put("read", read);
      m.put("imported", imported);
      m.put("rejected", rejected);
      m.put("blank_rows", blankRows);
      m.put("warnings", warnings);
      m.put("warnings_by_kind", warningsByKind);
      m.put("notes", notes);
      m.put("seconds", Math.round(seconds * 1000) / 1000.0);
      m.put("rows_per_second", seconds > 0 ? Math.round(read / seconds) : null);
      m.put("imported_by", importedBy);
      m.put("unmapped_columns", unmappedColumns.stream().map(Summary::unmappedMap).toList());
      return m;
    }

    private static Map<String, Object> unmappedMap(UnmappedColumn u) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("header", u.header());
      m.put("column", u.column());
      m.put("samples", u.samples());
      m.put("reason", u.reason());
      return m;
    }
  }

  private final Register register;
  private final org.sijil.app.RegisterChanged changed;

  /** The use case over an open register (not thread-safe, like the register). */
  public ImportRelease(Register register) {
    this(register, org.sijil.app.RegisterChanged.NONE);
  }

  /** The use case telling {@code changed} when a release was imported or replaced. */
  public ImportRelease(Register register, org.sijil.app.RegisterChanged changed) {
    this.register = register;
    this.changed = changed;
  }

  /**
   * Imports the file.
   *
   * @throws org.sijil.core.SijilException with {@link org.sijil.core.ErrorCode#NO_SUCH_FILE} and
   *     any reading error of the file
   */
  public Summary run(Request req, Actor by, ProgressListener listener) {
    Summary s = importFile(req, by, listener);
    if (!s.status().equals("unchanged")) {
      changed.changed(register);
    }
    return s;
  }

  private Summary importFile(Request req, Actor by, ProgressListener listener) {
    long start = System.nanoTime();
    if (!java.nio.file.Files.isRegularFile(req.file())) {
      throw org.sijil.core.SijilException.noSuchFile(req.file().toString());
    }
    // The digest is computed on its own thread while the rows stream in; only a re-import waits for
    // it.
    CompletableFuture<String> digest =
        CompletableFuture.supplyAsync(
            () -> FileDigest.sha256(req.file()),
            task -> {
              Thread t = new Thread(task, "sijil-sha256");
              t.setDaemon(true);
              t.start();
            });
    Optional<Release> existing = register.releases().find(req.source(), req.release());
    String sha = existing.isPresent() ? join(digest) : null;
    if (existing.isPresent() && existing.get().sha256().equals(sha) && !req.replace()) {
      Release r = existing.get();
      return new Summary(
          "unchanged",
          req.file().toString(),
          r.source(),
          r.label(),
          r.format(),
          r.encoding(),
          sha,
          r.rowsRead(),
          r.rowsImported(),
          r.rowsRejected(),
          0,
          r.warnings(),
          register.records().warningCounts(r.id()),
          List.of(
              "this file is already release "
                  + r.label()
                  + " (imported "
                  + r.importedAt()
                  + "); nothing to do"),
          seconds(start),
          r.importedBy(),
          List.of());
    }
    // An import judges the facts (plausibility, repeated ids); the as-of date also sets the year
    // pivot.
    ReadOptions options = req.options().withFactChecks(true);
    if (req.asOf() != null) {
      options = options.withAsOf(req.asOf());
    }
    Map<String, Long> byKind = new TreeMap<>();
    long read = 0;
    long imported = 0;
    long rejected = 0;
    long warnings = 0;
    RowsLog rowsLog = new RowsLog();
    try (ListRead in = ListReader.open(req.file(), options)) {
      Layout layout = in.layout();
      ReleaseSpec spec =
          new ReleaseSpec(
              req.source(),
              req.release(),
              req.asOf(),
              req.file().getFileName().toString(),
              sha,
              layout.format().key(),
              layout.encoding(),
              layout.preamble(),
              layout.headers(),
              layout.mapping(),
              by.name());
      try (ReleaseWriter out = register.imports().begin(spec, req.replace());
          RowPipeline rows = new RowPipeline(in)) {
        rowsLog.storeWith(out);
        RowPipeline.Batch batch;
        while ((batch = rows.next()) != null) {
          for (int i = 0; i < batch.rows().size(); i++) {
            ReadRow row = batch.rows().get(i);
            rowsLog.hashed(row.row(), batch.leaves().get(i));
            read++;
            if (row.isRejected()) {
              out.reject(row.reject());
              rejected++;
            } else {
              out.record(row.cells(), row.record());
              imported++;
              for (RowWarning w : row.warnings()) {
                out.warning(w);
                byKind.merge(w.kind(), 1L, Long::sum);
                warnings++;
              }
            }
          }
          listener.progress(PHASE, read, 0);
        }
        String fileSha = join(digest);
        out.commit(fileSha, stored -> rowsLog.log(register, stored, fileSha, by.name()));
      }
      listener.progress(PHASE, read, 0);
      return new Summary(
          existing.isPresent() ? "replaced" : "imported",
          req.file().toString(),
          req.source(),
          req.release(),
          layout.format().key(),
          layout.encoding(),
          join(digest),
          read,
          imported,
          rejected,
          in.blankRows(),
          warnings,
          byKind,
          layout.notes(),
          seconds(start),
          by.name(),
          layout.unmapped());
    }
  }

  private static String join(CompletableFuture<String> digest) {
    try {
      return digest.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
