package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link HashStore} contract on both plain implementations: positions and ranges at their
 * limits, whole hashes only, appends that cross a memory page, and the file's exact size.
 */
class HashStoresTest {

  @TempDir Path dir;

  /** Hash number {@code i}: 32 bytes of {@code i}'s low byte, then its second byte in byte 0. */
  private static byte[] hash(int i) {
    byte[] h = new byte[Hashes.SIZE];
    Arrays.fill(h, (byte) i);
    h[0] = (byte) (i >> 8);
    return h;
  }

  private static byte[] hashes(int from, int count) {
    byte[] out = new byte[count * Hashes.SIZE];
    for (int i = 0; i < count; i++) {
      System.arraycopy(hash(from + i), 0, out, i * Hashes.SIZE, Hashes.SIZE);
    }
    return out;
  }

  private List<Supplier<HashStore>> stores() {
    return List.of(
        MemoryHashStore::new, () -> FileHashStore.open(dir.resolve("h" + System.nanoTime())));
  }

  @Test
  void positionsAreReadFromZeroToBelowTheSize() {
    for (Supplier<HashStore> s : stores()) {
      HashStore store = s.get();
      assertEquals(0, store.size());
      assertThrows(IndexOutOfBoundsException.class, () -> store.read(0));
      store.append(hashes(0, 3));
      assertEquals(3, store.size());
      assertArrayEquals(hash(0), store.read(0));
      assertArrayEquals(hash(2), store.read(2));
      assertEquals(
          "no stored hash at position 3 of 3",
          assertThrows(IndexOutOfBoundsException.class, () -> store.read(3)).getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> store.read(-1));
      store.append(new byte[0]);
      assertEquals(3, store.size());
    }
  }

  @Test
  void rangesAreBackToBackAndLimited() {
    for (Supplier<HashStore> s : stores()) {
      HashStore store = s.get();
      store.append(hashes(0, 5));
      assertArrayEquals(hashes(1, 3), store.readRange(1, 3));
      assertArrayEquals(hash(4), store.readRange(4, 1));
      assertThrows(IllegalArgumentException.class, () -> store.readRange(0, 0));
      assertThrows(IllegalArgumentException.class, () -> store.readRange(-1, 1));
      assertEquals(
          "a range read needs a position >= 0 and 1 to 65536 hashes, not 0 and 65537",
          assertThrows(
                  IllegalArgumentException.class, () -> store.readRange(0, HashStore.MAX_RANGE + 1))
              .getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> store.readRange(4, 2));
    }
  }

  @Test
  void onlyWholeHashesAreAppended() {
    for (Supplier<HashStore> s : stores()) {
      HashStore store = s.get();
      assertEquals(
          "appended bytes are not whole hashes: 33",
          assertThrows(IllegalArgumentException.class, () -> store.append(new byte[33]))
              .getMessage());
      assertThrows(IllegalArgumentException.class, () -> store.append(new byte[31]));
      assertEquals(0, store.size());
    }
  }

  @Test
  void memoryAppendsCrossPagesAndTheFullRangeReads() {
    MemoryHashStore store = new MemoryHashStore();
    int page = MemoryHashStore.PAGE_HASHES;
    store.append(hashes(0, page - 1));
    store.append(hashes(page - 1, 3)); // the last hash of page 0, then two of page 1
    store.append(hashes(page + 2, HashStore.MAX_RANGE - page - 2));
    assertEquals(HashStore.MAX_RANGE, store.size());
    for (int i :
        new int[] {0, page - 2, page - 1, page, page + 1, page + 2, HashStore.MAX_RANGE - 1}) {
      assertArrayEquals(hash(i), store.read(i), "position " + i);
    }
    assertArrayEquals(hashes(0, HashStore.MAX_RANGE), store.readRange(0, HashStore.MAX_RANGE));
  }

  @Test
  void theFileHoldsExactlyTheHashesAndReopensWithThem() throws Exception {
    Path file = dir.resolve("log.hashes");
    try (FileHashStore store = FileHashStore.open(file)) {
      store.append(hashes(0, 2));
      store.append(hashes(2, 1));
      store.sync();
    }
    assertArrayEquals(hashes(0, 3), Files.readAllBytes(file));
    Files.write(file, Arrays.copyOf(hashes(0, 4), 4 * Hashes.SIZE - 1));
    try (FileHashStore store = FileHashStore.open(file)) {
      assertEquals(3, store.size(), "a torn fourth hash is cut");
      assertEquals(3 * Hashes.SIZE, Files.size(file));
      store.append(hash(9));
      assertArrayEquals(hash(9), store.read(3));
    }
    try (FileHashStore store = FileHashStore.open(file)) {
      assertEquals(4, store.size());
      assertArrayEquals(hash(2), store.read(2));
    }
  }
}
