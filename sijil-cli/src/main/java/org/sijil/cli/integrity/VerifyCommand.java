package org.sijil.cli.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.integrity.Base64Text;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.MerkleProofs;
import org.sijil.core.integrity.NoteException;
import org.sijil.core.integrity.TileVerifier;
import org.sijil.core.integrity.Tiles;
import org.sijil.core.integrity.TlogProof;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sijil verify}: offline checks with the log's public key alone. Exit 0 when everything
 * verifies; exit 1 with a message naming the file and what failed (line, entry index, tile path).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verifies, offline and with only the log's public key, a signed checkpoint, a receipt"
          + " (c2sp.org/tlog-proof), the consistency of two checkpoints, or a downloaded tile set.",
      "Exit code 0: verified. Exit code 1: something failed, and the message says what."
    },
    subcommands = {
      VerifyCommand.CheckpointCheck.class,
      VerifyCommand.Receipt.class,
      VerifyCommand.Consistency.class,
      VerifyCommand.TileSet.class,
      ArchiveCheck.class
    })
public final class VerifyCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Verify a whole register file: recompute every hash from its stored rows, entries and checkpoints.")
  Path db;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description =
          "With --db: the log's public key file (as 'sijil keys public' prints; REGISTER.pub by default).")
  Path key;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    if (db == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "missing subcommand (checkpoint, receipt, consistency or tiles) or --db REGISTER");
    }
    return RegisterCheck.run(
        db, key, format.format(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  static Table checks() {
    return new Table("check", "result");
  }

  static void describe(Table t, TrustOptions.Verified v) {
    Checkpoint c = v.checkpoint();
    t.add(
        "checkpoint",
        c.origin()
            + " size "
            + c.size()
            + " root "
            + Base64.getEncoder().encodeToString(c.rootHash())
            + ": signed by the log key");
    v.cosigners().forEach(w -> t.add("cosignature", w));
  }

  /** {@code sijil verify checkpoint FILE --key KEY}. */
  @Command(
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      description = "Verifies a signed checkpoint (and witnesses' cosignatures, with --witness).")
  public static final class CheckpointCheck implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin TrustOptions trust;
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "FILE", description = "The checkpoint file.")
    Path file;

    @Override
    public Integer call() {
      Table t = checks();
      describe(
          t,
          trust.verify(
              TrustOptions.parseNote(KeyFiles.readBytes(file), file.toString()), file.toString()));
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil verify receipt FILE --key KEY}. */
  @Command(
      name = "receipt",
      mixinStandardHelpOptions = true,
      description =
          "Verifies a receipt: the entry it carries is in the log under its signed checkpoint.")
  public static final class Receipt implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin TrustOptions trust;
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "FILE", description = "The receipt (.tlog-proof) file.")
    Path file;

    @Override
    public Integer call() {
      String source = file.toString();
      String text = KeyFiles.read(file);
      if (org.sijil.app.integrity.PersonReceipt.isPersonReceipt(text)) {
        return personReceipt(text, source);
      }
      TlogProof proof;
      try {
        proof = TlogProof.parse(text);
      } catch (NoteException e) {
        throw new UserError(source + ": " + e.getMessage());
      }
      TrustOptions.Verified v = trust.verify(proof.checkpoint(), source);
      if (proof.extra() == null) {
        throw new UserError(source + ": the receipt carries no entry (no extra line)");
      }
      LogEntry entry;
      try {
        proof.verifyEntry(trust.logKey());
        entry = EntryCodec.decode(proof.extra());
      } catch (NoteException | IllegalArgumentException e) {
        throw new UserError(source + ": entry " + proof.index() + ": " + e.getMessage());
      }
      Table t = checks();
      describe(t, v);
      t.add(
          "inclusion",
          "entry " + proof.index() + " is in the log at size " + v.checkpoint().size());
      t.add(
          "entry",
          entry.type()
              + " by "
              + entry.actor()
              + " at "
              + entry.time()
              + ": "
              + String.join(", ", entry.values()));
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }

    /**
     * A person's receipt: their record under a snapshot's root, the snapshot entry in the signed
     * log.
     */
    private int personReceipt(String text, String source) {
      org.sijil.app.integrity.PersonReceipt.Verified v;
      try {
        org.sijil.app.integrity.PersonReceipt receipt =
            org.sijil.app.integrity.PersonReceipt.parse(text);
        trust.verify(receipt.log().checkpoint(), source);
        v = receipt.verify(trust.logKey());
      } catch (NoteException | IllegalArgumentException e) {
        throw new UserError(source + ": " + e.getMessage());
      }
      Table t = checks();
      Checkpoint c = v.checkpoint();
      t.add("checkpoint", c.origin() + " size " + c.size() + ": signed by the log key");
      t.add(
          "snapshot",
          v.snapshot().snapshot()
              + " by "
              + v.snapshot().actor()
              + " at "
              + v.snapshot().time()
              + ": "
              + v.snapshot().persons()
              + " persons under root "
              + v.snapshot().personsRoot());
      t.add("person", "person " + v.person() + "'s record is in that snapshot");
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil verify consistency OLD NEW --proof FILE --key KEY}. */
  @Command(
      name = "consistency",
      mixinStandardHelpOptions = true,
      description = {
        "Verifies that the log of the NEW checkpoint extends the log of the OLD one.",
        "The proof file has one base64 hash per line (RFC 9162 §2.1.4 consistency proof)."
      })
  public static final class Consistency implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin TrustOptions trust;
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older checkpoint file.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer checkpoint file.")
    Path newer;

    @Option(
        names = "--proof",
        required = true,
        paramLabel = "FILE",
        description = "The consistency proof.")
    Path proofFile;

    @Override
    public Integer call() {
      TrustOptions.Verified a =
          trust.verify(
              TrustOptions.parseNote(KeyFiles.readBytes(older), older.toString()),
              older.toString());
      TrustOptions.Verified b =
          trust.verify(
              TrustOptions.parseNote(KeyFiles.readBytes(newer), newer.toString()),
              newer.toString());
      List<byte[]> proof = readHashes(proofFile);
      Checkpoint c1 = a.checkpoint();
      Checkpoint c2 = b.checkpoint();
      if (!MerkleProofs.verifyConsistency(
          c1.size(), c2.size(), c1.rootHash(), c2.rootHash(), proof)) {
        throw new UserError(
            proofFile
                + ": the log at size "
                + c2.size()
                + " ("
                + newer
                + ") does not extend the log at size "
                + c1.size()
                + " ("
                + older
                + ")");
      }
      Table t = checks();
      describe(t, a);
      describe(t, b);
      t.add("consistency", "size " + c2.size() + " extends size " + c1.size());
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }

    public static List<byte[]> readHashes(Path file) {
      List<byte[]> out = new ArrayList<>();
      String[] lines = KeyFiles.read(file).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        try {
          out.add(Hashes.requireHash(Base64Text.decode(lines[i]), "hash"));
        } catch (IllegalArgumentException e) {
          throw new UserError(file + ": line " + (i + 1) + " is not a base64 SHA-256 hash");
        }
      }
      return out;
    }
  }

  /** {@code sijil verify tiles DIR --key KEY}. */
  @Command(
      name = "tiles",
      mixinStandardHelpOptions = true,
      description = {
        "Verifies a downloaded tile set (c2sp.org/tlog-tiles layout: DIR/checkpoint,"
            + " DIR/tile/...): recomputes the root from the tiles and compares it with the signed"
            + " checkpoint.",
        "Entry bundles (DIR/tile/entries/...), when present, are checked and decoded too."
      })
  public static final class TileSet implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin TrustOptions trust;
    @Mixin FormatOption format;

    @Parameters(index = "0", paramLabel = "DIR", description = "The tile set directory.")
    Path dir;

    @Override
    public Integer call() {
      Path cp = dir.resolve("checkpoint");
      TrustOptions.Verified v =
          trust.verify(
              TrustOptions.parseNote(KeyFiles.readBytes(cp), cp.toString()), cp.toString());
      Checkpoint c = v.checkpoint();
      boolean entries = Files.isDirectory(dir.resolve("tile/entries"));
      byte[] root;
      try {
        root = TileVerifier.verify(this::read, c.size(), entries);
      } catch (NoteException e) {
        throw new UserError(dir + ": " + e.getMessage());
      }
      if (!java.util.Arrays.equals(root, c.rootHash())) {
        throw new UserError(
            dir
                + ": the tiles' root "
                + Base64.getEncoder().encodeToString(root)
                + " is not the checkpoint's root");
      }
      if (entries) {
        decodeEntries(c.size());
      }
      Table t = checks();
      describe(t, v);
      t.add(
          "tiles",
          Tiles.tilesFor(c.size()).size()
              + " tiles recompute the checkpoint's root"
              + (entries ? "; all " + c.size() + " entries hash to their leaves and decode" : ""));
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }

    private void decodeEntries(long size) {
      for (Tiles.Tile t : Tiles.tilesFor(size)) {
        if (t.level() != 0) {
          continue;
        }
        List<byte[]> bundle = Tiles.parseBundle(read(t.entriesPath()), t.entriesPath());
        for (int i = 0; i < bundle.size(); i++) {
          try {
            EntryCodec.decode(bundle.get(i));
          } catch (IllegalArgumentException e) {
            throw new UserError(
                dir
                    + ": entry "
                    + (t.first() + i)
                    + " in "
                    + t.entriesPath()
                    + ": "
                    + e.getMessage());
          }
        }
      }
    }

    private byte[] read(String path) {
      Path file = dir.resolve(path);
      try {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      } catch (IOException e) {
        throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
