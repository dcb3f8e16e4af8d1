package org.sijil.core.integrity;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * An append-only RFC 6962 Merkle tree over a {@link HashStore}: appends cost O(1) amortized hashes
 * (one leaf hash plus one node per subtree the leaf closes, at most two hashes on average), and
 * roots and proofs read O(log² n) stored hashes, never re-hashing leaves.
 *
 * <p>The log stores hashes only; the entries themselves stay with their owner (the register), which
 * hands them to {@link Tiles} to serve entry bundles. The right edge of the tree (the hash of each
 * complete subtree whose bit is set in the size) is kept in memory so a root costs no reads.
 *
 * <p>Appends are serialized; proofs for sizes already reached may be computed concurrently.
 */
public final class TransparencyLog implements SubtreeSource {

  private final HashStore store;

  /** frontier[L] = MTH of the last complete level-L subtree, for each bit L set in size. */
  private final byte[][] frontier = new byte[StoredHashes.MAX_LEVEL + 1][];

  private final MessageDigest digest = Hashes.newDigest();
  private volatile long size;

  private TransparencyLog(HashStore store, long size) {
    this.store = store;
    this.size = size;
    for (int level = 0; level <= StoredHashes.MAX_LEVEL; level++) {
      if ((size >>> level & 1) == 1) {
        frontier[level] = store.read(StoredHashes.position(level, (size >>> level) - 1));
      }
    }
  }

  /** Opens the log kept in {@code store} (empty or written by a TransparencyLog). */
  public static TransparencyLog open(HashStore store) {
    long leaves = StoredHashes.leavesFor(store.size());
    if (leaves < 0) {
      throw new IllegalStateException(
          "hash store holds " + store.size() + " hashes, which no whole number of leaves leaves");
    }
    return new TransparencyLog(store, leaves);
  }

  /** A new empty log in memory. */
  public static TransparencyLog inMemory() {
    return open(new MemoryHashStore());
  }

  /** Number of leaves. */
  public long size() {
    return size;
  }

  /** Appends one entry (hashed as an RFC 6962 leaf) and returns its index. */
  public long append(byte[] entry) {
    return appendAll(List.of(entry));
  }

  /**
   * Appends entries in order with one store write, and returns the index of the first. The store
   * write is the commit point: a failure before it leaves the log unchanged.
   */
  public synchronized long appendAll(List<byte[]> entries) {
    long first = size;
    ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 2 * Hashes.SIZE);
    byte[][] edge = frontier.clone();
    long n = first;
    for (byte[] entry : entries) {
      byte[] h = Hashes.leafHash(digest, entry);
      out.writeBytes(h);
      int level = 0;
      while ((n >>> level & 1) == 1) {
        h = Hashes.nodeHash(digest, edge[level], h);
        edge[level] = null;
        out.writeBytes(h);
        level++;
      }
      edge[level] = h;
      n++;
    }
    store.append(out.toByteArray());
    System.arraycopy(edge, 0, frontier, 0, edge.length);
    size = n;
    return first;
  }

  /** The current root: MTH(D[0:size]). */
  public synchronized byte[] root() {
    byte[] root = null;
    for (int level = 0; level <= StoredHashes.MAX_LEVEL; level++) {
      byte[] h = frontier[level];
      if (h != null) {
        root = root == null ? h : Hashes.nodeHash(h, root);
      }
    }
    return root == null ? Hashes.emptyRoot() : root.clone();
  }

  /** MTH(D[0:treeSize]) for any size up to the current one. */
  public byte[] root(long treeSize) {
    requireSize(treeSize);
    return treeSize == 0 ? Hashes.emptyRoot() : hash(0, treeSize);
  }

  /** The leaf hash of entry {@code index}. */
  public byte[] leafHash(long index) {
    return stored(0, index);
  }

  /** The stored hash of the complete subtree at {@code level}, {@code index} (tiles read these). */
  public byte[] stored(int level, long index) {
    if (((index + 1) << level) > size) {
      throw new IllegalArgumentException(
          "level " + level + " node " + index + " is not complete in a log of size " + size);
    }
    return store.read(StoredHashes.position(level, index));
  }

  /** RFC 9162 §2.1.3.1 inclusion proof of entry {@code index} in the tree of {@code treeSize}. */
  public List<byte[]> inclusionProof(long index, long treeSize) {
    requireSize(treeSize);
    return MerkleProofs.inclusionProof(this, index, treeSize);
  }

  /** RFC 9162 §2.1.4.1 consistency proof from {@code oldSize} to {@code newSize}. */
  public List<byte[]> consistencyProof(long oldSize, long newSize) {
    requireSize(newSize);
    return MerkleProofs.consistencyProof(this, oldSize, newSize);
  }

  /**
   * MTH(D[lo:hi]) by the RFC 6962 §2.1 recursion, reading an aligned complete subtree from the
   * store instead of recursing into it.
   */
  @Override
  public byte[] hash(long lo, long hi) {
    long n = hi - lo;
    if (lo < 0 || n <= 0 || hi > size) {
      throw new IllegalArgumentException("no subtree [" + lo + ", " + hi + ") in size " + size);
    }
    if (Long.bitCount(n) == 1 && lo % n == 0) {
      int level = Long.numberOfTrailingZeros(n);
      return store.read(StoredHashes.position(level, lo >>> level));
    }
    long k = MerkleProofs.splitPoint(n);
    return Hashes.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
  }

  private void requireSize(long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException(
          "tree size " + treeSize + " is beyond the log's size " + size);
    }
  }
}
