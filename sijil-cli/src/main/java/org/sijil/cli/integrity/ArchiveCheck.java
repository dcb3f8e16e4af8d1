package org.sijil.cli.integrity;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.ProgressListener;
import org.sijil.app.backup.ArchiveManifest;
import org.sijil.app.backup.RegisterArchive;
import org.sijil.app.backup.RestoreRegister;
import org.sijil.app.integrity.VerifyRegister;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.integrity.NoteVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sijil verify archive FILE [--key KEY]}: checks a {@code sijil backup} archive offline (the
 * edge of {@link RestoreRegister#checked}); with the log's key, also every hash and signature of
 * the register inside it, as {@code verify --db} does.
 */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description =
        "Checks a 'sijil backup' archive offline: the zip is whole, its register has the"
            + " manifest's SHA-256, every table its row count, the integrity log its size and root"
            + " (recomputed); with --key, every hash and checkpoint signature as 'verify --db' does.")
public final class ArchiveCheck implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The archive.")
  Path file;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "The log's public key file: also verify the register's hashes and signatures.")
  Path key;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    NoteVerifier verifier = key == null ? null : KeyFiles.readVerifier(key);
    Table t = VerifyCommand.checks();
    VerifyRegister.Report report =
        new RestoreRegister(file)
            .checked(
                ProgressListener.NONE,
                (manifest, register) -> {
                  describe(t, manifest);
                  return verifier == null ? null : new VerifyRegister(register).run(verifier);
                });
    if (report != null && !report.ok()) {
      throw new UserError(
          "archive "
              + file
              + " refused: "
              + report.problems().size()
              + " check(s) failed: "
              + report.problems());
    }
    if (report != null) {
      t.add(
          "register",
          report.entries()
              + " entries, "
              + report.checkpoints()
              + " checkpoints signed by "
              + verifier.name()
              + ", "
              + report.rows()
              + " rows recomputed");
    } else {
      t.add("signatures", "not checked (no --key)");
    }
    Printer.print(t, format.format(), spec.commandLine().getOut());
    return 0;
  }

  private static void describe(Table t, ArchiveManifest m) {
    long rows = m.tables().values().stream().mapToLong(Long::longValue).sum();
    t.add("archive", m.format() + " written " + m.created());
    t.add(
        RegisterArchive.REGISTER_ENTRY,
        m.registerBytes() + " bytes, SHA-256 " + m.registerSha256() + ": equal");
    t.add("tables", m.tables().size() + " tables, " + rows + " rows: counts equal");
    t.add("log", m.log().size() + " entries, root " + m.log().root() + ": stored and recomputed");
  }
}
