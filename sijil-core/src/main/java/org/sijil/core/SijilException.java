package org.sijil.core;

import java.util.Map;
import java.util.Objects;

/**
 * A mistake the user can fix, as data: a {@link ErrorCode}, where it was found (file, row, field;
 * each may be null) and the values that explain it. The message is plain English without any
 * command-line flag or page wording: the edges word the code themselves (the CLI with its flags,
 * the web in Arabic and English) and fall back on the message for codes they do not know.
 */
public class SijilException extends UserError {

  private final ErrorCode code;
  private final String file;
  private final Long row;
  private final String field;
  private final Map<String, String> details;

  /**
   * @param details values that explain the error (e.g. {@code limit}, {@code pairs}), for wording
   */
  public SijilException(
      ErrorCode code,
      String message,
      String file,
      Long row,
      String field,
      Map<String, String> details,
      Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.file = file;
    this.row = row;
    this.field = field;
    this.details = details == null ? Map.of() : Map.copyOf(details);
  }

  public SijilException(ErrorCode code, String message) {
    this(code, message, null, null, null, Map.of(), null);
  }

  /** The file does not exist (or is not a regular file). */
  public static SijilException noSuchFile(String file) {
    return new SijilException(
        ErrorCode.NO_SUCH_FILE, "no such file: " + file, file, null, null, Map.of(), null);
  }

  public ErrorCode code() {
    return code;
  }

  /** The file the error is about, or null. */
  public String file() {
    return file;
  }

  /** The 1-based data row, or null. */
  public Long row() {
    return row;
  }

  /** The field (or rule, header, option value) concerned, or null. */
  public String field() {
    return field;
  }

  /** Named values for wording the error; never null. */
  public Map<String, String> details() {
    return details;
  }

  /** A detail, or the fallback when absent. */
  public String detail(String name, String fallback) {
    return details.getOrDefault(name, fallback);
  }
}
