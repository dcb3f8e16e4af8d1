package org.sijil.server.incidents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.sijil.store.Register;

/**
 * The register file behind the incident pages: each call opens it (waiting a few seconds for
 * another process's lock, then 503 through {@code RegisterBusy}) and closes it.
 */
public final class IncidentSite {

  /** How long a request waits for the register's lock. */
  static final Duration WAIT = Duration.ofSeconds(5);

  private final Path db;

  public IncidentSite(Path db) {
    this.db = db;
  }

  /** Runs {@code work} on the open register. */
  public <T> T with(Function<Register, T> work) {
    try (Register reg = Register.open(db, WAIT)) {
      return work.apply(reg);
    }
  }
}
