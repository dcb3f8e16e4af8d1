package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed hash store: reopening keeps the log, a torn last write is cut back. */
class FileHashStoreTest {

  @TempDir Path dir;

  @Test
  void aLogSurvivesReopeningAndATornWrite() throws IOException {
    Path file = dir.resolve("log.hashes");
    byte[] root;
    try (FileHashStore store = FileHashStore.open(file)) {
      TransparencyLog log = TransparencyLog.open(store);
      for (int i = 0; i < 1000; i++) {
        log.append(("e" + i).getBytes());
      }
      store.sync();
      root = log.root();
    }
    assertEquals(StoredHashes.count(1000) * Hashes.SIZE, Files.size(file));
    Files.write(file, new byte[7], StandardOpenOption.APPEND);
    try (FileHashStore store = FileHashStore.open(file)) {
      TransparencyLog log = TransparencyLog.open(store);
      assertEquals(1000, log.size());
      assertArrayEquals(root, log.root());
      assertArrayEquals(
          log.root(999),
          MerkleProofs.rootOf(
              java.util.stream.LongStream.range(0, 999).mapToObj(log::leafHash).toList()));
    }
  }
}
