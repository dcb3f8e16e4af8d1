package org.sijil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Which of one segment's hits hold each term, for the reasons of a page ({@link HitReasons}).
 *
 * <p>A term query's scorer opens a new terms dictionary cursor and a new postings list each time:
 * with a page's 27-65 named alternatives in every segment, those were most of the heap the reasons
 * allocated (JFR, docs/benchmarks.md "Session 17, h-heap"). Here one cursor per field and one
 * postings list per segment serve every term: each term's postings are walked through the segment's
 * hits once, in doc order, and the answer kept (the {@code scripts} filter term is shared by every
 * cross-script alternative). One instance per segment of one page.
 */
final class HitTerms {

  private final LeafReaderContext leaf;

  /** The segment's hits' doc ids, increasing. */
  private final int[] docs;

  private final FieldCursors cursors;
  private final Map<Term, Known> held = new HashMap<>();
  private PostingsEnum postings;

  HitTerms(LeafReaderContext leaf, int[] docs) {
    this.leaf = leaf;
    this.docs = docs;
    this.cursors = new FieldCursors(leaf);
  }

  /**
   * Terms an alternative asks a hit to hold: all of them (a term, or a cross-script alternative and
   * its script filter), or any (a typo's closest terms).
   */
  record Shape(List<TermQuery> terms, boolean all) {}

  /** The terms {@code inner} asks for, when that is all it asks; null for any other query. */
  static Shape shape(Query inner) {
    if (inner instanceof TermQuery t) {
      return new Shape(List.of(t), true);
    }
    if (!(inner instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) {
      return null;
    }
    // One pass over the clauses, without streams: this runs for every alternative of every page,
    // and two streams per alternative were a tenth of the heap the reasons allocated (JFR,
    // docs/benchmarks.md "Session 25, h-answer").
    List<BooleanClause> clauses = b.clauses();
    boolean all = true;
    boolean any = true;
    List<TermQuery> out = new java.util.ArrayList<>(clauses.size());
    for (int i = 0; i < clauses.size(); i++) {
      BooleanClause c = clauses.get(i);
      all &= required(c);
      any &= c.getOccur() == Occur.SHOULD;
      TermQuery t = term(c.getQuery());
      if (t == null) {
        return null;
      }
      out.add(t);
    }
    return out.isEmpty() || !(all || any) ? null : new Shape(out, all);
  }

  private static boolean required(BooleanClause c) {
    return c.getOccur() == Occur.MUST || c.getOccur() == Occur.FILTER;
  }

  /** A term query, under score wrappers (which change no match); null for anything else. */
  private static TermQuery term(Query q) {
    if (q instanceof TermQuery t) {
      return t;
    }
    if (q instanceof BoostQuery b) {
      return term(b.getQuery());
    }
    if (q instanceof ConstantScoreQuery c) {
      return term(c.getQuery());
    }
    return null;
  }

  /**
   * The query a wrapper (e.g. a named query, whose inner query Lucene does not expose) holds: the
   * first query its visitor is shown below it.
   */
  static Query inner(Query wrapper) {
    Query[] found = {null};
    QueryVisitor below =
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            first(query);
          }

          @Override
          public void visitLeaf(Query query) {
            first(query);
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            first(parent);
            return QueryVisitor.EMPTY_VISITOR;
          }

          private void first(Query q) {
            if (found[0] == null) {
              found[0] = q;
            }
          }
        };
    wrapper.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return parent == wrapper ? below : QueryVisitor.EMPTY_VISITOR;
          }
        });
    return found[0];
  }

  /**
   * For each of the segment's hits (in the order given) marked in {@code open}, whether it holds
   * the shape's terms; false for the others. A term's postings are advanced only to the hits still
   * in question: for all terms, those holding the terms before it; for any, those holding none yet.
   */
  boolean[] held(Shape shape, boolean[] open) throws IOException {
    boolean[] out = shape.all() ? open.clone() : new boolean[open.length];
    boolean[] ask = shape.all() ? out : open.clone();
    for (TermQuery t : shape.terms()) {
      boolean[] one = holds(t, ask);
      for (int k = 0; k < out.length; k++) {
        if (shape.all()) {
          out[k] &= one[k];
        } else if (ask[k] && one[k]) {
          out[k] = true;
          ask[k] = false;
        }
      }
      if (none(ask)) {
        return out; // the other terms' lists (the script filter's, the longest) need not be opened
      }
    }
    return out;
  }

  private static boolean none(boolean[] held) {
    for (boolean h : held) {
      if (h) {
        return false;
      }
    }
    return true;
  }

  /** What a term's postings said of the hits asked so far (the script filter is asked often). */
  private record Known(boolean[] asked, boolean[] has) {}

  /** Whether each hit in {@code ask} holds the term (entries not asked are false). */
  private boolean[] holds(TermQuery q, boolean[] ask) throws IOException {
    Known known = held.get(q.getTerm());
    if (known != null && covers(known.asked(), ask)) {
      return known.has();
    }
    boolean[] want = ask.clone();
    if (known != null) {
      for (int k = 0; k < want.length; k++) {
        want[k] |= known.asked()[k];
      }
    }
    boolean[] has = walk(q, want);
    held.put(q.getTerm(), new Known(want, has));
    return has;
  }

  private static boolean covers(boolean[] asked, boolean[] ask) {
    for (int k = 0; k < ask.length; k++) {
      if (ask[k] && !asked[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The term's postings advanced to the hits wanted (none read when the segment lacks the term).
   */
  private boolean[] walk(TermQuery q, boolean[] want) throws IOException {
    boolean[] has = new boolean[docs.length];
    Term term = q.getTerm();
    TermsEnum cursor = cursors.seek(term, q.getTermStates());
    if (cursor == null) {
      return has;
    }
    postings = cursor.postings(postings, PostingsEnum.NONE);
    for (int k = 0; k < docs.length; k++) {
      if (!want[k]) {
        continue;
      }
      int at = postings.docID() < docs[k] ? postings.advance(docs[k]) : postings.docID();
      if (at == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      has[k] = at == docs[k];
    }
    return has;
  }
}
