package org.sijil.app.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignedLog;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * Appends {@link LogEntry} values to the register's log: the entry's bytes and the tree's new
 * hashes, in the caller's transaction (use cases call it inside {@link Register#transaction} or a
 * release commit), so a change and its entry are kept together or not at all.
 */
public final class RegisterLog {

  /** Subject prefix of a release's entries: {@code release:ID}. */
  public static final String RELEASE = "release:";

  private final Register register;

  public RegisterLog(Register register) {
    this.register = register;
  }

  /** The subject naming release {@code id}. */
  public static String release(long id) {
    return RELEASE + id;
  }

  /** Appends one entry about {@code subject} (may be null); returns its index. */
  public long append(LogEntry entry, String subject) {
    IntegrityLog store = register.integrity();
    // Opened per append: the tree's edge is read from the store, so a rolled-back append leaves no
    // stale state.
    TransparencyLog log = TransparencyLog.open(store.hashes());
    byte[] bytes = entry.encode();
    long index = log.size();
    if (store.entryCount() != index) {
      throw new IllegalStateException(
          "the register's log holds "
              + store.entryCount()
              + " entries but its tree "
              + index
              + " leaves");
    }
    store.appendEntries(index, List.of(bytes), java.util.Collections.singletonList(subject));
    log.appendAll(new ArrayList<>(List.of(bytes)));
    return index;
  }

  /** Signs a checkpoint of the log as it is now with {@code key} and stores it. */
  public SignedNote sign(NoteSigner key) {
    return register.transaction(
        () -> {
          SignedNote note =
              new SignedLog(TransparencyLog.open(register.integrity().hashes()), key).checkpoint();
          register
              .integrity()
              .saveCheckpoint(register.integrity().entryCount(), note.format(), Instant.now());
          return note;
        });
  }

  /** Whole seconds, as log entries carry. */
  public static Instant now() {
    return Instant.ofEpochSecond(Instant.now().getEpochSecond());
  }
}
