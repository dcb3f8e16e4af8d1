package org.sijil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a query that found nothing, each token unknown to the index is replaced by
 * the closest indexed name token (Lucene's {@link DirectSpellChecker} over the written Arabic or
 * Latin name tokens, up to two edits, more frequent first), giving at most {@link #MAX} alternative
 * queries.
 */
final class Suggestions {

  static final int MAX = 3;

  private final NameAnalyzer analyzer;
  private final NameTerms names;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Suggestions(NameAnalyzer analyzer, NameTerms names) {
    this.analyzer = analyzer;
    this.names = names;
    checker.setMinQueryLength(3);
    checker.setMinPrefix(0);
    checker.setMaxEdits(2);
  }

  List<String> suggest(IndexSearcher s, String text) throws IOException {
    if (Queries.isIdQuery(text)) {
      return List.of();
    }
    List<NameTerms.QueryToken> tokens = names.query(text);
    IndexReader reader = s.getIndexReader();
    List<List<String>> options = new ArrayList<>();
    boolean changed = false;
    for (NameTerms.QueryToken t : tokens) {
      String field = t.arabic() ? Fields.AR : Fields.LATIN;
      Term term = new Term(field, analyzer.term(field, t.text()));
      List<String> alts = new ArrayList<>();
      if (reader.docFreq(term) == 0) {
        for (SuggestWord w :
            checker.suggestSimilar(term, MAX, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
          alts.add(w.string);
        }
      }
      if (alts.isEmpty()) {
        alts.add(t.text());
      } else {
        changed = true;
      }
      options.add(alts);
    }
    if (!changed) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (int k = 0; k < MAX; k++) {
      List<String> words = new ArrayList<>();
      for (List<String> alts : options) {
        words.add(alts.get(Math.min(k, alts.size() - 1)));
      }
      out.add(String.join(" ", words));
    }
    return new ArrayList<>(out);
  }
}
