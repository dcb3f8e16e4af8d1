package org.sijil.app.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    return appendAll(List.of(entry), Collections.singletonList(subject));
  }

  /**
   * Appends entries in order, each about the subject at the same position (may be null), with one
   * bulk write of the entries and one of the tree's new hashes; returns the index of the first. The
   * bytes and hashes stored are those of appending them one at a time.
   */
  public long appendAll(List<LogEntry> entries, List<String> subjects) {
    if (entries.size() != subjects.size()) {
      throw new IllegalArgumentException(
          "entries and subjects differ in number: " + entries.size() + " and " + subjects.size());
    }
    List<byte[]> encoded = new ArrayList<>(entries.size());
    entries.forEach(e -> encoded.add(e.encode()));
    return appendEncoded(encoded, subjects);
  }

  /**
   * Appends entries already encoded (each must be a canonical entry; see {@link LogEntry#encode})
   * in one bulk write; returns the index of the first.
   */
  public long appendEncoded(List<byte[]> entries, List<String> subjects) {
    IntegrityLog store = register.integrity();
    // Opened per call: the tree's edge is read from the store, so a rolled-back append leaves no
    // stale state.
    TransparencyLog log = TransparencyLog.open(store.hashes());
    long index = log.size();
    if (store.entryCount() != index) {
      throw new IllegalStateException(
          "the register's log holds "
              + store.entryCount()
              + " entries but its tree "
              + index
              + " leaves");
    }
    if (entries.isEmpty()) {
      return index;
    }
    store.appendEntries(index, entries, subjects);
    log.appendAll(entries);
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
