package org.sijil.cli.incidents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.incidents.DossierPdf;
import org.sijil.app.incidents.EditIncident;
import org.sijil.app.incidents.ExportDossier;
import org.sijil.app.incidents.GradePersons;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.IncidentType;
import org.sijil.core.incident.PersonStatus;
import org.sijil.store.Incidents;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grading, vocabulary and dossier subcommands of {@code sijil incidents}. */
final class GradeCommands {

  private GradeCommands() {}

  /** {@code sijil incidents grade PERSON DECISION --reason TEXT}. */
  @Command(
      name = "grade",
      mixinStandardHelpOptions = true,
      description = {
        "Records an analyst's decision on a person's status: confirm, contest, remove or reopen"
            + " (docs/grading.md). With --origin, declares instead that list SOURCE republishes ORIGIN."
      })
  static final class Grade implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PERSON")
    String person;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DECISION")
    String decision;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required for a decision).")
    String reason;

    @Option(
        names = "--origin",
        paramLabel = "SOURCE=ORIGIN",
        description = "List SOURCE republishes list ORIGIN: not independent.")
    String origin;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        GradePersons grades = new GradePersons(reg);
        if (origin != null) {
          int eq = origin.indexOf('=');
          if (eq <= 0) {
            throw new UserError("--origin: expected SOURCE=ORIGIN, got '" + origin + "'");
          }
          grades.declareOrigin(origin.substring(0, eq), origin.substring(eq + 1), by.actor());
          spec.commandLine()
              .getOut()
              .printf("%s republishes %s.%n", origin.substring(0, eq), origin.substring(eq + 1));
        } else {
          if (person == null || decision == null) {
            throw new UserError(
                "give PERSON and DECISION (confirm, contest, remove, reopen), or --origin");
          }
          long id = VictimCommands.personId(person);
          grades.decide(id, GradeDecision.Kind.ofCode(decision), reason, by.actor());
          spec.commandLine()
              .getOut()
              .printf(
                  "person %d: %s (status now %s).%n",
                  id,
                  decision,
                  grades.all().get(id) == null ? "pending" : grades.all().get(id).status().code());
        }
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code sijil incidents statuses}. */
  @Command(
      name = "statuses",
      mixinStandardHelpOptions = true,
      description = "How many persons have each status; with --status, which persons.")
  static final class Statuses implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin FormatOption format;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "List the persons with this status.")
    String status;

    @Override
    public Integer call() {
      Table t;
      try (Register reg = Register.open(db.existing())) {
        GradePersons grades = new GradePersons(reg);
        if (status == null) {
          t = new Table("status", "persons");
          for (Map.Entry<PersonStatus, Long> e : grades.counts().entrySet()) {
            t.add(e.getKey().code(), e.getValue());
          }
        } else {
          PersonStatus wanted = PersonStatus.ofCode(status);
          t = new Table("person", "status", "independent_sources");
          grades
              .all()
              .forEach(
                  (p, g) -> {
                    if (g.status() == wanted) {
                      t.add("P" + p, g.status().code(), String.join(" ", g.origins()));
                    }
                  });
        }
      }
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil incidents types [--add CODE --en NAME --ar NAME]}. */
  @Command(
      name = "types",
      mixinStandardHelpOptions = true,
      description = "The incident type vocabulary; --add adds (or renames) a type.")
  static final class Types implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;
    @Mixin FormatOption format;

    @Option(names = "--add", paramLabel = "CODE")
    String add;

    @Option(names = "--en", paramLabel = "NAME")
    String english;

    @Option(names = "--ar", paramLabel = "NAME")
    String arabic;

    @Override
    public Integer call() {
      Table t = new Table("code", "english", "arabic", "added_by");
      try (Register reg = Register.open(db.path())) {
        if (add != null) {
          new EditIncident(reg).addType(new IncidentType(add, english, arabic), by.actor());
        }
        IncidentType.DEFAULTS.forEach(x -> t.add(x.code(), x.english(), x.arabic(), ""));
        for (Incidents.Type x : reg.incidents().types()) {
          t.add(x.code(), x.english(), x.arabic(), x.by());
        }
      }
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil incidents dossier (--incident ID | --person P1,P2) --out DIR [--format pdf]}. */
  @Command(
      name = "dossier",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the evidence dossier of an incident or of persons to DIR: dossier.json (victims,"
            + " sources verbatim, grades, history) and one .tlog-proof receipt per log entry and person,"
            + " each checked with 'sijil verify receipt FILE --key KEY'. Receipts need a signed"
            + " checkpoint ('sijil publish'). --format pdf writes dossier.pdf (the same content,"
            + " Arabic shaped right to left, sources named in --lang) instead of dossier.json."
      })
  static final class Dossier implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Option(names = "--incident", paramLabel = "ID")
    String incident;

    @Option(names = "--person", split = ",", paramLabel = "PERSON")
    List<String> persons;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "json",
        description = "json (default) or pdf.")
    String dossierFormat;

    @Option(
        names = "--lang",
        paramLabel = "LANG",
        defaultValue = "en",
        description = "en (default) or ar: the language of the sources' names in the PDF.")
    String lang;

    @Override
    public Integer call() throws IOException {
      if (!lang.equals("en") && !lang.equals("ar")) {
        throw new UserError("--lang is en or ar, not '" + lang + "'");
      }
      if ((incident == null) == (persons == null || persons.isEmpty())) {
        throw new UserError("give either --incident ID or --person P1,P2,...");
      }
      ExportDossier.Dossier d;
      try (Register reg = Register.open(db.existing())) {
        ExportDossier export = new ExportDossier(reg);
        if (incident != null) {
          d = export.incident(incident, by.actor());
        } else {
          List<Long> ids = new ArrayList<>();
          persons.forEach(p -> ids.add(VictimCommands.personId(p)));
          d = export.persons(ids, by.actor());
        }
      }
      if (!dossierFormat.equals("json") && !dossierFormat.equals("pdf")) {
        throw new UserError("--format is json or pdf, not '" + dossierFormat + "'");
      }
      Files.createDirectories(out);
      Path file = out.resolve("dossier." + dossierFormat);
      if (dossierFormat.equals("pdf")) {
        Files.write(
            file, DossierPdf.render(d.json(), DossierPdf.namesIn(d.json(), lang.equals("ar"))));
      } else {
        Files.writeString(
            file,
            Printer.json().writerWithDefaultPrettyPrinter().writeValueAsString(d.json()) + "\n",
            StandardCharsets.UTF_8);
      }
      for (Map.Entry<String, String> e : d.receipts().entrySet()) {
        Files.writeString(out.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      spec.commandLine().getOut().printf("Wrote %s with %d receipts.%n", file, d.receipts().size());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
