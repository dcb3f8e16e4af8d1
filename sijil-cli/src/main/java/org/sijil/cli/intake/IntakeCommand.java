package org.sijil.cli.intake;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code sijil intake}: field submissions (docs/intake.md). */
@Command(
    name = "intake",
    mixinStandardHelpOptions = true,
    description = {
      "Field intake: signed bundles and ODK/Kobo submissions taken in exactly once, signed bundles"
          + " written for a USB stick or a messaging app, the queue of pending submissions, and"
          + " an admin's opening of a sealed contact.",
      "See docs/intake.md."
    },
    subcommands = {
      IntakeImportCommand.class,
      IntakeExportCommand.class,
      IntakeQueueCommand.class,
      IntakeContactCommand.class
    })
public final class IntakeCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: import, export, queue or contact");
  }
}
