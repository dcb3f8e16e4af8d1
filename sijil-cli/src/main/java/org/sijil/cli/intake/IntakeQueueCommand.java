package org.sijil.cli.intake;

import java.util.concurrent.Callable;
import org.sijil.app.intake.SubmissionQueue;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.store.Intake;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil intake queue}: the pending submissions; {@code --set ID=STATUS} confirms one. */
@Command(
    name = "queue",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the newest pending submissions (never a reporter's contact), or sets one's status"
          + " (--set ID=confirmed), recording who."
    })
public final class IntakeQueueCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ByOption by;
  @Mixin FormatOption format;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: 50).")
  int limit;

  @Option(
      names = "--set",
      paramLabel = "ID=STATUS",
      description = "pending, confirmed or corroborated.")
  String set;

  @Override
  public Integer call() {
    try (Register reg = Register.open(db.existing())) {
      SubmissionQueue queue = new SubmissionQueue(reg);
      if (set != null) {
        int eq = set.indexOf('=');
        if (eq < 1) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--set needs ID=STATUS");
        }
        queue.setStatus(set.substring(0, eq), set.substring(eq + 1), by.actor());
      }
      Table t = new Table("submission", "source", "channel", "received_at", "status", "fields");
      for (Intake.Stored s : queue.pending(limit)) {
        t.add(s.id(), s.source(), s.channel(), s.receivedAt(), s.status(), s.fieldsJson());
      }
      Printer.print(t, format.format(), spec.commandLine().getOut());
    }
    return 0;
  }
}
