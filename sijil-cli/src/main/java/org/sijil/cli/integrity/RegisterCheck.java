package org.sijil.cli.integrity;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.app.integrity.VerifyRegister;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.store.Register;

/** {@code sijil verify --db REGISTER --key FILE}: the edge of {@link VerifyRegister}. */
final class RegisterCheck {

  private RegisterCheck() {}

  /** Verifies the register; prints what was checked, or every problem (exit 1). */
  static int run(Path db, Path key, OutputFormat format, PrintWriter out, PrintWriter err) {
    // A DuckDB file or a PostgreSQL register (a URL, not a file).
    if (!Register.exists(db)) {
      throw new UserError("no register at " + db);
    }
    Path keyFile = key != null ? key : RegisterKey.publicFile(RegisterKey.defaultFile(db));
    NoteVerifier verifier = KeyFiles.readVerifier(keyFile);
    VerifyRegister.Report report;
    try (Register reg = Register.open(db)) {
      report = new VerifyRegister(reg).run(verifier);
    }
    if (!report.ok()) {
      String shown = Register.shown(db);
      report.problems().forEach(p -> err.println("sijil: " + shown + ": " + p));
      if (report.recordVersionProblems() > 0) {
        err.println("sijil: " + shown + ": record versions: " + recordVersions(report));
      }
      err.println("sijil: " + shown + ": " + report.problems().size() + " check(s) failed");
      err.flush();
      return 1;
    }
    Table t = VerifyCommand.checks();
    t.add("log", report.entries() + " entries: every entry and tree hash recomputed");
    t.add(
        "checkpoints",
        report.checkpoints() + " signed by " + verifier.name() + ", roots recomputed");
    t.add(
        "releases",
        report.releases()
            + " releases, "
            + report.rows()
            + " rows recomputed against their logged roots");
    t.add("record versions", recordVersions(report));
    Printer.print(t, format, out);
    return 0;
  }

  /** The record-version line: entries checked against the recomputed changes, OK or FAILED. */
  private static String recordVersions(VerifyRegister.Report report) {
    String checked =
        report.recordVersions()
            + " record-version "
            + (report.recordVersions() == 1 ? "entry" : "entries")
            + " checked against the changes recomputed between releases: ";
    return report.recordVersionProblems() == 0
        ? checked + "OK"
        : checked + "FAILED (" + report.recordVersionProblems() + " of the problems above)";
  }
}
