package org.sijil.core.linkage;

/**
 * Per-thread working memory of the comparison code, so the hot loop allocates nothing and shares
 * nothing: each worker owns one.
 */
final class Scratch {
  /** Slots of the per-pair character table; a power of two larger than the 64 chars it may hold. */
  static final int SLOTS = 256;

  /** What {@link PairScorer#touch} read, kept so that its reads are not optimized away. */
  int touched;

  boolean[] matchedA = new boolean[64];
  boolean[] matchedB = new boolean[64];

  /**
   * Open-addressing table from a character of b to the bitmask of its positions in b, keyed by the
   * char's low byte with linear probing. A slot is free when its mask is 0, so only the masks need
   * clearing after a pair; {@link #peqChar} of a free slot is stale and never read as a match.
   */
  final long[] peq = new long[SLOTS];

  final char[] peqChar = new char[SLOTS];

  /** Slots filled for the current pair (at most one per distinct char of a 64-char range). */
  final int[] peqUsed = new int[64];

  /** Per char of a, its positions in b, looked up once from the table for all windows of a pair. */
  final long[] positions = new long[64];

  /**
   * Token-pair similarities already computed on this thread, per name column (see {@link
   * TokenMemo}).
   */
  private final TokenMemo[] memos = new TokenMemo[4];

  /** This thread's memo for a column (a few columns at most; a fifth replaces the first). */
  TokenMemo memo(Object column) {
    for (int i = 0; i < memos.length; i++) {
      if (memos[i] == null) {
        memos[i] = new TokenMemo(column);
        return memos[i];
      }
      if (memos[i].owner == column) {
        return memos[i];
      }
    }
    memos[0] = new TokenMemo(column);
    return memos[0];
  }

  /**
   * A direct-mapped cache of the similarity of two interned tokens of one column. Candidate pairs
   * repeat the same few thousand name tokens (the same two family names differ in thousands of
   * pairs), so most token comparisons are a lookup; a collision only costs a recomputation, never a
   * wrong value, since the key is the whole pair of ids.
   */
  static final class TokenMemo {
    static final int SIZE = 1 << 13;
    final Object owner;
    final long[] key = new long[SIZE];
    final double[] value = new double[SIZE];

    TokenMemo(Object owner) {
      this.owner = owner;
      java.util.Arrays.fill(key, -1L);
    }

    static long key(int x, int y) {
      return ((long) x << 32) | (y & 0xffffffffL);
    }

    static int slot(long key) {
      return (int) (RecordTable.mix(key) & (SIZE - 1));
    }
  }

  void ensure(int la, int lb) {
    if (matchedA.length < la) {
      matchedA = new boolean[Math.max(la, matchedA.length * 2)];
    }
    if (matchedB.length < lb) {
      matchedB = new boolean[Math.max(lb, matchedB.length * 2)];
    }
  }
}
