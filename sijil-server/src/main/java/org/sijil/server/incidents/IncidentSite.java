package org.sijil.server.incidents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.sijil.store.Register;

/**
 * The register file behind the incident pages and a person page's reads: each call opens it
 * (waiting a few seconds for another process's lock, then 503 through {@code RegisterBusy}) and
 * closes it; a DuckDB file stays open for a moment between calls ({@link WarmFile}).
 */
public final class IncidentSite implements AutoCloseable {

  /** How long a request waits for the register's lock. */
  static final Duration WAIT = Duration.ofSeconds(5);

  private final Path db;
  private final WarmFile warm;

  public IncidentSite(Path db) {
    this.db = db;
    this.warm = Register.isPostgres(db) ? null : new WarmFile(db, WarmFile.LINGER);
  }

  /** Runs {@code work} on the open register. */
  public <T> T with(Function<Register, T> work) {
    touch();
    try (Register reg = Register.open(db, WAIT)) {
      return work.apply(reg);
    } finally {
      touch();
    }
  }

  private void touch() {
    if (warm != null) {
      warm.touch();
    }
  }

  /** Lets the file go (the server stops). */
  @Override
  public void close() {
    if (warm != null) {
      warm.close();
    }
  }
}
