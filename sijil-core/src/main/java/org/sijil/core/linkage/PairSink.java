package org.sijil.core.linkage;

/** Receives candidate pairs (record indices, a before b). */
@FunctionalInterface
interface PairSink {
  void pair(int a, int b);
}
