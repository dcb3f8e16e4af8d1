package org.sijil.core;

/**
 * What kind of mistake a {@link SijilException} reports. Each edge words a code in its own terms:
 * the command line with its flags, the web pages in Arabic and English. New codes are appended.
 */
public enum ErrorCode {
  /** The named file does not exist or is not a regular file. */
  NO_SUCH_FILE,
  /** The file's bytes are not valid in the encoding used to read it (file, row). */
  INVALID_ENCODING,
  /** No row near the top of the file has enough recognized headers (file). */
  NO_HEADER,
  /** The spreadsheet has no sheet with the requested number (file). */
  NO_SUCH_SHEET,
  /** The release label already holds a different file (source, release). */
  RELEASE_EXISTS,
  /** No release with that label (of that source). */
  NO_SUCH_RELEASE,
  /** The label is used by several sources and no source was named. */
  AMBIGUOUS_RELEASE,
  /** The register holds too few records for the operation. */
  REGISTER_EMPTY,
  /** A blocking rule yields more candidate pairs than the limit (field: the rule). */
  TOO_MANY_PAIRS,
  /** Some records of the lists are not linked to persons yet (details: register, records). */
  NOT_LINKED,
  /** The register has no persons: it was never linked (details: register). */
  NO_PERSONS,
  /** The register holds no releases (details: register). */
  NO_RELEASES,
  /** Anything else the user can fix; the message says what. */
  OTHER
}
