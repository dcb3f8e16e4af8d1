package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.sijil.search.CandidateScores.Best;
import org.sijil.search.CandidateScores.Combined;
import org.sijil.search.CandidateScores.Constant;
import org.sijil.search.CandidateScores.Covered;
import org.sijil.search.CandidateScores.Match;
import org.sijil.search.CandidateScores.Scored;
import org.sijil.search.CandidateScores.TermMatch;

/**
 * The clause of a tier whose persons {@link RareFirst} scores first, in levels: its alternatives
 * from the highest score down. After a level, a candidate holding none of the terms met so far
 * scores at most the other clauses' ceilings plus the next level's score: that level's {@link
 * Level#bound}. The clause is the one whose first level's terms hold the fewest persons.
 *
 * <p>Why levels: a rare family name's clause also holds its keys and readings, some of them common
 * (a phonetic key held by thousands), scored lower; the persons holding its written form or a close
 * reading often fill the page alone, with scores above what the others can reach.
 */
final class RareClause {

  /**
   * One level: the terms of the clause's alternatives scoring {@code score} (whose persons include
   * theirs), how many persons those terms hold at most, and the highest score of a candidate that
   * holds none of the terms of this level and the ones before.
   */
  record Level(List<TermMatch> terms, long persons, float bound) {}

  /** An alternative of the clause: terms holding its persons, at most {@code persons}. */
  private record Alternative(List<TermMatch> terms, long persons, float ceiling) {}

  /** Terms whose persons include a part's, and how many persons they hold at most. */
  private record Holders(List<TermMatch> terms, long persons) {}

  private final List<Level> levels;

  private RareClause(List<Level> levels) {
    this.levels = levels;
  }

  /**
   * The clause of {@code clauses} whose best alternatives are held by the fewest persons, in
   * levels; null when no clause's terms are all known. Bounds are sums in double rounded once to
   * float, as Lucene sums a person's clauses.
   */
  static RareClause of(List<Scored> clauses, List<LeafReaderContext> leaves) throws IOException {
    Map<TermMatch, Long> persons = new HashMap<>();
    int rarest = -1;
    List<Alternative> best = null;
    for (int i = 0; i < clauses.size(); i++) {
      List<Alternative> a = alternatives(clauses.get(i), leaves, persons);
      if (a != null && (best == null || firstPersons(a) < firstPersons(best))) {
        best = a;
        rarest = i;
      }
    }
    if (best == null) {
      return null;
    }
    double others = 0;
    for (int i = 0; i < clauses.size(); i++) {
      others += i == rarest ? 0 : CandidateScores.ceiling(clauses.get(i));
    }
    return new RareClause(levels(best, others));
  }

  /** The levels, highest score first. */
  List<Level> levels() {
    return levels;
  }

