package org.sijil.cli.serve;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.sijil.app.users.ManageUsers;
import org.sijil.app.users.Passwords;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import org.sijil.store.StoredUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil users}: who may sign in to the analyst pages. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manages the users who may sign in to the analyst pages of 'sijil serve'.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersRevoke.class})
public final class UsersCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: add or list (or revoke)");
  }

  /**
   * {@code sijil users add NAME --role R}: the password is prompted for, or read from standard
   * input.
   */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a user, or sets the role and password of an existing one.",
        "The password is asked for twice on a terminal, or read as the first line of standard input"
            + " (e.g. from a password manager).",
        "It is stored only as a bcrypt hash."
      })
  public static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin DbOption db;

    @Mixin org.sijil.cli.ByOption by;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "User name (letters, digits, . _ @ -).")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "R",
        description = "admin, analyst, viewer or field (field: only sends intake reports).")
    String role;

    @Override
    public Integer call() {
      String code;
      try {
        code = org.sijil.app.users.Role.parse(role).code();
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      if (name == null || !name.matches(ManageUsers.NAME_PATTERN)) {
        throw new UserError(
            "user name must be 1-64 letters, digits or . _ @ -, not '" + name + "'");
      }
      char[] password = readPassword();
      try (Register reg = Register.open(db.path())) {
        new ManageUsers(reg).save(name, code, password, Passwords.DEFAULT_COST, by.actor());
      } finally {
        Arrays.fill(password, '\0');
      }
      spec.commandLine().getOut().println("User '" + name + "' can sign in as " + code + ".");
      return 0;
    }

    private char[] readPassword() {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
          throw new UserError("the two passwords differ (or input ended): nothing was changed");
        }
        Arrays.fill(second, '\0');
        return first;
      }
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new UserError(
              "no password on standard input: pipe it in, or run on a terminal to be asked");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UserError("cannot read the password from standard input: " + e.getMessage());
      }
    }
  }

  /** {@code sijil users list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the users and their roles (never passwords).")
  public static final class ListUsers implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin DbOption db;

    @Mixin FormatOption format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Register reg = Register.open(db.existing())) {
        Table t =
            new Table(
                java.util.List.of(
                    "name",
                    "role",
                    "created",
                    "updated",
                    "created_by",
                    "updated_by",
                    "revoked",
                    "revoked_by"));
        for (StoredUser u : new ManageUsers(reg).list()) {
          t.add(
              u.name(),
              u.role(),
              u.createdAt().toString(),
              u.updatedAt().toString(),
              u.createdBy() == null ? "" : u.createdBy(),
              u.updatedBy() == null ? "" : u.updatedBy(),
              u.disabledAt() == null ? "" : u.disabledAt().toString(),
              u.disabledBy() == null ? "" : u.disabledBy());
        }
        Printer.print(t, format.format(), out);
      }
      return 0;
    }
  }
}
