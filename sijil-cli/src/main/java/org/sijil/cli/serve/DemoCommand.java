package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.users.ManageUsers;
import org.sijil.app.users.Passwords;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.ingest.ReadOptions;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.auth.User;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.RegisterData;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil demo}: imports the bundled synthetic sample lists into a register, links them into
 * persons, and serves the result (the estimate is computed at start), with a one-time analyst
 * account so the review queue can be tried.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Imports the three bundled synthetic sample lists (no real person) into a register, links them"
          + " and serves search, person pages, statistics, the estimate, the memorial and the review queue.",
      "Prints a one-time analyst password for the review queue.",
      "With --records N it serves N generated records instead, grouped by the generator's truth"
          + " (for trying the server at scale; no import or linkage)."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The bundled sample lists: file in the jar, source name, as-of date. */
  static final List<String[]> SAMPLES =
      List.of(
          new String[] {"synthetic-hospital.csv", "hospital", "2024-06-30"},
          new String[] {"synthetic-family-report.csv", "family-report", "2024-06-30"},
          new String[] {"synthetic-obituaries.csv", "obituaries", "2024-06-30"});

  @Spec CommandSpec spec;

  @Mixin ListenOptions listen;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Keep the demo register in this new file (default: a temporary file).")
  Path db;

  @Option(
      names = "--records",
      paramLabel = "N",
      description = "Serve N generated records instead of the samples (no import or linkage).")
  Long records;

  @Option(
      names = "--lists",
      defaultValue = "3",
      description = "With --records: number of generated lists, 2 to 6 (default ${DEFAULT-VALUE}).")
  int lists;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "With --records: random seed (default ${DEFAULT-VALUE}).")
  long seed;

  /** The running app after {@link #call()} (tests). */
  Javalin app;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    listen.checkedPort();
    if (records != null) {
      return generated(out);
    }
    Path file = db;
    if (file == null) {
      Path dir = Files.createTempDirectory("sijil-demo");
      file = dir.resolve("demo.db");
      deleteOnExit(dir);
    } else if (Files.exists(file)) {
      throw new UserError(
          "demo register "
              + file
              + " exists already: give a new file, or serve it with 'sijil serve --db "
              + file
              + "'");
    }
    importSamples(file, out);
    String password = oneTimePassword();
    try (Register reg = Register.open(file)) {
      new ManageUsers(reg).save("demo", Role.ANALYST.code(), password.toCharArray(), 10, DEMO);
    }
    out.println(
        "Analyst sign-in for the review queue: user 'demo', password '"
            + password
            + "' (this demo register only).");
    app =
        RegisterServing.serve(file, listen.config(), listen.bind, listen.port, listen.block(), out);
    return 0;
  }

  /**
   * Imports the bundled sample lists into the register {@code file} and links them, saying so on
   * {@code out}: the demo's register, and the one {@code startup-archive --sample} trains on.
   */
  public static void importSamples(Path file, PrintWriter out) throws IOException {
    Path samples = Files.createTempDirectory("sijil-samples");
    deleteOnExit(samples);
    for (String[] s : SAMPLES) {
      Path f = samples.resolve(s[0]);
      try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + s[0])) {
        if (in == null) {
          throw new UserError(
              "this sijil build has no bundled sample "
                  + s[0]
                  + " (rebuild with samples/ present)");
        }
        Files.copy(in, f);
      }
      out.printf("Importing %s as source '%s' ...%n", s[0], s[1]);
      out.flush();
      Path sample = f;
      String[] what = s;
      step(
          out,
          "import",
          file,
          reg ->
              new ImportRelease(reg)
                  .run(
                      new ImportRelease.Request(
                          sample,
                          what[1],
                          "sample",
                          java.time.LocalDate.parse(what[2]),
                          ReadOptions.defaults(),
                          false),
                      DEMO,
                      ProgressListener.NONE));
    }
    out.println("Linking records into persons ...");
    out.flush();
    step(
        out,
        "link",
        file,
        reg ->
            new LinkRegister(reg)
                .run(LinkRegister.Options.defaults(), DEMO, ProgressListener.NONE));
  }

  /** Who the demo's steps are recorded as. */
  private static final Actor DEMO = Actor.orSystemUser(null);

  /**
   * Runs one use case on the register; on a user error says so and carries on with what the
   * register holds.
   */
  private static void step(
      PrintWriter out, String name, Path db, java.util.function.Consumer<Register> useCase) {
    try (Register reg = Register.open(db)) {
      useCase.accept(reg);
    } catch (UserError e) {
      out.println(
          "  '"
              + name
              + "' failed: "
              + org.sijil.cli.ErrorWords.word(e)
              + " — the demo continues with what the register holds.");
    }
  }

  private int generated(PrintWriter out) {
    if (records < 1 || records > 5_000_000) {
      throw new UserError("--records must be between 1 and 5000000, not " + records);
    }
    if (lists < 2 || lists > 6) {
      throw new UserError("--lists must be between 2 and 6, not " + lists);
    }
    out.printf(
        "Generating %,d synthetic records on %d lists (seed %d) ...%n", records, lists, seed);
    out.println(
        "Note: records are grouped into persons by the generator's own truth, not by the linkage model.");
    RegisterData data = SynthListsRegister.generate(records, lists, seed);
    InMemoryRegister register = new InMemoryRegister(data);
    out.printf("%,d persons.%n", data.persons().size());
    InMemoryUserStore users = new InMemoryUserStore();
    String password = oneTimePassword();
    users.save(new User("demo", Role.ANALYST, Passwords.hash(password.toCharArray(), 10)));
    out.println("Analyst sign-in: user 'demo', password '" + password + "' (this run only).");
    app =
        ServerRunner.run(
            register, users, listen.config(), listen.bind, listen.port, listen.block(), out);
    return 0;
  }

  private static void deleteOnExit(Path dir) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
                  } catch (IOException | UncheckedIOException ignored) {
                    // best effort: a temporary folder
                  }
                }));
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
