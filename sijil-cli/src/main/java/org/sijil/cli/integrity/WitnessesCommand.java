package org.sijil.cli.integrity;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.app.integrity.ServeLog;
import org.sijil.app.integrity.WitnessCosignatures;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sijil witnesses}: the register's side of witnessing, the edge of {@link
 * WitnessCosignatures} (the witness's side is {@code sijil witness}).
 */
@Command(
    name = "witnesses",
    mixinStandardHelpOptions = true,
    description = {
      "The witnesses of the register's log: trust a witness's key (logged), hand a witness the"
          + " latest checkpoint and the consistency proof from the size it last saw, and store the"
          + " cosignature it sends back; the checkpoint is then served with it."
    },
    subcommands = {
      WitnessesCommand.Add.class,
      WitnessesCommand.Checkpoint.class,
      WitnessesCommand.Cosign.class,
      WitnessesCommand.Quorum.class
    })
public final class WitnessesCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: add, checkpoint, cosign or quorum");
  }

  /** {@code sijil witnesses add --db REGISTER FILE}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Trusts a witness's public key (type 0x04); logged as a key-change entry.")
  static final class Add implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", paramLabel = "FILE", description = "The witness's .pub file.")
    Path key;

    @Override
    public Integer call() {
      String vkey = KeyFiles.read(key);
      try (Register reg = Register.open(db.existing())) {
        spec.commandLine()
            .getOut()
            .println(
                "trusted: " + new WitnessCosignatures(reg).addWitness(by.actor(), vkey).text());
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code sijil witnesses checkpoint --db REGISTER [--from N --proof FILE]}. */
  @Command(
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      description =
          "Prints the latest signed checkpoint with its cosignatures; with --from, writes the"
              + " consistency proof from that size to --proof (what 'sijil witness --proof' reads).")
  static final class Checkpoint implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--from", paramLabel = "N", description = "The size the witness last saw.")
    Long from;

    @Option(names = "--proof", paramLabel = "FILE", description = "Where to write the proof.")
    Path proof;

    @Override
    public Integer call() {
      if ((from == null) != (proof == null)) {
        throw new UserError("--from and --proof go together");
      }
      try (Register reg = Register.open(db.existing())) {
        String note =
            new ServeLog(reg)
                .latestCheckpoint()
                .orElseThrow(() -> new UserError("no checkpoint is signed yet"));
        if (from != null) {
          List<byte[]> hashes = new WitnessCosignatures(reg).consistencyProof(from);
          StringBuilder out = new StringBuilder();
          hashes.forEach(h -> out.append(Base64.getEncoder().encodeToString(h)).append('\n'));
          try {
            java.nio.file.Files.writeString(proof, out, java.nio.charset.StandardCharsets.UTF_8);
          } catch (java.io.IOException e) {
            throw new UserError("cannot write " + proof + ": " + e.getMessage(), e);
          }
        }
        spec.commandLine().getOut().print(note);
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code sijil witnesses cosign --db REGISTER FILE}. */
  @Command(
      name = "cosign",
      mixinStandardHelpOptions = true,
      description =
          "Stores the cosignatures on a checkpoint a witness sent back (as 'sijil witness --out'"
              + " writes it); only a checkpoint this register signed, cosigned by trusted witnesses.")
  static final class Cosign implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(index = "0", paramLabel = "FILE", description = "The cosigned checkpoint.")
    Path file;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        List<String> names = new WitnessCosignatures(reg).accept(KeyFiles.read(file));
        spec.commandLine().getOut().println("accepted: " + String.join(", ", names));
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code sijil witnesses quorum --db REGISTER N}. */
  @Command(
      name = "quorum",
      mixinStandardHelpOptions = true,
      description =
          "Requires N trusted witnesses' cosignatures before the server serves a new checkpoint"
              + " (and the snapshot it covers) as published; until then it serves the previous one."
              + " 0 publishes at once. Logged.")
  static final class Quorum implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", paramLabel = "N", description = "Cosignatures required.")
    int quorum;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        new WitnessCosignatures(reg).requireQuorum(by.actor(), quorum);
      }
      spec.commandLine().getOut().println("witness quorum: " + quorum);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
