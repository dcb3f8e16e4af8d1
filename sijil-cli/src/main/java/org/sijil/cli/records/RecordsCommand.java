package org.sijil.cli.records;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sijil.app.corrections.RecordVersionBackfill;
import org.sijil.app.records.AmendRecord;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    description = {
      "Correct or remove one stored record, with a reason, as an entry of the register's log.",
      "The entry names the record, who made the change and why; a correction carries the SHA-256 of"
          + " the corrected field and value, never the value itself.",
      "The register keeps the change, and the published view (person pages, search, API, downloads)"
          + " shows it from the server's next load; running the same change again logs nothing.",
    },
    subcommands = {
      RecordsCommand.Correct.class,
      RecordsCommand.Remove.class,
      RecordsCommand.LogVersions.class
    })
public final class RecordsCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "correct",
      mixinStandardHelpOptions = true,
      description = "Log a correction of one field of a record (RELEASE_ID:ROW), with the reason.")
  static final class Correct implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", paramLabel = "RECORD", description = "The record, e.g. 2:140.")
    String record;

    @Option(names = "--field", required = true, description = "The field, e.g. age or name_ar.")
    String field;

    @Option(names = "--value", required = true, description = "The corrected value.")
    String value;

    @Option(
        names = "--reason",
        required = true,
        description = "Why, e.g. the source it comes from.")
    String reason;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        AmendRecord.Logged logged =
            new AmendRecord(reg)
                .correct(Linkage.RecordKey.parse(record), field, value, reason, by.actor());
        print(spec, logged);
      }
      return 0;
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description =
          "Log the removal of a record (RELEASE_ID:ROW) from the public view, with the reason.")
  static final class Remove implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", paramLabel = "RECORD", description = "The record, e.g. 2:140.")
    String record;

    @Option(names = "--reason", required = true, description = "Why it is removed.")
    String reason;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        AmendRecord.Logged logged =
            new AmendRecord(reg).remove(Linkage.RecordKey.parse(record), reason, by.actor());
        print(spec, logged);
      }
      return 0;
    }
  }

  @Command(
      name = "log-versions",
      mixinStandardHelpOptions = true,
      description = {
        "Log the record-version entries of releases imported before Sijil logged record versions"
            + " (verify --db names each one missing). Each entry carries this run's time and"
            + " actor; an entry already logged, even with another hash, is left as it is.",
        "Running it again logs nothing."
      })
  static final class LogVersions implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Override
    public Integer call() {
      int n;
      try (Register reg = Register.open(db.existing())) {
        n = new RecordVersionBackfill(reg).append(by.actor());
      }
      spec.commandLine()
          .getOut()
          .printf("logged %d record-version entries (by %s)%n", n, by.actor().name());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private static void print(picocli.CommandLine.Model.CommandSpec spec, AmendRecord.Logged logged) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        (logged.already() ? "already in effect: " : "")
            + "logged %s of record %s as entry %d (by %s)%n",
        logged.entry().type(),
        logged.entry().values().get(0),
        logged.index(),
        logged.entry().actor());
    out.flush();
  }
}
