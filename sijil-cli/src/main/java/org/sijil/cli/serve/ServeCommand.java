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
