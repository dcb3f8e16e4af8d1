package org.sijil.core.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merkle audit (inclusion) and consistency proofs: generation by the recursive definitions of RFC
 * 9162 §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF), verification by the iterative algorithms of RFC
 * 9162 §2.1.3.2 and §2.1.4.2. The trees are the RFC 6962 §2.1 trees of {@link Hashes}.
 *
 * <p>Proof hashes are listed as the RFCs list them: from the leaf's (or old tree's) side up to the
 * root's children. Verification never throws on a bad proof; it answers {@code false}.
 */
public final class MerkleProofs {

  private MerkleProofs() {}

  /** A source that hashes a list of leaf hashes directly (the plain RFC definition, O(n)). */
  public static SubtreeSource over(List<byte[]> leafHashes) {
    return (lo, hi) -> rootOf(leafHashes.subList((int) lo, (int) hi));
  }

  /** RFC 6962 §2.1 MTH over leaf hashes, by its recursive definition (reference, O(n)). */
  public static byte[] rootOf(List<byte[]> leafHashes) {
    int n = leafHashes.size();
    if (n == 0) {
      return Hashes.emptyRoot();
    }
    if (n == 1) {
      return leafHashes.get(0).clone();
    }
    int k = (int) splitPoint(n);
    return Hashes.nodeHash(rootOf(leafHashes.subList(0, k)), rootOf(leafHashes.subList(k, n)));
  }

  /** RFC 6962 §2.1: k, the largest power of two strictly smaller than n (n ≥ 2). */
  static long splitPoint(long n) {
    return Long.highestOneBit(n - 1);
  }

  /**
   * RFC 9162 §2.1.3.1: PATH(m, D[0:n]), the inclusion proof of leaf {@code index} in the tree of
   * {@code size} leaves.
   */
  public static List<byte[]> inclusionProof(SubtreeSource tree, long index, long size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "leaf index " + index + " is not in a tree of size " + size);
    }
    List<byte[]> proof = new ArrayList<>();
    path(tree, index, 0, size, proof);
    return proof;
  }

  private static void path(SubtreeSource tree, long m, long lo, long hi, List<byte[]> proof) {
    if (hi - lo <= 1) {
      return;
    }
    long k = splitPoint(hi - lo);
    if (m < lo + k) {
      path(tree, m, lo, lo + k, proof);
      proof.add(tree.hash(lo + k, hi));
    } else {
      path(tree, m, lo + k, hi, proof);
      proof.add(tree.hash(lo, lo + k));
    }
  }

  /**
   * RFC 9162 §2.1.4.1: PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true), the consistency proof from the
   * tree of {@code oldSize} leaves to the tree of {@code newSize}. Empty when {@code oldSize} is 0
   * or equals {@code newSize} (nothing to prove: RFC 9162 §2.1.4).
   */
  public static List<byte[]> consistencyProof(SubtreeSource tree, long oldSize, long newSize) {
    if (oldSize < 0 || oldSize > newSize) {
      throw new IllegalArgumentException(
          "no consistency proof from size " + oldSize + " to size " + newSize);
    }
    List<byte[]> proof = new ArrayList<>();
    if (oldSize > 0 && oldSize < newSize) {
      subproof(tree, oldSize, 0, newSize, true, proof);
    }
    return proof;
  }

  private static void subproof(
      SubtreeSource tree, long m, long lo, long hi, boolean wholeOldTree, List<byte[]> proof) {
    long n = hi - lo;
    if (m == n) {
      if (!wholeOldTree) {
        proof.add(tree.hash(lo, hi));
      }
      return;
    }
    long k = splitPoint(n);
    if (m <= k) {
      subproof(tree, m, lo, lo + k, wholeOldTree, proof);
      proof.add(tree.hash(lo + k, hi));
    } else {
      subproof(tree, m - k, lo + k, hi, false, proof);
      proof.add(tree.hash(lo, lo + k));
    }
  }

  /**
   * RFC 9162 §2.1.3.2: does {@code proof} put {@code leafHash} at {@code index} under {@code root}?
   */
  public static boolean verifyInclusion(
      byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
    byte[] computed = rootFromInclusion(leafHash, index, size, proof);
    return computed != null && MessageDigest.isEqual(computed, root);
  }

  /**
   * The root that an inclusion proof leads to (RFC 9162 §2.1.3.2 steps 1–4), or null when the proof
   * has the wrong number of hashes for the index and size.
   */
  public static byte[] rootFromInclusion(
      byte[] leafHash, long index, long size, List<byte[]> proof) {
    if (index < 0 || index >= size || leafHash.length != Hashes.SIZE) {
      return null;
    }
    MessageDigest digest = Hashes.newDigest();
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0 || p.length != Hashes.SIZE) {
        return null;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Hashes.nodeHash(digest, p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = Hashes.nodeHash(digest, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 ? r : null;
  }

  /**
   * RFC 9162 §2.1.4.2: is the tree of {@code oldSize} with {@code oldRoot} a prefix of the tree of
   * {@code newSize} with {@code newRoot}? Equal sizes need an empty proof and equal roots; an empty
   * old tree is a prefix of every tree and needs an empty proof.
   */
  public static boolean verifyConsistency(
      long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
    if (oldSize < 0 || oldSize > newSize) {
      return false;
    }
    if (oldSize == newSize) {
      return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
    }
    if (oldSize == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof.size() + 1);
    if (Long.bitCount(oldSize) == 1) {
      path.add(oldRoot);
    }
    path.addAll(proof);
    return consistencyWalk(oldSize, newSize, oldRoot, newRoot, path);
  }

  private static boolean consistencyWalk(
      long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> path) {
    MessageDigest digest = Hashes.newDigest();
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0 || c.length != Hashes.SIZE) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Hashes.nodeHash(digest, c, fr);
        sr = Hashes.nodeHash(digest, c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = Hashes.nodeHash(digest, sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
  }
}