  private static List<Level> levels(List<Alternative> alternatives, double others) {
    List<Alternative> sorted = new ArrayList<>(alternatives);
    sorted.sort((a, b) -> Float.compare(b.ceiling(), a.ceiling()));
    List<Level> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      float score = sorted.get(i).ceiling();
      List<TermMatch> terms = new ArrayList<>();
      long n = 0;
      for (; i < sorted.size() && sorted.get(i).ceiling() == score; i++) {
        terms.addAll(sorted.get(i).terms());
        n += sorted.get(i).persons();
      }
      double next = i < sorted.size() ? sorted.get(i).ceiling() : 0;
      out.add(new Level(List.copyOf(terms), n, (float) (others + next)));
    }
    return List.copyOf(out);
  }

  private static long firstPersons(List<Alternative> alternatives) {
    float top = 0f;
    for (Alternative a : alternatives) {
      top = Math.max(top, a.ceiling());
    }
    long n = 0;
    for (Alternative a : alternatives) {
      n += a.ceiling() == top ? a.persons() : 0;
    }
    return n;
  }

  /**
   * The candidates (sorted) holding one of {@code terms}, in order: every candidate an alternative
   * of those terms matches, and perhaps a few it does not.
   */
  static int[] holders(LeafReaderContext leaf, int[] candidates, List<TermMatch> terms)
      throws IOException {
    long[] held = new long[(candidates.length + 63) >>> 6];
    FieldCursors cursors = new FieldCursors(leaf);
    PostingsEnum postings = null;
    for (TermMatch t : terms) {
      TermsEnum cursor = cursors.seek(t.term(), t.states());
      if (cursor == null) {
        continue;
      }
      postings = cursor.postings(postings, PostingsEnum.NONE);
      int from = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        int at = java.util.Arrays.binarySearch(candidates, from, candidates.length, d);
        if (at >= 0) {
          held[at >>> 6] |= 1L << at;
          from = at + 1;
        } else {
          from = -at - 1;
        }
        if (from == candidates.length) {
          break;
        }
      }
    }
    int n = 0;
    for (long w : held) {
      n += Long.bitCount(w);
    }
    int[] out = new int[n];
    n = 0;
    for (int i = 0; i < candidates.length; i++) {
      if ((held[i >>> 6] & (1L << i)) != 0) {
        out[n++] = candidates[i];
      }
    }
    return out;
  }

  /** Marks a term the page's look-ups found absent from a segment. */
  private static final TermState NOT_HERE =
      new TermState() {
        @Override
        public void copyFrom(TermState other) {
          throw new UnsupportedOperationException();
        }
      };

  /** The term's state in the segment from the page's look-ups, {@link #NOT_HERE}, or null. */
  private static TermState state(LeafReaderContext leaf, TermMatch t) throws IOException {
    TermStates states = t.states();
    if (states == null || !states.wasBuiltFor(ReaderUtil.getTopLevelContext(leaf))) {
      return null;
    }
    TermState state = states.get(leaf);
    return state == null ? NOT_HERE : state;
  }

  /** Persons the term is held by in all segments (deleted ones too). */
  private static long persons(TermMatch t, List<LeafReaderContext> leaves) throws IOException {
    long n = 0;
    for (LeafReaderContext leaf : leaves) {
      TermState state = state(leaf, t);
      if (state instanceof BlockTermState b) {
        n += b.docFreq;
      } else if (state != NOT_HERE) {
        n += leaf.reader().docFreq(t.term());
      }
    }
    return n;
  }

  /** The clause's alternatives, a covered clause as one; null when one's terms are not known. */
  private static List<Alternative> alternatives(
      Scored part, List<LeafReaderContext> leaves, Map<TermMatch, Long> persons)
      throws IOException {
    if (part instanceof Best b) {
      List<Alternative> out = new ArrayList<>();
      for (Scored alternative : b.alternatives()) {
        List<Alternative> a = alternatives(alternative, leaves, persons);
        if (a == null) {
          return null;
        }
        out.addAll(a);
      }
      return out;
    }
    if (part instanceof Constant c) {
      Holders h = holders(c.match(), leaves, persons);
      return h == null ? null : List.of(new Alternative(h.terms(), h.persons(), c.score()));
    }
    // A covered clause's persons are its driver's, each scored the best of what it holds among the
    // driver's and the covered alternatives: a person holding none of the terms of those scoring
    // above a level scores at most that level, which is all the levels need.
    Covered c = (Covered) part;
    List<Alternative> out = alternatives(c.driver(), leaves, persons);
    for (Scored covered : c.covered()) {
      List<Alternative> a = out == null ? null : alternatives(covered, leaves, persons);
      out = a == null ? null : concat(out, a);
    }
    return out;
  }

  private static List<Alternative> concat(List<Alternative> a, List<Alternative> b) {
    List<Alternative> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Holders holders(Match m, List<LeafReaderContext> leaves, Map<TermMatch, Long> seen)
      throws IOException {
    if (m instanceof TermMatch t) {
      Long n = seen.get(t);
      if (n == null) {
        n = persons(t, leaves);
        seen.put(t, n);
      }
      return new Holders(List.of(t), n);
    }
    if (!(m instanceof Combined c)) {
      return null; // everyone
    }
    if (!c.required().isEmpty()) {
      Holders rarest = null; // each required part holds all of the combination's persons
      for (Match r : c.required()) {
        Holders h = holders(r, leaves, seen);
        if (h != null && (rarest == null || h.persons() < rarest.persons())) {
          rarest = h;
        }
      }
      return rarest;
    }
    if (c.min() < 1) {
      return null;
    }
    List<Holders> all = new ArrayList<>();
    for (Match o : c.optional()) {
      all.add(holders(o, leaves, seen));
    }
    return union(all);
  }

  private static Holders union(List<Holders> all) {
    if (all.contains(null)) {
      return null;
    }
    List<TermMatch> terms = new ArrayList<>();
    long n = 0;
    for (Holders h : all) {
      terms.addAll(h.terms());
      n += h.persons();
    }
    return new Holders(terms, n);
  }
}
