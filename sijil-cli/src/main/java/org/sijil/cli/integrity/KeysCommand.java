package org.sijil.cli.integrity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SignatureType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil keys}: the Ed25519 keys that sign the log's checkpoints (and witnesses' keys). */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {
      "Manages the Ed25519 keys that sign the register's checkpoints, in the C2SP signed-note text"
          + " forms that standard transparency-log tools read.",
      "A rotation ('keys rotate') is recorded in the register's log and signed by the old key."
    },
    subcommands = {
      KeysCommand.Generate.class,
      KeysCommand.Public.class,
      KeyRotationCommands.Rotate.class,
      KeyRotationCommands.Rotations.class
    })
public final class KeysCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: generate, public, rotate or rotations");
  }

  /** {@code sijil keys generate --name NAME --out DIR}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Generates a key pair: DIR/NAME.key (private, mode 0600) and DIR/NAME.pub (the verifier"
            + " key to publish). NAME is the log's origin, e.g. sijil.example.org/log.",
        "Existing files are never overwritten."
      })
  public static final class Generate implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin FormatOption format;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "Key name: the log origin (or witness name); no spaces, no '+'.")
    String name;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Directory for the key files.")
    Path out;

    @Option(
        names = "--witness",
        description =
            "A witness's cosigning key (signature type 0x04)" + " instead of a log key (0x01).")
    boolean witness;

    @Override
    public Integer call() {
      SignatureType type = witness ? SignatureType.COSIGNATURE_V1 : SignatureType.ED25519;
      NoteSigner signer;
      try {
        signer = NoteSigner.generate(name, type, new SecureRandom());
      } catch (IllegalArgumentException e) {
        throw new UserError("--name: " + e.getMessage());
      }
      try {
        Files.createDirectories(out);
      } catch (java.io.IOException e) {
        throw new UserError("cannot create " + out + ": " + e.getMessage(), e);
      }
      Path priv = out.resolve(KeyFiles.baseName(name) + KeyFiles.PRIVATE_SUFFIX);
      Path pub = out.resolve(KeyFiles.baseName(name) + KeyFiles.PUBLIC_SUFFIX);
      if (Files.exists(pub)) {
        throw new UserError(pub + " already exists; keys are never overwritten (move it first)");
      }
      KeyFiles.writePrivate(priv, signer);
      KeyFiles.writePublic(pub, signer.verifier());
      Printer.print(
          new Table("private_key", "public_key", "verifier_key")
              .add(priv, pub, signer.verifier().text()),
          format.format(),
          spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil keys public --key FILE}: prints the verifier key text. */
  @Command(
      name = "public",
      mixinStandardHelpOptions = true,
      description =
          "Prints the verifier key (name+keyid+base64 key) of a private or public key file.")
  public static final class Public implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--key",
        required = true,
        paramLabel = "FILE",
        description = "A .key or .pub file.")
    Path key;

    @Override
    public Integer call() {
      NoteVerifier v = KeyFiles.readVerifier(key);
      spec.commandLine().getOut().println(v.text());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
