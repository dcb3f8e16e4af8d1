package org.sijil.cli.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.app.intake.ContactKey;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.app.intake.IntakeReport;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil intake import PATH...}: takes in bundles and ODK/Kobo files, exactly once. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Takes in field submissions: signed bundles, ODK/Kobo XML instances (.xml) and CSV exports"
          + " (.csv), or folders of them. Each submission is stored once, whatever path brought"
          + " it; an edit (ODK deprecatedID) is a new version of the same record; unsigned or"
          + " altered bundles and invalid submissions are rejected with the reason.",
      "Exit code 0 when nothing was rejected, 3 when some submissions were (they are listed)."
    })
public final class IntakeImportCommand implements Callable<Integer> {

  /** Exit code when some submissions were rejected (the rest are stored). */
  static final int SOME_REJECTED = 3;

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ByOption by;
  @Mixin FormatOption format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Bundles, ODK files or folders.")
  List<Path> paths;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      defaultValue = ImportSubmissions.DEFAULT_SOURCE,
      description = "The intake source the submissions are records of (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      description =
          "A device's public key file (.pub); repeatable. When given, bundles signed by any other"
              + " key are rejected.")
  List<Path> trust = new ArrayList<>();

  @Option(
      names = "--contact-key",
      paramLabel = "FILE",
      description =
          "The public key contacts are sealed with (default: REGISTER.contact.pub, created with"
              + " its private half on first use).")
  Path contactKey;

  @Option(
      names = "--odk-key",
      paramLabel = "FILE",
      description =
          "The ODK form's RSA private key (PEM), to decrypt encrypted ODK submissions; without it"
              + " they are rejected with the reason.")
  Path odkKey;

  @Override
  public Integer call() {
    List<NoteVerifier> trusted = new ArrayList<>();
    for (Path p : trust) {
      trusted.add(IntakeKeys.verifier(p));
    }
    IntakeReport report;
    try (Register reg = Register.open(db.path())) {
      report =
          new ImportSubmissions(reg)
              .run(
                  new ImportSubmissions.Request(
                      paths,
                      source,
                      trusted,
                      ContactKey.loadOrCreate(contactKey, db.path()),
                      odkKey == null ? null : IntakeKeys.odk(odkKey)),
                  by.actor());
    }
    if (format.format() == OutputFormat.JSON) {
      Printer.printJson(report.toMap(), spec.commandLine().getOut());
    } else {
      Table t = new Table("read", "imported", "duplicate", "edited", "rejected", "seconds");
      t.add(
          report.read(),
          report.imported(),
          report.duplicate(),
          report.edited(),
          report.rejected(),
          String.format("%.3f", report.seconds()));
      Printer.print(t, format.format(), spec.commandLine().getOut());
      if (!report.rejections().isEmpty()) {
        Table r = new Table("where", "submission", "reason");
        report.rejections().forEach(x -> r.add(x.where(), x.submission(), x.reason()));
        Printer.print(r, format.format(), spec.commandLine().getOut());
      }
    }
    return report.rejected() == 0 ? 0 : SOME_REJECTED;
  }
}
