package org.sijil.core.incident;

import java.util.Locale;

/**
 * A source of an incident: a document, a web address or a media file, with the SHA-256 of the file
 * when held (so a later copy can be checked against it).
 *
 * @param kind {@code document}, {@code url} or {@code media}
 * @param reference the document's reference, the URL or the file name
 * @param sha256 lowercase hex SHA-256 of the file; may be null
 */
public record IncidentSource(String kind, String reference, String sha256) {

  public IncidentSource {
    kind = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("document") && !kind.equals("url") && !kind.equals("media")) {
      throw new InvalidIncident(
          "sources", "a source kind is document, url or media, not '" + kind + "'");
    }
    if (reference == null || reference.isBlank()) {
      throw new InvalidIncident("sources", "a " + kind + " source needs its reference");
    }
    reference = reference.strip();
    sha256 = Place.blankToNull(sha256);
    if (sha256 != null) {
      sha256 = sha256.toLowerCase(Locale.ROOT);
      if (!sha256.matches("[0-9a-f]{64}")) {
        throw new InvalidIncident("sources", "'" + sha256 + "' is not a SHA-256 (64 hex digits)");
      }
    }
  }
}
