package org.sijil.cli.incidents;

import java.util.concurrent.Callable;
import org.sijil.app.incidents.LinkVictims;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.core.incident.VictimLink;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Victim subcommands of {@code sijil incidents}. */
final class VictimCommands {

  private VictimCommands() {}

  /** {@code sijil incidents suggest [--incident ID]}. */
  @Command(
      name = "suggest",
      mixinStandardHelpOptions = true,
      description =
          "Suggests victims: linked persons whose date and governorate of death match an incident,"
              + " or whose list names it in an 'incident' column. Analysts confirm with 'link'.")
  static final class Suggest implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Option(names = "--incident", paramLabel = "ID", description = "Only this incident.")
    String incident;

    @Override
    public Integer call() {
      int added;
      try (Register reg = Register.open(db.existing())) {
        added = new LinkVictims(reg).suggest(incident, by.actor());
      }
      spec.commandLine().getOut().printf("%d new suggestions.%n", added);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code sijil incidents link ID PERSON STATE}. */
  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description =
          "Confirms or rejects a person as a victim of an incident (or links one directly).")
  static final class Link implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", paramLabel = "INCIDENT")
    String incident;

    @Parameters(index = "1", paramLabel = "PERSON", description = "The person id (P12 or 12).")
    String person;

    @Parameters(
        index = "2",
        paramLabel = "STATE",
        description = "confirmed, rejected or suggested.")
    String state;

    @Option(
        names = "--role",
        defaultValue = "killed",
        description = "killed, injured or missing (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(
        names = "--certainty",
        defaultValue = "confirmed",
        description = "confirmed, probable or possible (default: ${DEFAULT-VALUE}).")
    String certainty;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept and logged).")
    String note;

    @Override
    public Integer call() {
      long id = personId(person);
      try (Register reg = Register.open(db.existing())) {
        new LinkVictims(reg)
            .decide(
                incident,
                id,
                VictimLink.Role.ofCode(role),
                VictimLink.Certainty.ofCode(certainty),
                VictimLink.State.ofCode(state),
                note,
                by.actor());
      }
      spec.commandLine()
          .getOut()
          .printf("%s: person %d %s (%s, %s).%n", incident, id, state, role, certainty);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code P12} or {@code 12}. */
  static long personId(String text) {
    String t = text.strip();
    if (t.startsWith("P") || t.startsWith("p")) {
      t = t.substring(1);
    }
    try {
      long id = Long.parseLong(t);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new org.sijil.core.UserError("'" + text + "' is not a person id (e.g. P12)");
  }
}
