package org.sijil.cli.incidents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sijil.app.incidents.ImportIncidents;
import org.sijil.app.incidents.IncidentFiles;
import org.sijil.app.incidents.IncidentJson;
import org.sijil.app.incidents.IncidentQueries;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.Incident;
import org.sijil.store.Incidents;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sijil incidents}: incidents, their victims and grades. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = {
      "Incidents (when, where, what, attributed to whom and how surely, how many killed and injured),"
          + " the victims linked to them, and persons' grades. See docs/grading.md and docs/incidents.md."
    },
    subcommands = {
      IncidentsCommand.Import.class,
      IncidentsCommand.ListIncidents.class,
      IncidentsCommand.Show.class,
      VictimCommands.Suggest.class,
      VictimCommands.Link.class,
      GradeCommands.Grade.class,
      GradeCommands.Statuses.class,
      GradeCommands.Types.class,
      GradeCommands.Dossier.class
    })
public final class IncidentsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing subcommand: import, list, show, suggest, link, grade, statuses, types or dossier");
  }

  /** {@code sijil incidents import FILE}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Imports incidents from a CSV or JSON file (columns in examples/README.md). New or changed"
              + " incidents are saved as a new version; bad rows are kept as rejects naming row and field."
              + " Safe to run again.")
  static final class Import implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      ImportIncidents.Result r;
      try (Register reg = Register.open(db.path())) {
        r = new ImportIncidents(reg).run(file, by.actor());
      }
      var out = spec.commandLine().getOut();
      if (format.format() == OutputFormat.JSON) {
        Printer.printJson(r, out);
        return 0;
      }
      out.printf(
          "%s: %d added, %d changed, %d unchanged, %d rejected (import %s).%n",
          file, r.added(), r.changed(), r.unchanged(), r.rejects().size(), r.importId());
      if (!r.rejects().isEmpty()) {
        Table t = new Table("row", "field", "problem");
        for (IncidentFiles.Rejected x : r.rejects()) {
          t.add(x.row(), x.field() == null ? "" : x.field(), x.message());
        }
        Printer.print(t, format.format(), out);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code sijil incidents list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Incidents by date, with filters.")
  static final class ListIncidents implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin FormatOption format;

    @Option(
        names = "--governorate",
        paramLabel = "CODE",
        description = "north-gaza, gaza, deir-al-balah, khan-yunis or rafah.")
    String governorate;

    @Option(names = "--type", paramLabel = "CODE", description = "A type code.")
    String type;

    @Option(names = "--grade", paramLabel = "GRADE", description = "An attribution grade.")
    String grade;

    @Option(
        names = "--after",
        paramLabel = "DATE",
        description = "Incidents on or after DATE (e.g. a ceasefire's).")
    LocalDate after;

    @Option(names = "--before", paramLabel = "DATE", description = "Incidents on or before DATE.")
    LocalDate before;

    @Override
    public Integer call() {
      IncidentQueries.Filter f =
          new IncidentQueries.Filter(
              governorate == null ? null : Governorate.ofCode(governorate),
              type,
              grade,
              after,
              before);
      Table t =
          new Table(
              "id",
              "date",
              "governorate",
              "type",
              "actor",
              "grade",
              "killed",
              "named_killed",
              "version");
      try (Register reg = Register.open(db.existing())) {
        for (IncidentQueries.Summary s : new IncidentQueries(reg).list(f)) {
          Incident i = s.incident();
          t.add(
              i.id(),
              i.date().toString(),
              i.place().governorate().code(),
              i.type(),
              i.actor() == null ? "" : i.actor(),
              i.grade().code(),
              i.killed().toString(),
              s.namedKilled(),
              s.version());
        }
      }
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil incidents show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One incident (JSON) with its victims and every version.")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        IncidentQueries.Detail d =
            new IncidentQueries(reg)
                .show(id)
                .orElseThrow(() -> new UserError("the register has no incident '" + id + "'"));
        var o = IncidentJson.toJson(d.summary().incident());
        o.put("version", d.summary().version());
        o.put("named_killed", d.namedKilled());
        o.put("reported_killed_not_named", d.reportedKilledMissing());
        var victims = o.putArray("victims");
        for (Incidents.Victim v : d.victims()) {
          victims
              .addObject()
              .put("person", v.personId())
              .put("role", v.role())
              .put("certainty", v.certainty())
              .put("state", v.state())
              .put("by", v.by());
        }
        var history = o.putArray("history");
        for (Incidents.Version v : d.history()) {
          history
              .addObject()
              .put("version", v.version())
              .put("change", v.change())
              .put("by", v.by())
              .put("at", v.at().toString());
        }
        Printer.printJson(o, spec.commandLine().getOut());
      }
      return 0;
    }
  }
}
