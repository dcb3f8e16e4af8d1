package org.sijil.search;

import com.ibm.icu.text.Normalizer;
import java.util.Collection;
import java.util.Iterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * A name field of one document given as its terms, each indexed as {@link NameAnalyzer} would index
 * them joined by spaces: one whitespace token per term, folded by ICU. The terms are handed to
 * Lucene one by one, already folded, without the joined text, the tokenizer's reading of it and the
 * filter chain; the writing thread's stream of the field is reused from one document to the next,
 * as Lucene does for its own untokenized fields.
 *
 * <p>Use only for terms that are {@link #isOneToken one token} each; a field holding documents only
 * (no frequencies, positions or norms) then gets the same terms as through the analyzer.
 */
final class TermsField extends Field {

  /** The whitespace tokenizer's longest token ({@link CharTokenizer}'s default; it cuts longer). */
  private static final int MAX_TOKEN_CHARS = CharTokenizer.DEFAULT_MAX_WORD_LEN;

  private final Collection<String> terms;

  TermsField(String name, Collection<String> terms, IndexableFieldType type) {
    super(name, type);
    this.terms = terms;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    Terms stream = reuse instanceof Terms t ? t : new Terms();
    stream.terms = terms.iterator();
    return stream;
  }

  /**
   * True when the whitespace tokenizer reads {@code term} as exactly itself: not empty, no
   * whitespace, shorter than its longest token. (A surrogate is never whitespace, and no code point
   * outside the basic plane is.)
   */
  static boolean isOneToken(String term) {
    if (term.isEmpty() || term.length() >= MAX_TOKEN_CHARS) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (Character.isWhitespace(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** One token as {@link ICUFoldingFilter} leaves it: unchanged when already folded. */
  static String folded(String token) {
    return ICUFoldingFilter.NORMALIZER.quickCheck(token) == Normalizer.YES
        ? token
        : ICUFoldingFilter.NORMALIZER.normalize(token);
  }

  /** The terms of the field being inverted, one token each. */
  private static final class Terms extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> terms;

    @Override
    public boolean incrementToken() {
      if (!terms.hasNext()) {
        return false;
      }
      clearAttributes();
      term.append(folded(terms.next()));
      return true;
    }

    @Override
    public void close() {
      terms = null;
    }
  }
}
