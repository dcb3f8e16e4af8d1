package org.sijil.core.integrity;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * C2SP tlog-tiles: the log's hashes as static, immutable resources.
 *
 * <ul>
 *   <li>A tile at level L, index N is the run of up to 256 consecutive hashes at tree level 8·L
 *       starting at hash N·256 (§"Merkle Tree"): level 0 holds leaf hashes, level L+1 holds the
 *       root of each full level-L tile. A tile with fewer than 256 hashes is partial, at path
 *       suffix {@code .p/<W>}; the partial tile at level L of a tree of size s has {@code floor(s /
 *       256^L) mod 256} hashes.
 *   <li>Paths: {@code tile/<L>/<N>[.p/<W>]}, N in zero-padded 3-digit elements, all but the last
 *       prefixed {@code x} (1234067 → {@code x001/x234/067}).
 *   <li>Entry bundles, at {@code tile/entries/<N>[.p/<W>]}: the entries of level-0 tile N, each
 *       prefixed by its length as a big-endian uint16 (§"Log entries").
 * </ul>
 */
public final class Tiles {

  /** Tree levels per tile level (tile height): 8, so a full tile has 2^8 hashes. */
  public static final int HEIGHT = 8;

  /** Hashes in a full tile. */
  public static final int WIDTH = 1 << HEIGHT;

  /** Largest entry an entry bundle can carry (uint16 length prefix). */
  public static final int MAX_ENTRY_SIZE = 0xFFFF;

  /** Digits per path element of a tile index. */
  private static final int INDEX_DIGITS = 3;

  private static final long INDEX_ELEMENT = 1000;

  private Tiles() {}

  /** One tile of a tree: tile level, index, width (256 for full tiles). */
  public record Tile(int level, long index, int width) {
    /** Its path under the log prefix. */
    public String path() {
      return "tile/" + level + "/" + encodeIndex(index) + partSuffix(width);
    }

    /** The path of the entry bundle beside this level-0 tile. */
    public String entriesPath() {
      if (level != 0) {
        throw new IllegalStateException("only level-0 tiles have entry bundles");
      }
      return "tile/entries/" + encodeIndex(index) + partSuffix(width);
    }

    /** Index of the first hash (at tree level 8·level) in this tile. */
    public long first() {
      return index * WIDTH;
    }
  }

  /** §"Merkle Tree": N as 3-digit elements, all but the last prefixed with x. */
  public static String encodeIndex(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("tile index must be non-negative, not " + n);
    }
    String last = String.format("%0" + INDEX_DIGITS + "d", n % INDEX_ELEMENT);
    StringBuilder out = new StringBuilder(last);
    for (long rest = n / INDEX_ELEMENT; rest > 0; rest /= INDEX_ELEMENT) {
      out.insert(0, String.format("x%0" + INDEX_DIGITS + "d/", rest % INDEX_ELEMENT));
    }
    return out.toString();
  }

  private static String partSuffix(int width) {
    if (width < 1 || width > WIDTH) {
      throw new IllegalArgumentException("tile width must be 1..256, not " + width);
    }
    return width == WIDTH ? "" : ".p/" + width;
  }

  /**
   * Every tile of the tree of {@code treeSize} leaves: full tiles, then the partial one, by level.
   */
  public static List<Tile> tilesFor(long treeSize) {
    List<Tile> tiles = new ArrayList<>();
    for (int level = 0; hashesAt(level, treeSize) > 0; level++) {
      long hashes = hashesAt(level, treeSize);
      for (long n = 0; n < hashes / WIDTH; n++) {
        tiles.add(new Tile(level, n, WIDTH));
      }
      if (hashes % WIDTH != 0) {
        tiles.add(new Tile(level, hashes / WIDTH, (int) (hashes % WIDTH)));
      }
    }
    return tiles;
  }

  /** Hashes at tile level {@code level}: floor(treeSize / 256^level). */
  static long hashesAt(int level, long treeSize) {
    return HEIGHT * level >= Long.SIZE - 1 ? 0 : treeSize >>> (HEIGHT * level);
  }

  /** The bytes of one tile: its hashes back to back, read from the log's stored hashes. */
  public static byte[] tile(TransparencyLog log, Tile tile) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(tile.width() * Hashes.SIZE);
    for (int i = 0; i < tile.width(); i++) {
      out.writeBytes(log.stored(HEIGHT * tile.level(), tile.first() + i));
    }
    return out.toByteArray();
  }

  /**
   * Every tile and entry bundle of the tree of {@code treeSize}, by path, in path order of levels.
   */
  public static Map<String, byte[]> all(
      TransparencyLog log, long treeSize, LongFunction<byte[]> entryAt) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Tile t : tilesFor(treeSize)) {
      out.put(t.path(), tile(log, t));
      if (t.level() == 0) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < t.width(); i++) {
          entries.add(entryAt.apply(t.first() + i));
        }
        out.put(t.entriesPath(), entryBundle(entries));
      }
    }
    return out;
  }

  /** §"Log entries": each entry prefixed by its length as a big-endian uint16. */
  public static byte[] entryBundle(List<byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] e : entries) {
      if (e.length > MAX_ENTRY_SIZE) {
        throw new IllegalArgumentException(
            "log entry of " + e.length + " bytes exceeds the " + MAX_ENTRY_SIZE + "-byte limit");
      }
      out.write(e.length >>> Byte.SIZE);
      out.write(e.length & 0xFF);
      out.writeBytes(e);
    }
    return out.toByteArray();
  }

  /** Splits an entry bundle, failing (naming {@code path}) when it is truncated. */
  public static List<byte[]> parseBundle(byte[] bundle, String path) {
    List<byte[]> entries = new ArrayList<>();
    int at = 0;
    while (at < bundle.length) {
      if (at + 2 > bundle.length) {
        throw new NoteException(path + ": truncated length at byte " + at);
      }
      int length = (bundle[at] & 0xFF) << Byte.SIZE | bundle[at + 1] & 0xFF;
      at += 2;
      if (at + length > bundle.length) {
        throw new NoteException(path + ": entry " + entries.size() + " is truncated");
      }
      byte[] e = new byte[length];
      System.arraycopy(bundle, at, e, 0, length);
      entries.add(e);
      at += length;
    }
    return entries;
  }
}
