package org.sijil.search;

import java.util.List;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Whether the strict query of a page ({@link Queries#strict}: every token as written) can fill the
 * re-ranking window, known without running it. When it cannot, its run is thrown away and the page
 * is the wider tier's, so it need not run. A person the strict query matches holds a term of every
 * token ({@link Queries#strictTerms}), so the fewest persons any token's terms hold bounds its hits
 * from above: the sum of those terms' document frequencies, read from the page's term look-ups
 * (deleted persons included, so it stays a bound). Filters only lower the count, so they are left
 * out.
 */
final class FullChains {

  /** A bound when a term's frequency is not known (not looked up on this reader). */
  private static final long UNKNOWN = Long.MAX_VALUE;

  private FullChains() {}

  /**
   * False only when the strict query with these terms finds fewer than {@code window} persons on
   * the searcher's reader.
   */
  static boolean mayFill(IndexSearcher s, List<List<TermQuery>> tokens, int window) {
    return fewestHolding(s.getTopReaderContext(), tokens) >= window;
  }

  /** The fewest persons any token's terms hold, at most: the least sum of frequencies. */
  static long fewestHolding(IndexReaderContext top, List<List<TermQuery>> tokens) {
    long fewest = UNKNOWN;
    for (List<TermQuery> token : tokens) {
      long holding = 0;
      for (TermQuery term : token) {
        long f = frequency(top, term.getTermStates());
        holding = f == UNKNOWN ? UNKNOWN : holding + f;
        if (holding == UNKNOWN) {
          break;
        }
      }
      fewest = Math.min(fewest, holding);
    }
    return fewest;
  }

  /**
   * The term's document frequency summed over segments, from its states' per-segment term state
   * (the postings format's, which records it), or {@link #UNKNOWN}.
   */
  private static long frequency(IndexReaderContext top, TermStates states) {
    if (states == null || !states.wasBuiltFor(top)) {
      return UNKNOWN;
    }
    long sum = 0;
    for (LeafReaderContext leaf : top.leaves()) {
      TermState state = stateIn(states, leaf);
      if (state instanceof BlockTermState block) {
        sum += block.docFreq;
      } else if (state != null) {
        return UNKNOWN;
      }
    }
    return sum;
  }

  /** The term's state in the segment, null when absent; the page's states are already looked up. */
  private static TermState stateIn(TermStates states, LeafReaderContext leaf) {
    try {
      return states.get(leaf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
