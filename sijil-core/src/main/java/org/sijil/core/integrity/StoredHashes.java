package org.sijil.core.integrity;

/**
 * Where each complete subtree hash of the log lives in its {@link HashStore}: hashes are stored in
 * the order appending leaves creates them, the layout of the Go checksum database's "stored
 * hashes".
 *
 * <p>Appending leaf {@code n} (0-based) stores its leaf hash, then one hash for each complete
 * subtree that leaf closes: as many as {@code n} has trailing one bits. So after {@code n} leaves
 * exactly {@code 2n - popcount(n)} hashes are stored: every complete, aligned subtree of the RFC
 * 6962 tree once, and nothing else. That is fewer than two 32-byte hashes, so fewer than 64 bytes,
 * per entry.
 *
 * <p>The node at {@code level} L (leaves are level 0) and index k covers leaves {@code [k·2^L,
 * (k+1)·2^L)}; it is created when leaf {@code (k+1)·2^L − 1} is appended, right after that leaf's
 * hash and the L−1 hashes below it, so its position is {@code count((k+1)·2^L − 1) + L}.
 */
public final class StoredHashes {

  /** Highest level a log of at most 2^63−1 leaves can have. */
  public static final int MAX_LEVEL = 62;

  private StoredHashes() {}

  /** Hashes stored after {@code leaves} leaves: {@code 2·leaves − popcount(leaves)}. */
  public static long count(long leaves) {
    if (leaves < 0) {
      throw new IllegalArgumentException("leaf count must be non-negative, not " + leaves);
    }
    return 2 * leaves - Long.bitCount(leaves);
  }

  /** Position of the node at {@code level}, {@code index} (see the class comment). */
  public static long position(int level, long index) {
    if (level < 0 || level > MAX_LEVEL || index < 0 || index >= (Long.MAX_VALUE >> level)) {
      throw new IllegalArgumentException("no stored node at level " + level + " index " + index);
    }
    long closingLeaf = ((index + 1) << level) - 1;
    return count(closingLeaf) + level;
  }

  /** Number of leaves whose stored hashes take exactly {@code stored} positions, or −1 if none. */
  public static long leavesFor(long stored) {
    long lo = 0;
    long hi = stored;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (count(mid) < stored) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return count(lo) == stored ? lo : -1;
  }
}
