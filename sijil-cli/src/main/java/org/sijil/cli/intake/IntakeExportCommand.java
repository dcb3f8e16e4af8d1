package org.sijil.cli.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.app.intake.ExportBundle;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import org.sijil.core.intake.Submission;
import org.sijil.core.intake.SubmissionJson;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil intake export --key DEVICE.key --out FILE}: writes a signed bundle. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a signed bundle of submissions (JSON lines under a manifest of their SHA-256 hashes,"
          + " signed with the device key) for a USB stick, a messaging app or e-mail: the"
          + " register's submissions of a source, or the reports of a JSON-lines file (--from).",
      "Contacts stay sealed. The file is never overwritten."
    })
public final class IntakeExportCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "The device's private key (sijil keys generate --name DEVICE --out DIR).")
  Path key;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle.")
  Path out;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      defaultValue = ImportSubmissions.DEFAULT_SOURCE,
      description = "The intake source to export (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(
      names = "--from",
      paramLabel = "FILE",
      description = "Bundle the submissions of this JSON-lines file instead of the register's.")
  Path from;

  @Override
  public Integer call() {
    NoteSigner device = IntakeKeys.signer(key);
    if (Files.exists(out)) {
      throw new UserError(out + " already exists; bundles are never overwritten");
    }
    String bundle;
    int count;
    if (from != null) {
      List<Submission> subs = readLines(from);
      bundle = ExportBundle.of(subs, device);
      count = subs.size();
    } else {
      try (Register reg = Register.open(db.existing())) {
        bundle = new ExportBundle(reg).run(source, device);
        count = reg.intake().all(source).size();
      }
    }
    try {
      Files.writeString(out, bundle, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + count
                + " submissions to "
                + out
                + ", signed by "
                + device.verifier().text());
    return 0;
  }

  private static List<Submission> readLines(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Submission> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(SubmissionJson.read(lines.get(i)));
      } catch (IllegalArgumentException e) {
        throw new UserError(file + " line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return out;
  }
}
