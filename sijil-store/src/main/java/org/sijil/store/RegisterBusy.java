package org.sijil.store;

import java.nio.file.Path;
import java.time.Duration;
import org.sijil.core.UserError;

/**
 * The register file is locked by another process (an import or link running) and stayed locked for
 * as long as the caller was willing to wait. Retrying later is the remedy; nothing was changed.
 */
public final class RegisterBusy extends UserError {

  private final Path file;

  public RegisterBusy(Path file, Duration waited, String detail, Throwable cause) {
    super(
        "register "
            + file
            + " is busy: another sijil (an import or link) holds it"
            + (waited.isZero() ? "" : " and still did after " + waited.toMillis() + " ms")
            + "; try again when it is done ("
            + detail
            + ")",
        cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
