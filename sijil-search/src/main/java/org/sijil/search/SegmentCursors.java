package org.sijil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;

/**
 * What {@link TierCandidates} reads a segment with, for one request: a term cursor and the last
 * postings per field, reused from term to term of a field rather than made anew (a page asks tens
 * of rare terms over a few fields); the page's term states, so that a term is positioned without a
 * second seek; and the array a clause's rare persons are gathered in, reused from clause to clause
 * (growing it term by term was a sixth of making the candidates at 1M).
 */
final class SegmentCursors {
  private final LeafReaderContext segment;
  private final Map<Term, TermStates> states;
  private final FieldCursors cursors;
  private final Map<Term, int[]> held = new HashMap<>();
  private int[] gathered;

  /** The persons of a term the segment lacks, held for it ({@link #hold}). */
  private static final int[] NOBODY = new int[0];

  SegmentCursors(LeafReaderContext segment, Map<Term, TermStates> states) {
    this.segment = segment;
    this.states = states;
    this.cursors = new FieldCursors(segment);
  }

  /** The term's persons in the segment (deleted ones too), 0 when it is absent. */
  long docFreq(Term t) throws IOException {
    TermsEnum cursor = seek(t);
    return cursor == null ? 0 : cursor.docFreq();
  }

  /**
   * The field's cursor on the term, or null when the segment does not hold it: positioned by the
   * term's state when the page's look-ups made one for this reader (known absent without a seek
   * when they found none), otherwise sought in the terms dictionary.
   */
  TermsEnum seek(Term t) throws IOException {
    TermsEnum cursor = cursors.seek(t, states.get(t));
    if (cursor == null) {
      hold(t, NOBODY);
    }
    return cursor;
  }

  /**
   * The request's gathering array, made once: a clause's rare persons are gathered there only while
   * they are fewer than a {@link TierCandidates#LISTED_SHARE}th of the segment (then words are set
   * instead), so it never grows. The caller gathers a clause's persons from its start and copies
   * out what it keeps.
   */
  int[] gathered() {
    if (gathered == null) {
      gathered = new int[segment.reader().maxDoc() / TierCandidates.LISTED_SHARE + 1];
    }
    return gathered;
  }

  /** The persons of the term the field's cursor is on, in the field's reused postings. */
  PostingsEnum postings(String field, TermsEnum cursor) throws IOException {
    return cursors.postings(field, cursor);
  }

  /**
   * Keeps the persons of a rare term as they were decoded (sorted, not to be changed; empty when
   * the segment does not hold the term), for the scorers that will ask which candidates hold it.
   */
  void hold(Term t, int[] docs) {
    held.put(t, docs);
  }

  /** The rare terms' persons kept by {@link #hold}. */
  Map<Term, int[]> held() {
    return held;
  }
}
