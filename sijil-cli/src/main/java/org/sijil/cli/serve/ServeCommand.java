package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sijil serve}: publishes a register — web pages in Arabic and English and the JSON API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the register: search, person pages, releases and diffs, statistics, estimates, a memorial"
          + " reading list, the review queue for analysts (see 'sijil users add'), and the API under /api.",
      "The register is read into memory at start; restart after importing or linking."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ListenOptions listen;

  @Mixin DbOption db;

  Javalin app;

  /**
   * Called first by {@code main}: for {@code serve}, starts loading what opening the register needs
   * ({@link Register#prepareInBackground}) while the command line is still being parsed, which
   * takes most of a second for a command with this many subcommands (ready ≤ 3 s, issue 14).
   */
  public static void prepare(String[] args) {
    if (args.length == 0 || !args[0].equals("serve")) {
      return;
    }
    try {
      Register.prepareInBackground(java.nio.file.Path.of(dbArgument(args)));
    } catch (java.nio.file.InvalidPathException e) {
      // picocli and the register say what is wrong with the path.
    }
  }

  /**
   * The {@code --db} value among {@code args} ({@code --db X} or {@code --db=X}), or the default.
   */
  static String dbArgument(String[] args) {
    String db = DbOption.DEFAULT;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--db") && i + 1 < args.length) {
        db = args[++i];
      } else if (args[i].startsWith("--db=")) {
        db = args[i].substring("--db=".length());
      }
    }
    return db;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    listen.checkedPort();
    if (!Register.exists(db.path())) {
      throw new UserError(
          "no register at "
              + db.path()
              + ": import lists first ('sijil import --help'), or try 'sijil demo'");
    }
    app =
        RegisterServing.serve(
            db.path(), listen.config(), listen.bind, listen.port, listen.block(), out);
    return 0;
  }
}
