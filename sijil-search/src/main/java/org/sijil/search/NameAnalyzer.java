package org.sijil.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.util.BytesRef;

/**
 * The analyzer of every name, place and key field: whitespace tokens (the name engine has already
 * split and normalized them) folded by ICU (case, diacritics, hamza seats, Arabic-Indic digits,
 * presentation forms such as the {@code ﻻ} ligature). No stemmer and no stop words: Lucene's Arabic
 * light stemmer breaks names (حسين → حس) and every particle of a name is meaningful.
 */
final class NameAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new WhitespaceTokenizer();
    return new TokenStreamComponents(source, new ICUFoldingFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }

  /** The indexed form of one query term of {@code field}. */
  BytesRef term(String field, String text) {
    return normalize(field, text);
  }
}
