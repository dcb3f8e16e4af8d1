package org.sijil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;

/**
 * Looks a page's terms up in every segment with one terms dictionary cursor per field and segment,
 * reused from term to term. Lucene's {@link TermStates#build} without statistics opens a new cursor
 * per term and segment at first use; a page looks up hundreds of terms (most of a name's readings,
 * keys and parts are absent from the index), and those cursors and their frames were a fifth of a
 * page's heap (JFR, docs/benchmarks.md "Session 17, h-heap"). The states made here are those of
 * that build: each segment's term state, no statistics (every name term scores as a constant). One
 * instance per page and thread.
 */
final class TermLookups {

  private final IndexReaderContext top;
  private final List<LeafReaderContext> leaves;
  private final Map<String, TermsEnum[]> cursors = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.top = searcher.getTopReaderContext();
    this.leaves = top.leaves();
  }

  /** The term's state in each segment that has it. */
  TermStates states(Term term) throws IOException {
    TermStates states = new TermStates(top);
    TermsEnum[] byLeaf = cursors.computeIfAbsent(term.field(), f -> new TermsEnum[leaves.size()]);
    for (LeafReaderContext leaf : leaves) {
      TermsEnum cursor = cursor(byLeaf, leaf, term.field());
      if (cursor != null && cursor.seekExact(term.bytes())) {
        states.register(cursor.termState(), leaf.ord);
      }
    }
    return states;
  }

  /** The field's cursor in the segment, opened at first use; null when the segment lacks it. */
  private static TermsEnum cursor(TermsEnum[] byLeaf, LeafReaderContext leaf, String field)
      throws IOException {
    if (byLeaf[leaf.ord] == null) {
      Terms terms = leaf.reader().terms(field);
      byLeaf[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
    }
    return byLeaf[leaf.ord] == TermsEnum.EMPTY ? null : byLeaf[leaf.ord];
  }
}
