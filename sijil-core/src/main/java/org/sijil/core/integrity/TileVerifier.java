package org.sijil.core.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a downloaded tile set against a tree size and recomputes its root, so a mirror or an
 * auditor can compare it with a signed checkpoint. Every tile the tree needs must be present with
 * the right width; each full tile must hash (as a 256-leaf subtree, tlog-tiles §"Merkle Tree") to
 * its hash in the tile above; present entry bundles must hash to their level-0 tile; the root is
 * then folded from the right edge of the tiles. Each failure names the tile path and hash index.
 */
public final class TileVerifier {

  /** Reads one resource by path under the log prefix, or null when it is absent. */
  @FunctionalInterface
  public interface Source {
    byte[] read(String path);
  }

  private final Source source;
  private final Map<String, List<byte[]>> tiles = new HashMap<>();

  private TileVerifier(Source source) {
    this.source = source;
  }

  /**
   * Verifies the tile set of the tree of {@code treeSize} and returns its root hash.
   *
   * @param checkEntries also check the entry bundles (every bundle must then be present)
   */
  public static byte[] verify(Source source, long treeSize, boolean checkEntries) {
    TileVerifier v = new TileVerifier(source);
    for (Tiles.Tile t : Tiles.tilesFor(treeSize)) {
      v.load(t);
    }
    MessageDigest digest = Hashes.newDigest();
    for (Tiles.Tile t : Tiles.tilesFor(treeSize)) {
      if (t.width() == Tiles.WIDTH) {
        v.checkAgainstParent(t, treeSize);
      }
      if (checkEntries && t.level() == 0) {
        v.checkEntries(t, digest);
      }
    }
    return v.root(treeSize);
  }

  private void load(Tiles.Tile t) {
    byte[] bytes = source.read(t.path());
    if (bytes == null) {
      throw new NoteException(t.path() + " is missing");
    }
    if (bytes.length != t.width() * Hashes.SIZE) {
      throw new NoteException(
          t.path() + " has " + bytes.length + " bytes, not " + t.width() * Hashes.SIZE);
    }
    List<byte[]> hashes = new ArrayList<>(t.width());
    for (int i = 0; i < t.width(); i++) {
      hashes.add(Arrays.copyOfRange(bytes, i * Hashes.SIZE, (i + 1) * Hashes.SIZE));
    }
    tiles.put(key(t.level(), t.index()), hashes);
  }

  private void checkAgainstParent(Tiles.Tile t, long treeSize) {
    Tiles.Tile parent = tileHolding(t.level() + 1, t.index(), treeSize);
    byte[] expected =
        tiles.get(key(parent.level(), parent.index())).get((int) (t.index() - parent.first()));
    if (!MessageDigest.isEqual(
        MerkleProofs.rootOf(tiles.get(key(t.level(), t.index()))), expected)) {
      throw new NoteException(
          t.path()
              + " does not hash to hash "
              + (t.index() - parent.first())
              + " of "
              + parent.path());
    }
  }

  private void checkEntries(Tiles.Tile t, MessageDigest digest) {
    byte[] bundle = source.read(t.entriesPath());
    if (bundle == null) {
      throw new NoteException(t.entriesPath() + " is missing");
    }
    List<byte[]> entries = Tiles.parseBundle(bundle, t.entriesPath());
    if (entries.size() != t.width()) {
      throw new NoteException(
          t.entriesPath() + " has " + entries.size() + " entries, not " + t.width());
    }
    List<byte[]> hashes = tiles.get(key(0, t.index()));
    for (int i = 0; i < entries.size(); i++) {
      if (!MessageDigest.isEqual(Hashes.leafHash(digest, entries.get(i)), hashes.get(i))) {
        throw new NoteException(
            "entry "
                + (t.first() + i)
                + " in "
                + t.entriesPath()
                + " does not hash to its leaf hash in "
                + t.path());
      }
    }
  }

  /**
   * RFC 6962 root as the fold of the complete subtrees for each set bit of the size (lowest bit
   * rightmost). The subtree at tree level L, index k, is the MTH of 2^(L mod 8) consecutive hashes
   * of one tile at level L / 8.
   */
  private byte[] root(long treeSize) {
    byte[] root = null;
    for (int bit = 0; bit < Long.SIZE - 1; bit++) {
      if ((treeSize >>> bit & 1) == 0) {
        continue;
      }
      int tileLevel = bit / Tiles.HEIGHT;
      int height = bit % Tiles.HEIGHT;
      long k = (treeSize >>> bit) - 1;
      long firstHash = k << height;
      Tiles.Tile t = tileHolding(tileLevel, firstHash, treeSize);
      int from = (int) (firstHash - t.first());
      byte[] subtree =
          MerkleProofs.rootOf(
              tiles.get(key(tileLevel, t.index())).subList(from, from + (1 << height)));
      root = root == null ? subtree : Hashes.nodeHash(subtree, root);
    }
    return root == null ? Hashes.emptyRoot() : root;
  }

  /** The tile (full or partial at this tree size) at {@code level} that holds hash {@code n}. */
  private static Tiles.Tile tileHolding(int level, long n, long treeSize) {
    long index = n / Tiles.WIDTH;
    long hashes = Tiles.hashesAt(level, treeSize);
    int width = (int) Math.min(Tiles.WIDTH, hashes - index * Tiles.WIDTH);
    return new Tiles.Tile(level, index, width);
  }

  private static String key(int level, long index) {
    return level + "/" + index;
  }
}
