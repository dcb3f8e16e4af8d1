package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.sijil.search.CandidateScores.Best;
import org.sijil.search.CandidateScores.Combined;
import org.sijil.search.CandidateScores.Constant;
import org.sijil.search.CandidateScores.Covered;
import org.sijil.search.CandidateScores.Match;
import org.sijil.search.CandidateScores.Scored;
import org.sijil.search.CandidateScores.TermMatch;

/**
 * One segment's candidates for {@link CandidateScores}: which of them each term and each part of
 * the query matches, as a bit per candidate, and the scores of the parts. Each term is worked out
 * once: read from its kept set when {@link TermMatchSets} has one, else its postings advanced over
 * the candidates in order, through one terms cursor and one postings enum per field reused from
 * term to term. One instance per segment and search.
 */
final class CandidateBits {

  private final LeafReaderContext segment;
  private final int[] docs;
  private final int words;
  private final TermMatchSets kept;
  private final Map<Term, int[]> held;
  private final Object core;
  private final Map<Term, long[]> terms = new HashMap<>();
  private final FieldCursors cursors;

  /**
   * @param held rare terms' sorted persons in the segment as making the candidates decoded them
   *     (empty for a term the segment lacks): a term found there is not read again
   */
  CandidateBits(LeafReaderContext segment, int[] docs, TermMatchSets kept, Map<Term, int[]> held) {
    this.segment = segment;
    this.docs = docs;
    this.words = (docs.length + 63) >>> 6;
    this.kept = kept;
    this.held = held;
    this.cursors = new FieldCursors(segment);
    IndexReader.CacheHelper helper = segment.reader().getCoreCacheHelper();
    this.core = helper == null ? null : helper.getKey();
  }

  /** The candidates the part matches; their scores into {@code score} (others left as are). */
  long[] scored(Scored part, float[] score) throws IOException {
    if (part instanceof Constant c) {
      return constant(c, score);
    }
    return part instanceof Best b ? best(b, score) : covered((Covered) part, score);
  }

  private long[] constant(Constant c, float[] score) throws IOException {
    long[] m = of(c.match());
    for (int i = 0; i < docs.length; i++) {
      if (isSet(m, i)) {
        score[i] = c.score();
      }
    }
    return m;
  }

  /** As Lucene's disjunction max without tie-break: the highest score that matches. */
  private long[] best(Best b, float[] score) throws IOException {
    long[] any = new long[words];
    float[] one = new float[docs.length];
    float[] top = new float[docs.length];
    for (Scored alternative : b.alternatives()) {
      long[] m = scored(alternative, one);
      for (int i = 0; i < docs.length; i++) {
        if (isSet(m, i) && one[i] >= top[i]) {
          top[i] = one[i];
        }
      }
      or(any, m);
    }
    for (int i = 0; i < docs.length; i++) {
      if (isSet(any, i)) {
        score[i] = top[i];
      }
    }
    return any;
  }

  /** As {@link CoveredClause}: the driver's persons, the highest of its and the covered scores. */
  private long[] covered(Covered c, float[] score) throws IOException {
    long[] driver = scored(c.driver(), score);
    float[] one = new float[docs.length];
    for (Scored alternative : c.covered()) {
      long[] m = scored(alternative, one);
      for (int i = 0; i < docs.length; i++) {
        if (isSet(driver, i) && isSet(m, i)) {
          score[i] = Math.max(score[i], one[i]);
        }
      }
    }
    return driver;
  }

  long[] of(Match m) throws IOException {
    if (m instanceof TermMatch t) {
      return term(t);
    }
    return m instanceof Combined c ? combined(c) : everyone();
  }

  private long[] everyone() {
    long[] all = new long[words];
    for (int i = 0; i < docs.length; i++) {
      all[i >>> 6] |= 1L << i;
    }
    return all;
  }

