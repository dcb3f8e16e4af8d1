package org.sijil.server.store;

import java.time.Duration;

/**
 * How long a request waits for the register while another process (a CLI import or link) holds it.
 * Short enough for a person at a browser, long enough for most short writes to finish; past it the
 * request is answered 503 with {@code Retry-After} ({@link org.sijil.store.RegisterBusy}).
 */
final class StoreLock {

  static final Duration WAIT = Duration.ofSeconds(5);

  private StoreLock() {}
}
