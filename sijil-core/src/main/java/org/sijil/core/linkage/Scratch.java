package org.sijil.core.linkage;

/**
 * Per-thread working memory of the comparison code, so the hot loop allocates nothing and shares
 * nothing: each worker owns one.
 */
final class Scratch {
  boolean[] matchedA = new boolean[64];
  boolean[] matchedB = new boolean[64];

  void ensure(int la, int lb) {
    if (matchedA.length < la) {
      matchedA = new boolean[Math.max(la, matchedA.length * 2)];
    }
    if (matchedB.length < lb) {
      matchedB = new boolean[Math.max(lb, matchedB.length * 2)];
    }
  }
}
