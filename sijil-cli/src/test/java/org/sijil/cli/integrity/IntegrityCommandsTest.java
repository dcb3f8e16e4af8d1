package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.Cosignatures;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.Tiles;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.integrity.TransparencyLog;

/** sijil keys and sijil verify end to end on files, each with a tampered counterpart. */
class IntegrityCommandsTest {

  static final String ORIGIN = "sijil.example/log";
  static final int ENTRIES = 600;

  @TempDir Path dir;
  Path pub;
  NoteSigner signer;
  TransparencyLog log;
  List<byte[]> entries;

  @BeforeEach
  void setUp() throws IOException {
    Cli.ok("keys", "generate", "--name", ORIGIN, "--out", dir.resolve("keys"));
    pub = dir.resolve("keys/sijil.example_log.pub");
    signer = NoteSigner.parse(Files.readString(dir.resolve("keys/sijil.example_log.key")));
    log = TransparencyLog.inMemory();
    entries = new java.util.ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      byte[] e =
          new LogEntry.Removal(
                  Instant.ofEpochSecond(1_800_000_000L + i),
                  "editor",
                  "synthetic-" + i,
                  "test entry " + i)
              .encode();
      entries.add(e);
      log.append(e);
    }
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  SignedNote checkpoint(long size) {
    return new Checkpoint(ORIGIN, size, log.root(size)).sign(signer);
  }

  static String flip(String text, int at) {
    char[] c = text.toCharArray();
    c[at] = c[at] == 'A' ? 'B' : 'A';
    return new String(c);
  }

  @Test
  void keysArePrivateAndThePublicFormIsTheVerifierKey() throws IOException {
    Path key = dir.resolve("keys/sijil.example_log.key");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    String vkey = Files.readString(pub).strip();
    assertEquals(vkey, Cli.ok("keys", "public", "--key", key).out().strip());
    assertEquals(vkey, Cli.ok("keys", "public", "--key", pub).out().strip());
    assertTrue(vkey.startsWith(ORIGIN + "+"));
    Cli.Run again = Cli.run("keys", "generate", "--name", ORIGIN, "--out", dir.resolve("keys"));
    assertEquals(1, again.code());
    assertTrue(again.err().contains("already exists"), again.err());
  }

  @Test
  void aCheckpointVerifiesAndAFlippedByteFails() throws IOException {
    String text = checkpoint(ENTRIES).format();
    Cli.Run ok = Cli.ok("verify", "checkpoint", write("cp", text), "--key", pub);
    assertTrue(ok.out().contains("size " + ENTRIES), ok.out());
    Cli.Run bad =
        Cli.run(
            "verify", "checkpoint", write("bad", text.replace("\n600\n", "\n601\n")), "--key", pub);
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("does not verify"), bad.err());
  }

  @Test
  void aReceiptVerifiesAndAnyFlippedByteFails() throws IOException {
    String text = TlogProof.receipt(log, 123, entries.get(123), checkpoint(ENTRIES)).format();
    Cli.Run ok = Cli.ok("verify", "receipt", write("r.tlog-proof", text), "--key", pub);
    assertTrue(ok.out().contains("entry 123 is in the log"), ok.out());
    assertTrue(ok.out().contains("synthetic-123"), ok.out());
    for (int at = 0; at < text.length(); at += 13) {
      String bad = flip(text, at);
      if (!bad.equals(text)) {
        Cli.Run r = Cli.run("verify", "receipt", write("bad.tlog-proof", bad), "--key", pub);
        assertEquals(1, r.code(), "flip at " + at + ": " + r.out());
      }
    }
    String wrongIndex = text.replace("index 123", "index 124");
    Cli.Run r = Cli.run("verify", "receipt", write("w.tlog-proof", wrongIndex), "--key", pub);
    assertTrue(r.err().contains("entry 124"), r.err());
  }

  @Test
  void consistencyBetweenTwoCheckpointsVerifiesAndAForkFails() throws IOException {
    Path old = write("old", checkpoint(300).format());
    Path cur = write("new", checkpoint(ENTRIES).format());
    String proof =
        log.consistencyProof(300, ENTRIES).stream()
            .map(h -> Base64.getEncoder().encodeToString(h) + "\n")
            .collect(Collectors.joining());
    Cli.ok("verify", "consistency", old, cur, "--proof", write("proof", proof), "--key", pub);
    Cli.Run bad =
        Cli.run(
            "verify",
            "consistency",
            old,
            cur,
            "--proof",
            write("bad-proof", flip(proof, 3)),
            "--key",
            pub);
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("does not extend the log at size 300"), bad.err());
  }

  @Test
  void witnessQuorumIsEnforced() throws IOException {
    Cli.ok(
        "keys", "generate", "--name", "witness.example/w1", "--out", dir.resolve("w"), "--witness");
    Path wpub = dir.resolve("w/witness.example_w1.pub");
    NoteSigner w = NoteSigner.parse(Files.readString(dir.resolve("w/witness.example_w1.key")));
    SignedNote note = checkpoint(ENTRIES);
    Path bare = write("bare", note.format());
    Path cosigned =
        write("cosigned", note.with(Cosignatures.cosign(w, note.text(), 1_800_000_000L)).format());
    Cli.Run ok = Cli.ok("verify", "checkpoint", cosigned, "--key", pub, "--witness", wpub);
    assertTrue(ok.out().contains("witness.example/w1 at 2027-01-15T08:00:00Z"), ok.out());
    Cli.Run bad = Cli.run("verify", "checkpoint", bare, "--key", pub, "--witness", wpub);
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("only 0 of 1 witnesses cosigned"), bad.err());
  }

  @Test
  void aTileSetVerifiesAndATamperedTileOrEntryIsNamed() throws IOException {
    Path tiles = dir.resolve("tiles");
    write("tiles/checkpoint", checkpoint(ENTRIES).format());
    for (Map.Entry<String, byte[]> e :
        Tiles.all(log, ENTRIES, i -> entries.get((int) i)).entrySet()) {
      Path p = tiles.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    Cli.Run ok = Cli.ok("verify", "tiles", tiles, "--key", pub);
    assertTrue(ok.out().contains("all 600 entries"), ok.out());

    Path tile = tiles.resolve("tile/0/001");
    byte[] bytes = Files.readAllBytes(tile);
    bytes[100] ^= 1;
    Files.write(tile, bytes);
    Cli.Run bad = Cli.run("verify", "tiles", tiles, "--key", pub);
    assertEquals(1, bad.code());
    assertTrue(
        bad.err().contains("tile/0/001 does not hash to hash 1 of tile/1/000.p/2"), bad.err());
    bytes[100] ^= 1;
    Files.write(tile, bytes);

    Path bundle = tiles.resolve("tile/entries/002.p/88");
    byte[] b = Files.readAllBytes(bundle);
    b[b.length - 3] ^= 1;
    Files.write(bundle, b);
    bad = Cli.run("verify", "tiles", tiles, "--key", pub);
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("entry 599 in tile/entries/002.p/88"), bad.err());
    assertEquals(Hashes.SIZE * 88, Files.size(tiles.resolve("tile/0/002.p/88")));
  }
}
