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
 */
public record Release(
    String source,
    String label,
    LocalDate asOf,
    Instant importedAt,
    String sha256,
    long records,
    long rejected,
    String importedBy) {

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
