package org.sijil.core.integrity;

/**
 * Gives the Merkle Tree Hash of any range of consecutive leaves, MTH(D[lo:hi]) in the notation of
 * RFC 9162 §2.1.1. A {@link TransparencyLog} answers from stored hashes; a plain list of leaf
 * hashes answers by hashing ({@link MerkleProofs#over(java.util.List)}), which tests use as the
 * reference.
 */
@FunctionalInterface
public interface SubtreeSource {

  /** MTH(D[lo:hi]) for {@code 0 <= lo < hi <= size}. */
  byte[] hash(long lo, long hi);
}