  private long[] combined(Combined c) throws IOException {
    long[] out = everyone();
    for (Match r : knownFirst(c.required())) {
      and(out, of(r));
      if (none(out)) {
        return out; // no candidate left: the other parts need not be read
      }
    }
    if (c.min() == 1) {
      long[] any = new long[words];
      for (Match o : c.optional()) {
        or(any, of(o));
      }
      and(out, any);
    } else if (c.min() > 1) {
      int[] counts = new int[docs.length];
      for (Match o : c.optional()) {
        long[] m = of(o);
        for (int i = 0; i < docs.length; i++) {
          counts[i] += isSet(m, i) ? 1 : 0;
        }
      }
      for (int i = 0; i < docs.length; i++) {
        if (counts[i] < c.min()) {
          out[i >>> 6] &= ~(1L << i);
        }
      }
    }
    for (Match n : c.not()) {
      andNot(out, of(n));
    }
    return out;
  }

  /** The candidates holding the term, each term worked out once per segment. */
  private long[] term(TermMatch t) throws IOException {
    long[] m = terms.get(t.term());
    if (m == null) {
      m = holding(t);
      terms.put(t.term(), m);
    }
    return m;
  }

  private long[] holding(TermMatch t) throws IOException {
    long[] m = new long[words];
    FixedBitSet set = core == null || kept == null ? null : kept.get(core, t.term());
    if (set != null) {
      for (int i = 0; i < docs.length; i++) {
        if (set.get(docs[i])) {
          m[i >>> 6] |= 1L << i;
        }
      }
      return m;
    }
    int[] list = held.get(t.term());
    if (list != null) {
      holdingOf(list, m);
      return m;
    }
    PostingsEnum p = postings(t);
    int doc = -1;
    for (int i = 0; p != null && i < docs.length && doc != DocIdSetIterator.NO_MORE_DOCS; i++) {
      if (doc < docs[i]) {
        doc = p.advance(docs[i]);
      }
      if (doc == docs[i]) {
        m[i >>> 6] |= 1L << i;
      }
    }
    return m;
  }

  /** Sets in {@code m} the candidates in the sorted {@code list}, seeking it forward. */
  private void holdingOf(int[] list, long[] m) {
    int at = 0;
    for (int i = 0; i < docs.length && at < list.length; i++) {
      at = TierBits.seek(list, at, docs[i]);
      if (at < list.length && list[at] == docs[i]) {
        m[i >>> 6] |= 1L << i;
      }
    }
  }

  /**
   * The term's postings through the field's reused cursor and enum, or null when the segment does
   * not hold it (known without a seek when the page's look-ups made its states).
   */
  private PostingsEnum postings(TermMatch t) throws IOException {
    TermsEnum cursor = cursors.seek(t.term(), t.states());
    return cursor == null ? null : cursors.postings(t.term().field(), cursor);
  }

  /**
   * The required parts, those whose candidates are known without reading postings first (a term
   * worked out already, or held: a cross-script alternative's filter term that the segment lacks is
   * held empty), so that a part matching no candidate spares reading the others.
   */
  private List<Match> knownFirst(List<Match> required) {
    if (required.size() < 2) {
      return required;
    }
    List<Match> out = new ArrayList<>(required.size());
    for (Match m : required) {
      if (known(m)) {
        out.add(m);
      }
    }
    for (Match m : required) {
      if (!known(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private boolean known(Match m) {
    return m instanceof TermMatch t && (terms.containsKey(t.term()) || held.containsKey(t.term()));
  }

  private static boolean none(long[] bits) {
    for (long w : bits) {
      if (w != 0) {
        return false;
      }
    }
    return true;
  }

  static boolean isSet(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  static void and(long[] into, long[] bits) {
    for (int w = 0; w < into.length; w++) {
      into[w] &= bits[w];
    }
  }

  static void andNot(long[] into, long[] bits) {
    for (int w = 0; w < into.length; w++) {
      into[w] &= ~bits[w];
    }
  }

  private static void or(long[] into, long[] bits) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= bits[w];
    }
  }
}
