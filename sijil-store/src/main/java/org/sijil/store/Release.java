package org.sijil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A stored release of a list.
 *
 * @param id register-internal id
 * @param source the source (list) name, e.g. {@code moh}
 * @param label the release label, unique within its source, e.g. {@code 2024-04-30}
 * @param asOf the date the list is as of; may be null
 * @param importedAt when it was imported
 * @param fileName the imported file's name (without directories)
 * @param sha256 the imported file's SHA-256, lower-case hex
 * @param format file format ({@code csv}, {@code xlsx}, {@code json})
 * @param encoding text encoding used to read it; null for XLSX
 * @param headers the header cells as written in the file
 * @param mapping canonical field key to the header it was read from
 * @param rowsRead data rows read (imported + rejected)
 * @param rowsImported rows stored as records
 * @param rowsRejected rows stored as rejects
 * @param warnings warnings recorded
 * @param importedBy who imported it; null for releases imported before this was recorded
 */
public record Release(
    long id,
    String source,
    String label,
    LocalDate asOf,
    Instant importedAt,
    String fileName,
    String sha256,
    String format,
    String encoding,
    List<String> headers,
    Map<String, String> mapping,
    long rowsRead,
    long rowsImported,
    long rowsRejected,
    long warnings,
    String importedBy) {

  public Release {
    headers = List.copyOf(headers);
    mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
  }

  /** True when the release's file had a column for the canonical field {@code key}. */
  public boolean hasField(String key) {
    return mapping.containsKey(key);
  }
}
