package org.sijil.cli;

import java.io.PrintWriter;
import org.sijil.cli.synth.SynthCommand;
import org.sijil.cli.synth.SynthDeriveCommand;
import org.sijil.core.UserError;
import org.sijil.core.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sijil} command. Exit codes: 0 ok, 1 user error (one-line message), 2 internal error.
 */
@Command(
    name = "sijil",
    mixinStandardHelpOptions = true,
    version = "sijil 0.1.0",
    description = "An open system of record for the human toll of war.",
    subcommands = {
      CommandLine.HelpCommand.class,
      org.sijil.cli.names.NameCommand.class,
      org.sijil.cli.names.CompareNamesCommand.class,
      SynthCommand.class,
      SynthDeriveCommand.class,
      org.sijil.cli.register.ImportCommand.class,
      org.sijil.cli.register.ReleasesCommand.class,
      org.sijil.cli.register.ShowCommand.class,
      org.sijil.cli.register.RejectsCommand.class,
      org.sijil.cli.register.WarningsCommand.class,
      org.sijil.cli.register.DiffCommand.class,
      org.sijil.cli.corrections.CorrectionsCommand.class,
      org.sijil.cli.register.ExportCommand.class,
      org.sijil.cli.estimate.EstimateCommand.class,
      org.sijil.cli.linkage.LinkCommand.class,
      org.sijil.cli.linkage.DedupeCommand.class,
      org.sijil.cli.linkage.EvaluateCommand.class,
      org.sijil.cli.linkage.ExplainCommand.class,
      org.sijil.cli.linkage.ReviewCommand.class,
      org.sijil.cli.serve.ServeCommand.class,
      org.sijil.cli.serve.DemoCommand.class,
      org.sijil.cli.serve.UsersCommand.class,
      org.sijil.cli.variants.LearnVariantsCommand.class,
      org.sijil.cli.integrity.KeysCommand.class,
      org.sijil.cli.integrity.VerifyCommand.class,
      org.sijil.cli.integrity.WitnessCommand.class,
      org.sijil.cli.integrity.WitnessesCommand.class,
      org.sijil.cli.integrity.PublishCommand.class,
      org.sijil.cli.integrity.ReceiptCommand.class,
      org.sijil.cli.incidents.IncidentsCommand.class,
      org.sijil.cli.intake.IntakeCommand.class,
      org.sijil.cli.copy.CopyCommand.class,
      org.sijil.cli.records.RecordsCommand.class,
      org.sijil.cli.backup.BackupCommand.class,
      org.sijil.cli.backup.RestoreCommand.class,
      org.sijil.cli.sources.SourcesCommand.class,
      org.sijil.cli.startup.StartupArchiveCommand.class,
    })
public final class SijilMain implements Runnable {

  public static final int EXIT_OK = 0;
  public static final int EXIT_USER_ERROR = 1;
  public static final int EXIT_INTERNAL_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    org.sijil.cli.serve.ServeCommand.prepare(args);
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Picocli's message, except that a word where a command belongs is called an unknown command. */
  static String parameterMessage(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u
        && !ex.getCommandLine().getSubcommands().isEmpty()
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")
        && ex.getCommandLine().getParseResult() != null
        && !ex.getCommandLine().getParseResult().hasSubcommand()) {
      return "unknown command '" + u.getUnmatched().get(0) + "'";
    }
    // --format is the output's format; a user naming the input file's format means --file-format.
    if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o
        && o.longestName().equals("--format")
        && ex.getCommandLine().getCommandSpec().findOption("--file-format") != null) {
      return ex.getMessage() + "; for the input file's format use --file-format csv|xlsx|json";
    }
    return ex.getMessage();
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests too). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(new SijilMain(), args, out, err);
  }

  /**
   * Runs {@code root} (a picocli command: {@code sijil}, or the developers' {@code sijil-tools})
   * with the same error handling and exit codes, and returns the exit code.
   */
  public static int execute(Object root, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("sijil: " + parameterMessage(ex));
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_USER_ERROR;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserError ue) {
            err.println("sijil: " + TerminalText.escape(ErrorWords.word(ue)));
            return EXIT_USER_ERROR;
          }
          if (OutOfMemory.in(ex)) {
            err.println(OutOfMemory.line(ex));
            return EXIT_INTERNAL_ERROR;
          }
          err.println("sijil: internal error: " + ex);
          ex.printStackTrace(err);
          return EXIT_INTERNAL_ERROR;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown on the command's own thread, it is not the handler's (picocli passes errors on).
      err.println(OutOfMemory.line(e));
      code = EXIT_INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }
}
