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

  /** What a {@link TokenMemo} holds: the similarity of two ids of one kind, in one column. */
  enum MemoKind {
    /** Two tokens of a name column (its token ids). */
    TOKENS,
    /** Two whole names of a name column, spaces removed (its name ids). */
    WHOLE_NAMES,
    /** A token against two adjacent tokens run together ({@link ColumnWords#joined}). */
    JOINED_TOKENS,
    /** Two values of a text column (its value ids). */
    TEXTS
  }

  /**
   * Similarities already computed on this thread, per column and kind (see {@link TokenMemo}): a
   * name column's scoring uses three, a text column one.
   */
  private final TokenMemo[] memos = new TokenMemo[12];

  /** This thread's memo of a kind for a column (a few at most; a thirteenth replaces the first). */
  TokenMemo memo(Object column, MemoKind kind) {
    for (int i = 0; i < memos.length; i++) {
      if (memos[i] == null) {
        memos[i] = new TokenMemo(column, kind);
        return memos[i];
      }
      if (memos[i].owner == column && memos[i].kind == kind) {
        return memos[i];
      }
    }
    memos[0] = new TokenMemo(column, kind);
    return memos[0];
  }

  /** This thread's memo of token pairs for a column. */
  TokenMemo memo(Object column) {
    return memo(column, MemoKind.TOKENS);
  }

  /**
   * A direct-mapped cache of the similarity of two interned values of one column. Candidate pairs
   * repeat the same few thousand name tokens (the same two family names differ in thousands of
   * pairs), the same whole names and places, so most comparisons are a lookup; a collision only
   * costs a recomputation, never a wrong value, since the key is the whole pair of ids.
   */
  static final class TokenMemo {
    static final int SIZE = 1 << 13;
    final Object owner;
    final MemoKind kind;
    final long[] key = new long[SIZE];
    final double[] value = new double[SIZE];

    TokenMemo(Object owner, MemoKind kind) {
      this.owner = owner;
      this.kind = kind;
      java.util.Arrays.fill(key, -1L);
    }

    static long key(int x, int y) {
      return ((long) x << 32) | (y & 0xffffffffL);
    }

    static int slot(long key) {
      return (int) (RecordTable.mix(key) & (SIZE - 1));
    }

    /** The value stored under {@code key} (never -1), or NaN when the slot holds another. */
    double get(long key) {
      int slot = slot(key);
      return this.key[slot] == key ? value[slot] : Double.NaN;
    }

    void put(long key, double v) {
      int slot = slot(key);
      this.key[slot] = key;
      value[slot] = v;
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
