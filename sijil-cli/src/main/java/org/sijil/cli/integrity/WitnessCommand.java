package org.sijil.cli.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.core.UserError;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.NoteException;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.Witness;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sijil witness cosign}: a minimal file-based witness (C2SP tlog-witness checks, without the
 * HTTP endpoint). Its state directory holds the last checkpoint it cosigned per log; it cosigns a
 * new checkpoint only if the log signed it and a consistency proof from that last one verifies, and
 * refuses rollbacks and forks with exit code 1. The new state is written before the cosignature is
 * released, so a crash can never let it cosign two histories.
 */
@Command(
    name = "witness",
    mixinStandardHelpOptions = true,
    description = {
      "A minimal witness: cosigns a log's checkpoint only if it extends the last one this witness"
          + " cosigned for that log (checked by a consistency proof); refuses forks and rollbacks.",
      "Prints the checkpoint with the witness's cosignature line added."
    })
public final class WitnessCommand implements Callable<Integer> {

  static final String STATE_SUFFIX = ".checkpoint";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "The log's signed checkpoint.")
  Path checkpoint;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "The witness's private key (from 'sijil keys generate --witness').")
  Path key;

  @Option(
      names = "--log",
      required = true,
      paramLabel = "FILE",
      description = "The log's public key file; repeatable, one per log witnessed.")
  List<Path> logs;

  @Option(
      names = "--state",
      required = true,
      paramLabel = "DIR",
      description = "Directory of the last checkpoint cosigned per log (created if absent).")
  Path state;

  @Option(
      names = "--proof",
      paramLabel = "FILE",
      description =
          "Consistency proof from the last cosigned checkpoint (one base64 hash per line);"
              + " not needed for the first checkpoint of a log or an unchanged one.")
  Path proof;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the cosigned checkpoint here" + " instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    NoteSigner signer;
    try {
      signer = NoteSigner.parse(KeyFiles.read(key));
    } catch (IllegalArgumentException e) {
      throw new UserError(key + ": " + e.getMessage());
    }
    List<NoteVerifier> logKeys = logs.stream().map(KeyFiles::readVerifier).toList();
    Witness witness;
    try {
      witness = new Witness(signer, logKeys, load());
    } catch (IllegalArgumentException e) {
      throw new UserError(key + ": " + e.getMessage());
    }
    SignedNote note = TrustOptions.parseNote(KeyFiles.readBytes(checkpoint), checkpoint.toString());
    String origin = note.text().substring(0, note.text().indexOf('\n'));
    long oldSize = witness.latest(origin).map(Checkpoint::size).orElse(0L);
    List<byte[]> hashes = proof == null ? List.of() : VerifyCommand.Consistency.readHashes(proof);
    SignedNote.Line line;
    try {
      line = witness.cosign(note, oldSize, hashes, Instant.now().getEpochSecond());
    } catch (NoteException e) {
      throw new UserError(checkpoint + ": refused: " + e.getMessage());
    }
    SignedNote cosigned = note.with(line);
    save(origin, cosigned);
    emit(cosigned.format());
    return 0;
  }

  private Map<String, Checkpoint> load() {
    Map<String, Checkpoint> latest = new HashMap<>();
    if (!Files.isDirectory(state)) {
      return latest;
    }
    try (var files = Files.list(state)) {
      for (Path f : files.filter(p -> p.toString().endsWith(STATE_SUFFIX)).toList()) {
        Checkpoint c = Checkpoint.parse(SignedNote.parse(KeyFiles.readBytes(f)).text());
        latest.put(c.origin(), c);
      }
    } catch (IOException | NoteException e) {
      throw new UserError("cannot read the witness state in " + state + ": " + e.getMessage());
    }
    return latest;
  }

  private void save(String origin, SignedNote cosigned) {
    Path file = state.resolve(KeyFiles.baseName(origin) + STATE_SUFFIX);
    try {
      Files.createDirectories(state);
      Path tmp = Files.createTempFile(state, "next", ".tmp");
      Files.writeString(tmp, cosigned.format(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UserError("cannot save the witness state " + file + ": " + e.getMessage(), e);
    }
  }

  private void emit(String text) {
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
