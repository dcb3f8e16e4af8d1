package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The persons of a segment in every clause of a query whose clauses are all required (a given and a
 * family name): the clause with the fewest persons is walked, and each of its persons is tested
 * against the other clauses, by a kept set's bit ({@link TermMatchSets}) or by advancing a term's
 * postings to it.
 *
 * <p>Why: {@link TierCandidates} makes each clause's persons by walking all of its rare terms'
 * postings, which for a given and a family name walked both names' postings (715 a segment for an
 * Arabic one at 200k persons) to keep the few persons in both (3 in the median segment). The rarest
 * clause's persons hold them all (311 postings); the other clause is only advanced to them, as
 * Lucene's conjunction does, without its weights and scorers. One instance per segment and search.
 */
final class LedCandidates {

  private final LeafReaderContext segment;
  private final TermMatchSets kept;
  private final Object core;
  private final Map<String, TermsEnum> cursors = new HashMap<>();
  private final Map<String, PostingsEnum> postings = new HashMap<>();

  /** A term present in the segment, with its state for a second seek and its persons there. */
  private record Present(Term term, TermState state, int persons, boolean common) {}

  private LedCandidates(LeafReaderContext segment, TermMatchSets kept, Object core) {
    this.segment = segment;
    this.kept = kept;
    this.core = core;
  }

  /**
   * The sorted persons of the segment in every one of {@code clauses} (each the terms whose union
   * holds the clause's persons there), or null when every clause has a common term (their kept sets
   * are then intersected word-wise, {@link TierCandidates#candidates}) or the segment has no core
   * key.
   */
  static int[] inEvery(LeafReaderContext segment, List<List<Term>> clauses, TermMatchSets kept)
      throws IOException {
    IndexReader.CacheHelper helper = segment.reader().getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    LedCandidates led = new LedCandidates(segment, kept, helper.getKey());
    List<List<Present>> present = new ArrayList<>();
    for (List<Term> clause : clauses) {
      present.add(led.present(clause));
    }
    int lead = rarestWithoutCommon(present);
    if (lead < 0) {
      return null;
    }
    int[] docs = led.persons(present.get(lead));
    for (int c = 0; c < present.size() && docs.length > 0; c++) {
      if (c != lead) {
        docs = led.within(docs, present.get(c));
      }
    }
    return docs;
  }

  /** The clause with the fewest persons among those without a common term, or -1. */
  private static int rarestWithoutCommon(List<List<Present>> clauses) {
    int lead = -1;
    long fewest = Long.MAX_VALUE;
    for (int c = 0; c < clauses.size(); c++) {
      long persons = 0;
      boolean common = false;
      for (Present p : clauses.get(c)) {
        persons += p.persons();
        common |= p.common();
      }
      if (!common && persons < fewest) {
        fewest = persons;
        lead = c;
      }
    }
    return lead;
  }

  /** The clause's terms that the segment holds. */
  private List<Present> present(List<Term> clause) throws IOException {
    int maxDoc = segment.reader().maxDoc();
    List<Present> out = new ArrayList<>();
    for (Term t : clause) {
      TermsEnum cursor = cursor(t.field());
      if (cursor != null && cursor.seekExact(t.bytes())) {
        int persons = cursor.docFreq();
        boolean common = (long) persons * TierCandidates.COMMON_SHARE >= maxDoc;
        out.add(new Present(t, cursor.termState(), persons, common));
      }
    }
    return out;
  }

  /** The sorted persons of rare terms' postings, without repeats. */
  private int[] persons(List<Present> terms) throws IOException {
    int n = 0;
    for (Present p : terms) {
      n += p.persons();
    }
    int[] docs = new int[n];
    n = 0;
    for (Present p : terms) {
      PostingsEnum e = postings(p);
      for (int d = e.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = e.nextDoc()) {
        docs[n++] = d;
      }
    }
    if (terms.size() > 1) {
      Arrays.sort(docs, 0, n);
    }
    return TierBits.distinct(docs, n);
  }

  /** Those of the sorted {@code docs} that hold one of the clause's terms. */
  private int[] within(int[] docs, List<Present> clause) throws IOException {
    boolean[] in = new boolean[docs.length];
    for (Present p : clause) {
      FixedBitSet set = kept.get(core, p.term());
      if (set != null) {
        for (int i = 0; i < docs.length; i++) {
          in[i] |= set.get(docs[i]);
        }
        continue;
      }
      PostingsEnum e = postings(p);
      int doc = -1;
      for (int i = 0; i < docs.length && doc != DocIdSetIterator.NO_MORE_DOCS; i++) {
        if (!in[i] && doc < docs[i]) {
          doc = e.advance(docs[i]);
        }
        in[i] |= doc == docs[i];
      }
    }
    int n = 0;
    for (int i = 0; i < docs.length; i++) {
      if (in[i]) {
        docs[n++] = docs[i];
      }
    }
    return Arrays.copyOf(docs, n);
  }

  /** The term's postings, through the field's reused cursor and enum. */
  private PostingsEnum postings(Present p) throws IOException {
    String field = p.term().field();
    TermsEnum cursor = cursor(field);
    cursor.seekExact(p.term().bytes(), p.state());
    PostingsEnum e = cursor.postings(postings.get(field), PostingsEnum.NONE);
    postings.put(field, e);
    return e;
  }

  /** The field's term cursor, or null when the segment has no such field. */
  private TermsEnum cursor(String field) throws IOException {
    if (!cursors.containsKey(field)) {
      Terms t = segment.reader().terms(field);
      cursors.put(field, t == null ? null : t.iterator());
    }
    return cursors.get(field);
  }
}
