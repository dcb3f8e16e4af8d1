package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** C2SP tlog-tiles paths and widths (the spec's own examples), tile sets and their verification. */
class TilesTest {

  @Test
  void pathsFollowTheSpecEncoding() {
    assertEquals("x001/x234/067", Tiles.encodeIndex(1234067));
    assertEquals("000", Tiles.encodeIndex(0));
    assertEquals("x001/000", Tiles.encodeIndex(1000));
    assertEquals("tile/0/x001/x234/067", new Tiles.Tile(0, 1234067, 256).path());
    assertEquals("tile/2/005.p/17", new Tiles.Tile(2, 5, 17).path());
    assertEquals("tile/entries/x001/x234/067.p/3", new Tiles.Tile(0, 1234067, 3).entriesPath());
  }

  @Test
  void aTreeOf70000HasTheTilesTheSpecLists() {
    List<Tiles.Tile> tiles = Tiles.tilesFor(70_000);
    assertEquals(273 + 1 + 1 + 1 + 1, tiles.size());
    assertTrue(tiles.contains(new Tiles.Tile(0, 273, 112)));
    assertTrue(tiles.contains(new Tiles.Tile(1, 0, 256)));
    assertTrue(tiles.contains(new Tiles.Tile(1, 1, 17)));
    assertTrue(tiles.contains(new Tiles.Tile(2, 0, 1)));
    assertEquals(List.of(new Tiles.Tile(0, 0, 256), new Tiles.Tile(1, 0, 1)), Tiles.tilesFor(256));
  }

  @Test
  void aTileSetRecomputesTheRootForEverySizeAndATamperedTileFails() {
    TransparencyLog log = TransparencyLog.inMemory();
    int n = 256 * 256 + 300;
    for (int i = 0; i < n; i++) {
      log.append(entry(i));
    }
    for (long size : new long[] {0, 1, 255, 256, 257, 513, 65_536, 65_537, n}) {
      Map<String, byte[]> set = Tiles.all(log, size, TilesTest::entry);
      assertArrayEquals(log.root(size), TileVerifier.verify(set::get, size, true), "size " + size);
    }
    Map<String, byte[]> set = Tiles.all(log, n, TilesTest::entry);
    set.get("tile/0/007")[40] ^= 1;
    NoteException e =
        assertThrows(NoteException.class, () -> TileVerifier.verify(set::get, n, false));
    assertEquals("tile/0/007 does not hash to hash 7 of tile/1/000", e.getMessage());
    set.get("tile/0/007")[40] ^= 1;
    set.get("tile/entries/002")[5] ^= 1;
    e = assertThrows(NoteException.class, () -> TileVerifier.verify(set::get, n, true));
    assertEquals(
        "entry 512 in tile/entries/002 does not hash to its leaf hash in tile/0/002",
        e.getMessage());
  }

  static byte[] entry(long i) {
    return ("entry " + i).getBytes();
  }
}
