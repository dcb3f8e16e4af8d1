package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.auth.Passwords;
import org.sijil.server.auth.Role;
import org.sijil.server.auth.User;
import org.sijil.server.demo.SynthListsRegister;
import org.sijil.server.service.RegisterData;
import org.sijil.server.service.InMemoryRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sijil demo}: a register of synthetic lists, linked, served on this machine, with a one-time
 * analyst account so the review queue can be tried.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a register from synthetic casualty lists (names composed of common name parts, no real person),",
      "and serves it with the web pages and the API. Prints a one-time analyst password for the review queue."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for the LAN).")
  String bind;

  @Option(names = "--records", defaultValue = "20000", description = "Synthetic records to generate over all lists (default ${DEFAULT-VALUE}).")
  long records;

  @Option(names = "--lists", defaultValue = "3", description = "Number of synthetic lists, 2 to 6 (default ${DEFAULT-VALUE}).")
  int lists;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed of the synthetic lists (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--exit-after-start", hidden = true, description = "Return once serving (tests).")
  boolean exitAfterStart;

  /** The running app after {@link #call()} (tests). */
  Javalin app;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (records < 1 || records > 5_000_000) {
      throw new org.sijil.core.UserError("--records must be between 1 and 5000000, not " + records);
    }
    if (lists < 2 || lists > 6) {
      throw new org.sijil.core.UserError("--lists must be between 2 and 6, not " + lists);
    }
    out.printf("Generating %,d synthetic records on %d lists (seed %d) ...%n", records, lists, seed);
    out.println("Note: records are grouped into persons by the generator's own truth, not by the linkage");
    out.println("model; 'sijil serve --db PATH' publishes an imported and linked register.");
    RegisterData data = SynthListsRegister.generate(records, lists, seed);
    InMemoryRegister register = new InMemoryRegister(data);
    out.printf("%,d persons.%n", data.persons().size());
    InMemoryUserStore users = new InMemoryUserStore();
    String password = oneTimePassword();
    users.save(new User("demo", Role.ANALYST, Passwords.hash(password.toCharArray(), 10)));
    out.println("Analyst sign-in for the review queue: user 'demo', password '" + password + "' (this run only).");
    app = ServerRunner.run(register, users, bind, port, !exitAfterStart, out);
    return 0;
  }

  private static String oneTimePassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom r = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
