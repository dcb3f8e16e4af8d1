package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Whether the strict query of a page ({@link Queries#strict}: every token as written) can fill the
 * re-ranking window, known without running it. When it cannot, its run is thrown away and the page
 * is the wider tier's, so it need not run. A person the strict query matches holds a term of every
 * token ({@link Queries#strictTerms}), so the fewest persons any token's terms hold bounds its hits
 * from above: the sum of those terms' document frequencies, read from the page's term look-ups
 * (deleted persons included, so it stays a bound). That is free, but rarely below the window: a
 * full name's rarest token, its family name, is held by hundreds of persons at 200k. So for two
 * tokens or more the live persons holding a term of every token are then counted, without scores,
 * up to the window ({@link #holdingAll}): about two thirds of the strict run's CPU and of its heap
 * on a full name, whose count is below the window on 99 pages in 100 at 1M (docs/benchmarks.md
 * "Session 23, h-strict"). The two rarest tokens are counted first: their persons include the
 * strict query's, and on 97 full names in 100 they alone are fewer than the window, with half the
 * postings opened. Filters only lower the count, so they are left out. A common term whose persons
 * the tiers keep as a bitset ({@link TermMatchSets}) is read from its bits rather than its
 * postings: the count then tests a bit per person of the rarer tokens instead of decoding a common
 * name's postings blocks (its given name, father's name, grandfather's name), which the count spent
 * most of its time in.
 */
final class FullChains {

  /** A bound when a term's frequency is not known (not looked up on this reader). */
  private static final long UNKNOWN = Long.MAX_VALUE;

  private FullChains() {}

  /**
   * False only when the strict query with these terms finds fewer than {@code window} persons on
   * the searcher's reader; common terms are read from their kept sets where {@code kept} (may be
   * null) has them.
   */
  static boolean mayFill(
      IndexSearcher s, List<List<TermQuery>> tokens, int window, TermMatchSets kept)
      throws IOException {
    long fewest = fewestHolding(s.getTopReaderContext(), tokens);
    if (fewest < window) {
      return false;
    }
    // A lone token's persons are nearly its terms' frequencies: counting them would only cost.
    if (tokens.size() < 2 || fewest == UNKNOWN) {
      return true;
    }
    // The two rarest tokens' persons hold the strict query's: a count needing half the postings.
    List<List<TermQuery>> rarest = rarestTwo(s.getTopReaderContext(), tokens);
    if (holdingAll(s, rarest, window, kept) < window) {
      return false;
    }
    return rarest.size() == tokens.size() || holdingAll(s, tokens, window, kept) >= window;
  }

  /** The two tokens whose terms the fewest persons hold (all of them when there are two). */
  private static List<List<TermQuery>> rarestTwo(
      IndexReaderContext top, List<List<TermQuery>> tokens) {
    if (tokens.size() <= 2) {
      return tokens;
    }
    return tokens.stream()
        .sorted(Comparator.comparingLong(t -> fewestHolding(top, List.of(t))))
        .limit(2)
        .toList();
  }

  /**
   * The live persons holding a term of every token, counted up to {@code limit}: the strict query's
   * persons before filters, without its scores, its named and weighted wrappers, or its collector.
   * Per segment, the token whose terms are rarest leads and the others advance to its persons. The
   * terms must have been looked up on the searcher's reader, as a page's are ({@link PageTerms}).
   * Common terms are read from their kept sets where {@code kept} (may be null) has them.
   */
  static long holdingAll(
      IndexSearcher s, List<List<TermQuery>> tokens, long limit, TermMatchSets kept)
      throws IOException {
    long count = 0;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      DocIdSetIterator[] byToken = postings(leaf, tokens, keptIn(leaf, kept));
      if (byToken != null) {
        count += countInLeaf(leaf, byToken, limit - count);
        if (count >= limit) {
          break;
        }
      }
    }
    return count;
  }

  /** The kept sets of the segment's core, or null when none can be kept for it. */
  private static KeptIn keptIn(LeafReaderContext leaf, TermMatchSets kept) {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    return kept == null || helper == null ? null : new KeptIn(kept, helper);
  }

  /** The kept sets of one segment. */
  private record KeptIn(TermMatchSets sets, IndexReader.CacheHelper helper) {

    /**
     * The term's kept set in the segment; for a common term without one (a 64th of the segment or
     * more, {@link TierCandidates#COMMON_SHARE}), made and kept on its second use, as the tiers do:
     * the written forms of common names, which the tiers' covered clauses never walk, are otherwise
     * decoded block by block at every count.
     */
    FixedBitSet set(LeafReaderContext leaf, org.apache.lucene.index.Term term, TermState state)
        throws IOException {
      FixedBitSet set = sets.get(helper.getKey(), term);
      if (set != null || !(state instanceof BlockTermState block)) {
        return set;
      }
      int maxDoc = leaf.reader().maxDoc();
      if ((long) block.docFreq * TierCandidates.COMMON_SHARE < maxDoc
          || !sets.admit(helper.getKey(), term)) {
        return null;
      }
      TermsEnum cursor = leaf.reader().terms(term.field()).iterator();
      cursor.seekExact(term.bytes(), state);
      set = new FixedBitSet(maxDoc);
      set.or(cursor.postings(null, PostingsEnum.NONE));
      sets.put(helper, term, set);
      return set;
    }
  }

  /**
   * Each token's persons in the segment (a kept set's bits, else the term's postings), rarest
   * first; null when a token has none there.
   */
  private static DocIdSetIterator[] postings(
      LeafReaderContext leaf, List<List<TermQuery>> tokens, KeptIn kept) throws IOException {
    FieldCursors cursors = new FieldCursors(leaf);
    DocIdSetIterator[] byToken = new DocIdSetIterator[tokens.size()];
    for (int i = 0; i < byToken.length; i++) {
      List<DocIdSetIterator> its = new ArrayList<>();
      for (TermQuery q : tokens.get(i)) {
        TermState state = stateIn(q.getTermStates(), leaf);
        FixedBitSet set = state == null || kept == null ? null : kept.set(leaf, q.getTerm(), state);
        if (set != null) {
          its.add(new BitSetIterator(set, docFreq(state, set)));
        } else if (state != null) {
          TermsEnum cursor = cursors.cursor(q.getTerm().field()); // it holds the term: not null
          cursor.seekExact(q.getTerm().bytes(), state);
          its.add(cursor.postings(null, PostingsEnum.NONE));
        }
      }
      if (its.isEmpty()) {
        return null;
      }
      byToken[i] = its.size() == 1 ? its.get(0) : new AnyOf(its);
    }
    Arrays.sort(byToken, Comparator.comparingLong(DocIdSetIterator::cost));
    return byToken;
  }

  /**
   * The term's persons in the segment, deleted ones included, as its postings would give for their
   * cost, so that the tokens are ordered as they would be without kept sets.
   */
  private static long docFreq(TermState state, FixedBitSet set) {
    return state instanceof BlockTermState block ? block.docFreq : set.cardinality();
  }

  /** The live persons on every iterator, counted up to {@code limit}. */
  private static long countInLeaf(LeafReaderContext leaf, DocIdSetIterator[] its, long limit)
      throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    long count = 0;
    int doc = its[0].nextDoc();
    while (doc != DocIdSetIterator.NO_MORE_DOCS && count < limit) {
      int agreed = agreedFrom(its, doc);
      if (agreed == doc) {
        count += live == null || live.get(doc) ? 1 : 0;
        doc = its[0].nextDoc();
      } else {
        doc = its[0].advance(agreed);
      }
    }
    return count;
  }

  /**
   * {@code doc} when every other iterator holds it, else the first document one of them has past
   * it.
   */
  private static int agreedFrom(DocIdSetIterator[] its, int doc) throws IOException {
    for (int i = 1; i < its.length; i++) {
      int d = its[i].docID() < doc ? its[i].advance(doc) : its[i].docID();
      if (d != doc) {
        return d;
      }
    }
    return doc;
  }

  /**
   * The union of a token's postings (the first token's: as written, or as a given name), whatever
   * their number, so that no term of a token is ever left out of the count.
   */
  private static final class AnyOf extends DocIdSetIterator {
    private final List<DocIdSetIterator> all;
    private int doc = -1;

    AnyOf(List<DocIdSetIterator> all) {
      this.all = List.copyOf(all);
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      int least = NO_MORE_DOCS;
      for (DocIdSetIterator it : all) {
        least = Math.min(least, it.docID() < target ? it.advance(target) : it.docID());
      }
      doc = least;
      return doc;
    }

    @Override
    public long cost() {
      long sum = 0;
      for (DocIdSetIterator it : all) {
        sum += it.cost();
      }
      return sum;
    }
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
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
