package org.sijil.app.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sijil.app.ProgressListener;
import org.sijil.app.copy.CopyRegister;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import org.sijil.store.RegisterTables;

/**
 * Use case: check a backup archive offline, and restore it into an empty register (a new DuckDB
 * file or an empty PostgreSQL database). Rules:
 *
 * <ul>
 *   <li>The archive is whole, its register has the manifest's size and SHA-256, every table the
 *       manifest lists holds that many rows (tables it does not list, added by a later migration,
 *       hold none), and the integrity log has the manifest's size and root, both as stored and as
 *       recomputed from its entries. Any difference refuses the archive, naming what differs.
 *   <li>Restoring is {@link CopyRegister} from the checked register: it refuses a destination that
 *       holds rows, and writes in one transaction that commits only when counts and log are equal,
 *       so a failed restore writes nothing.
 *   <li>The archive is never changed: it is extracted into a temporary folder, removed afterwards.
 * </ul>
 */
public final class RestoreRegister {

  private final Path archive;

  public RestoreRegister(Path archive) {
    this.archive = archive;
  }

  /**
   * Restores the archive into {@code to}.
   *
   * @throws UserError naming the archive's fault, or why the destination was refused
   */
  public CopyRegister.Result restore(Register to, ProgressListener progress) {
    return checked(progress, (manifest, register) -> new CopyRegister(register, to).copy(progress));
  }

  /** Work done on an archive's register once it has passed every check. */
  @FunctionalInterface
  public interface CheckedWork<T> {
    T apply(ArchiveManifest manifest, Register register);
  }

  /**
   * Extracts and checks the archive, then runs {@code work} on its register (opened from the
   * temporary copy, which is removed afterwards).
   *
   * @throws UserError naming what differs from the manifest
   */
  public <T> T checked(ProgressListener progress, CheckedWork<T> work) {
    Path folder =
        WorkFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "sijil-restore-");
    try {
      Path file = folder.resolve(RegisterArchive.REGISTER_ENTRY);
      progress.progress("check archive", 0, 0);
      ArchiveManifest manifest = RegisterArchive.extract(archive, file);
      try (Register register = Register.open(file)) {
        List<String> problems = differences(manifest, register);
        if (!problems.isEmpty()) {
          throw RegisterArchive.damaged(
              archive, "its register differs from its manifest: " + String.join("; ", problems));
        }
        return work.apply(manifest, register);
      }
    } finally {
      WorkFolder.delete(folder);
    }
  }

  /** Checks the archive alone; returns its manifest. */
  public ArchiveManifest check(ProgressListener progress) {
    return checked(progress, (manifest, register) -> manifest);
  }

  /** Every way the register differs from the manifest (empty when it does not). */
  static List<String> differences(ArchiveManifest manifest, Register register) {
    List<String> problems = new ArrayList<>();
    RegisterTables tables = register.tables();
    List<String> names = tables.names();
    manifest.tables().keySet().stream()
        .sorted()
        .forEach(
            name -> {
              long expected = manifest.tables().get(name);
              long held = names.contains(name) ? tables.count(name) : -1;
              if (held < 0) {
                problems.add("table " + name + " is missing");
              } else if (held != expected) {
                problems.add(
                    "table " + name + " holds " + held + " rows, the manifest says " + expected);
              }
            });
    for (String name : names) {
      if (!manifest.tables().containsKey(name)
          && !CopyRegister.LEFT_OUT.contains(name)
          && tables.count(name) > 0) {
        problems.add("table " + name + " holds rows but is not in the manifest");
      }
    }
    CopyRegister.LogState stored = CopyRegister.storedLog(register.integrity());
    if (!stored.equals(manifest.log())) {
      problems.add("the log's stored tree is " + stored + ", the manifest says " + manifest.log());
    }
    CopyRegister.LogState recomputed = CopyRegister.recomputedLog(register.integrity());
    if (!recomputed.equals(manifest.log())) {
      problems.add(
          "the log's entries hash to " + recomputed + ", the manifest says " + manifest.log());
    }
    return problems;
  }
}
