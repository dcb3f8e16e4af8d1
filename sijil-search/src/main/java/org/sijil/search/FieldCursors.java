package org.sijil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * One segment's terms-dictionary cursors and last postings, one of each per field, reused from term
 * to term (a page asks tens of terms over a few fields). A term is placed by the state the page's
 * look-ups made for this reader ({@link PageTerms}), which reads nothing and knows an absent term
 * without a seek; a term without one is sought in the dictionary. For one segment of one request.
 */
final class FieldCursors {

  private final LeafReaderContext segment;
  private final IndexReaderContext top;
  private final Map<String, TermsEnum> cursors = new HashMap<>();
  private Map<String, PostingsEnum> postings; // made on first use: some users keep their own

  FieldCursors(LeafReaderContext segment) {
    this.segment = segment;
    this.top = ReaderUtil.getTopLevelContext(segment);
  }

  /** The field's cursor, or null when the segment has no such field. */
  TermsEnum cursor(String field) throws IOException {
    if (!cursors.containsKey(field)) {
      Terms terms = segment.reader().terms(field);
      cursors.put(field, terms == null ? null : terms.iterator());
    }
    return cursors.get(field);
  }

  /**
   * The field's cursor on the term, or null when the segment does not hold it.
   *
   * @param states the page's look-up of the term, or null; used only when made for this reader
   */
  TermsEnum seek(Term term, TermStates states) throws IOException {
    if (states != null && states.wasBuiltFor(top)) {
      TermState state = states.get(segment);
      TermsEnum cursor = state == null ? null : cursor(term.field());
      if (cursor != null) {
        cursor.seekExact(term.bytes(), state);
      }
      return cursor;
    }
    TermsEnum cursor = cursor(term.field());
    return cursor != null && cursor.seekExact(term.bytes()) ? cursor : null;
  }

  /** The persons of the term the field's cursor is on, in the field's reused postings. */
  PostingsEnum postings(String field, TermsEnum cursor) throws IOException {
    if (postings == null) {
      postings = new HashMap<>();
    }
    PostingsEnum p = cursor.postings(postings.get(field), PostingsEnum.NONE);
    postings.put(field, p);
    return p;
  }
}
