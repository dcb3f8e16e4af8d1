package org.sijil.app.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.integrity.Hashes;

/**
 * The RFC 6962 Merkle root of a stream of leaf hashes, in O(log n) memory: it keeps the roots of
 * the complete subtrees seen so far (largest first) and folds them right to left at the end, which
 * is the RFC's split at the largest power of two below n.
 */
public final class RowsRoot {

  private final MessageDigest digest = Hashes.newDigest();
  private final List<byte[]> hashes = new ArrayList<>();
  private final List<Long> sizes = new ArrayList<>();
  private long count;

  /** Adds the next leaf hash (already {@code SHA-256(0x00 ‖ data)}). */
  public void add(byte[] leafHash) {
    byte[] h = leafHash;
    long size = 1;
    while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == size) {
      h = Hashes.nodeHash(digest, hashes.remove(hashes.size() - 1), h);
      sizes.remove(sizes.size() - 1);
      size *= 2;
    }
    hashes.add(h);
    sizes.add(size);
    count++;
  }

  public long count() {
    return count;
  }

  /** The root of the leaves added so far (the empty-tree root when none). */
  public byte[] root() {
    if (hashes.isEmpty()) {
      return Hashes.emptyRoot();
    }
    byte[] h = hashes.get(hashes.size() - 1);
    for (int i = hashes.size() - 2; i >= 0; i--) {
      h = Hashes.nodeHash(digest, hashes.get(i), h);
    }
    return h;
  }
}
