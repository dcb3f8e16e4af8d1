package org.sijil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import knows about the release before its rows arrive.
 *
 * @param source source name (created on first use)
 * @param label release label, unique within the source
 * @param asOf as-of date; may be null
 * @param fileName file name without directories
 * @param sha256 the file's SHA-256, lower-case hex; may be null at {@link Imports#begin} when it is
 *     computed while the rows stream in, and then given to {@link ReleaseWriter#commit(String)}
 * @param format {@code csv}, {@code xlsx} or {@code json}
 * @param encoding text encoding; null for XLSX
 * @param preamble title lines above the header, verbatim (kept so nothing is lost)
 * @param headers header cells as written
 * @param mapping canonical field key to header
 * @param importedBy who imported it (the actor's name)
 */
public record ReleaseSpec(
    String source,
    String label,
    LocalDate asOf,
    String fileName,
    String sha256,
    String format,
    String encoding,
    List<List<String>> preamble,
    List<String> headers,
    Map<String, String> mapping,
    String importedBy) {

  public ReleaseSpec {
    requireText(importedBy, "importer");
    requireText(source, "source");
    requireText(label, "release label");
    requireText(fileName, "file name");
    if (sha256 != null) {
      checkSha256(sha256);
    }
    Objects.requireNonNull(format, "format");
    preamble = preamble == null ? List.of() : List.copyOf(preamble);
    headers = List.copyOf(headers);
    mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
  }

  /** Fails unless {@code sha256} is 64 lower-case hex digits. */
  public static String checkSha256(String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got " + sha256);
    }
    return sha256;
  }

  private static void requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, got '" + s + "'");
    }
  }
}
