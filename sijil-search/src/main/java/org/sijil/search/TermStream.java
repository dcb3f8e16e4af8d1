package org.sijil.search;

import java.util.Iterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of one name field as a token stream, each already folded ({@link NameAnalyzer#fold}):
 * the name engine has split the names into tokens, so indexing needs neither joining them into a
 * text nor tokenizing it again, and a token met a million times is folded once. Gives exactly the
 * terms the analyzer would give the joined text (a term holding whitespace is split as the
 * whitespace tokenizer splits it).
 */
final class TermStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Iterable<String> terms;
  private final NameAnalyzer analyzer;
  private Iterator<String> next;
  private String[] pieces;
  private int piece;

  TermStream(Iterable<String> terms, NameAnalyzer analyzer) {
    this.terms = terms;
    this.analyzer = analyzer;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = terms.iterator();
    pieces = null;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (true) {
      if (pieces != null && piece < pieces.length) {
        String p = pieces[piece++];
        if (!p.isEmpty()) {
          term.setEmpty().append(analyzer.fold(p));
          return true;
        }
        continue;
      }
      pieces = null;
      if (!next.hasNext()) {
        return false;
      }
      String t = next.next();
      if (hasWhitespace(t)) {
        pieces = splitOnWhitespace(t);
        piece = 0;
      } else if (!t.isEmpty()) {
        term.setEmpty().append(analyzer.fold(t));
        return true;
      }
    }
  }

  /** The pieces between whitespace, as {@code WhitespaceTokenizer} cuts them. */
  private static String[] splitOnWhitespace(String t) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        out.add(t.substring(start, i));
        start = i + 1;
      }
    }
    out.add(t.substring(start));
    return out.toArray(String[]::new);
  }

  private static boolean hasWhitespace(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
