package org.sijil.server.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported release of one source list.
 *
 * @param source the list's source name
 * @param label the release label
 * @param asOf the date the release describes; may be null
 * @param importedAt when it was imported; may be null
 * @param sha256 the imported file's SHA-256; may be null
 * @param records records imported
 * @param rejected rows rejected
 * @param importedBy who imported it; null when not recorded (older registers, generated data)
 * @param unmappedColumns headers of the file's columns that fed no field, in file order (their
 *     cells are kept in the raw rows, but nothing reads them)
 */
public record Release(
    String source,
    String label,
    LocalDate asOf,
    Instant importedAt,
    String sha256,
    long records,
    long rejected,
    String importedBy,
    java.util.List<String> unmappedColumns) {

  public Release {
    unmappedColumns =
        unmappedColumns == null ? java.util.List.of() : java.util.List.copyOf(unmappedColumns);
  }

  /** A release whose every column fed a field (or whose columns are not known). */
  public Release(
      String source,
      String label,
      LocalDate asOf,
      Instant importedAt,
      String sha256,
      long records,
      long rejected,
      String importedBy) {
    this(
        source,
        label,
        asOf,
        importedAt,
        sha256,
        records,
        rejected,
        importedBy,
        java.util.List.of());
  }

  /** A release whose importer is not known. */
  public Release(
      String source,
      String label,
      LocalDate asOf,
      Instant importedAt,
      String sha256,
      long records,
      long rejected) {
    this(source, label, asOf, importedAt, sha256, records, rejected, null);
  }
}
