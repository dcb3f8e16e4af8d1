package org.sijil.server.model;

/**
 * The display names of a source (list) as an analyst set them.
 *
 * @param source the source code
 * @param english the English name, or null when none is set
 * @param arabic the Arabic name, or null when none is set
 */
public record SourceName(String source, String english, String arabic) {
  public SourceName {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a source name needs its source code");
    }
  }
}
