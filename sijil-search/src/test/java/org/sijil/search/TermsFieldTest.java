package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Terms handed to Lucene one by one, already folded, index exactly what their joined text gives
 * through {@link NameAnalyzer}: the same terms with the same documents, field by field.
 */
class TermsFieldTest {

  private static final FieldType DOCS_ONLY = new FieldType();

  static {
    DOCS_ONLY.setIndexOptions(IndexOptions.DOCS);
    DOCS_ONLY.setTokenized(true);
    DOCS_ONLY.setOmitNorms(true);
    DOCS_ONLY.freeze();
  }

  /** Terms ICU folds: case, accents, hamza seats, ligatures, Arabic-Indic digits, repeats. */
  private static final List<String> FOLDED =
      List.of("ABD", "Éric", "أحمد", "ﻻ", "١٢٣", "ﬁras", "abd", "ABD", "ـمحمد", "𝐀li");

  @Test
  void syntheticNamesIndexTheSameTermsAsTheirJoinedText() throws IOException {
    NameTerms names = new NameTerms();
    List<List<Collection<String>>> persons = new ArrayList<>();
    for (SearchDocument d : SynthPersons.documents(SynthPersons.records(4_000, 7))) {
      persons.add(fields(names.index(d.arabicNames(), d.latinNames())));
      // Listed in Arabic only: the transliterations and Latin keys of the Arabic names too.
      persons.add(fields(names.index(d.arabicNames(), List.of())));
    }
    persons.add(List.of(FOLDED));
    assertEquals(postings(persons, false), postings(persons, true));
  }

  private static List<Collection<String>> fields(NameTerms.Indexed t) {
    return List.of(
        t.ar(),
        t.readings(),
        t.skeletons(),
        t.parts(),
        t.latin(),
        t.translit(),
        t.phoneticOfArabic(),
        t.phoneticOfLatin(),
        t.given());
  }

  @Test
  void aTermTheTokenizerWouldSplitOrDropIsNotOneToken() {
    assertTrue(TermsField.isOneToken("محمد"));
    assertFalse(TermsField.isOneToken(""));
    assertFalse(TermsField.isOneToken("abd allah"));
    assertFalse(TermsField.isOneToken("abd\u00A0allah".replace('\u00A0', '\u2003')));
    assertFalse(TermsField.isOneToken("a".repeat(255)));
    assertTrue(TermsField.isOneToken("a".repeat(254)));
  }

  /** Every field's terms with their documents, of one document per person. */
  private static List<String> postings(List<List<Collection<String>>> persons, boolean oneByOne)
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new NameAnalyzer()))) {
        for (List<Collection<String>> fields : persons) {
          Document doc = new Document();
          for (int f = 0; f < fields.size(); f++) {
            Collection<String> terms = fields.get(f);
            if (!terms.isEmpty()) {
              doc.add(
                  oneByOne
                      ? new TermsField("f" + f, terms, DOCS_ONLY)
                      : new Field("f" + f, String.join(" ", terms), DOCS_ONLY));
            }
          }
          w.addDocument(doc);
        }
        w.forceMerge(1);
      }
      return dump(dir);
    }
  }

  private static List<String> dump(ByteBuffersDirectory dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      for (String field : Set.of("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8")) {
        Terms terms = leaf.terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          StringBuilder line = new StringBuilder(field + " " + t.utf8ToString());
          PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
          for (int d = docs.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = docs.nextDoc()) {
            line.append(' ').append(d);
          }
          out.add(line.toString());
        }
      }
    }
    out.sort(null);
    return out;
  }
}
