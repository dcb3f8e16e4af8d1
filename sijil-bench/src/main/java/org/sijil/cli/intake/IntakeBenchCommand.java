package org.sijil.cli.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.Actor;
import org.sijil.app.intake.ExportBundle;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.app.intake.IntakeReport;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.intake.ContactSeal;
import org.sijil.core.intake.Submission;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil-tools bench intake}: N artificial submissions (labelled {@code Benchname N}, no real
 * names) in one signed bundle, taken into a fresh register, then delivered again (all duplicates).
 */
@Command(
    name = "intake",
    mixinStandardHelpOptions = true,
    description = "Times taking in N bundled submissions into a fresh register, and again.")
public final class IntakeBenchCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--submissions",
      defaultValue = "10000",
      description = "How many (default: 10000).")
  int submissions;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Work folder (default: a temporary one).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    Path work =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sijil-intake");
    Path db = work.resolve("bench-intake.db");
    if (Files.exists(db)) {
      throw new UserError(db + " exists; give an empty --dir");
    }
    SecureRandom random = new SecureRandom();
    NoteSigner device = NoteSigner.generate("bench-device", SignatureType.ED25519, random);
    List<Submission> subs = new ArrayList<>();
    for (int i = 1; i <= submissions; i++) {
      subs.add(
          new Submission(
              "bench-device",
              "bench-" + i,
              null,
              Map.of(
                  "name_en",
                  "Benchname " + i,
                  "sex",
                  i % 2 == 0 ? "m" : "f",
                  "age",
                  Integer.toString(i % 90),
                  "dod",
                  "2024-0" + (1 + i % 9) + "-1" + (i % 10),
                  "place",
                  "Benchplace " + (i % 50),
                  "consent",
                  "yes"),
              "bench-contact-" + i));
    }
    Path bundle = work.resolve("bench.bundle");
    long t0 = System.nanoTime();
    Files.writeString(bundle, ExportBundle.of(subs, device));
    double write = (System.nanoTime() - t0) / 1e9;
    var contactKey = ContactSeal.generate(random).getPublic();
    Table t = new Table("run", "read", "imported", "duplicate", "rejected", "seconds");
    t.add("write bundle", submissions, "", "", "", String.format("%.3f", write));
    try (Register reg = Register.open(db)) {
      ImportSubmissions use = new ImportSubmissions(reg);
      var request =
          new ImportSubmissions.Request(List.of(bundle), "bench-report", List.of(), contactKey);
      for (String run : List.of("first import", "again (duplicates)")) {
        IntakeReport r = use.run(request, new Actor("bench"));
        t.add(
            run,
            r.read(),
            r.imported(),
            r.duplicate(),
            r.rejected(),
            String.format("%.3f", r.seconds()));
      }
    }
    Printer.print(t, org.sijil.cli.OutputFormat.TABLE, spec.commandLine().getOut());
    return 0;
  }
}
