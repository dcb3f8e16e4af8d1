package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.sijil.core.names.Transliterator;

/**
 * The transliterations and Latin keys of Arabic names ({@link Fields#TRANSLIT}, {@link
 * Fields#PHONETIC_OF_ARABIC}) are indexed only for persons with no Latin name. An index that also
 * holds them for every other person, as every index did before, answers the same pages (hits,
 * scores, reasons, totals, suggestions): on synthetic persons listed in both scripts, in Arabic
 * only and in Latin only, for names in either script, partial names, transliterations of Arabic
 * names and typos.
 */
class CrossScriptTermsTest {

  private static final FieldType DOCS_ONLY = new FieldType();

  static {
    DOCS_ONLY.setIndexOptions(IndexOptions.DOCS);
    DOCS_ONLY.setTokenized(true);
    DOCS_ONLY.setOmitNorms(true);
    DOCS_ONLY.freeze();
  }

  private static final NameTerms NAMES = new NameTerms();
  private static final FacetsConfig FACETS = Documents.facetsConfig();

  @Test
  void personsWithALatinNameHaveNoCrossScriptTerms() {
    SearchDocument both = SynthPersons.documents(SynthPersons.records(50, 3)).get(0);
    NameTerms.Indexed terms = NAMES.index(both.arabicNames(), both.latinNames());
    assertFalse(terms.arabicOnly());
    assertTrue(terms.translit().isEmpty() && terms.phoneticOfArabic().isEmpty());
    NameTerms.Indexed arabicOnly = NAMES.index(both.arabicNames(), List.of());
    assertTrue(arabicOnly.arabicOnly());
    assertFalse(arabicOnly.translit().isEmpty() || arabicOnly.phoneticOfArabic().isEmpty());
    assertEquals(arabicOnly.ar(), terms.ar());
    assertEquals(arabicOnly.skeletons(), terms.skeletons());
  }

  @Test
  void theSamePagesAsAnIndexWithTheTermsForEveryPerson() throws IOException {
    List<SearchDocument> documents = new ArrayList<>();
    for (SearchDocument d : SynthPersons.documents(SynthPersons.records(4000, 29))) {
      long kind = d.order() % 5;
      documents.add(kind == 0 ? oneScript(d, true) : kind == 1 ? oneScript(d, false) : d);
    }
    List<String> texts = texts(documents, new Random(29));
    try (DirectoryReader now = index(documents, false);
        DirectoryReader before = index(documents, true)) {
      Searching a = new Searching(new NameAnalyzer(), NAMES, Searching.COUNT_EXACTLY_UP_TO);
      Searching b = new Searching(new NameAnalyzer(), NAMES, Searching.COUNT_EXACTLY_UP_TO);
      IndexSearcher nowSearcher = new IndexSearcher(now);
      IndexSearcher beforeSearcher = new IndexSearcher(before);
      int crossed = 0;
      for (String text : texts) {
        SearchRequest r = SearchRequest.of(text, 20);
        SearchPage expected = b.page(beforeSearcher, r);
        assertEquals(expected, a.page(nowSearcher, r), text);
        crossed += crossesScripts(expected) ? 1 : 0;
      }
      assertTrue(crossed > 20, "pages with a hit through a transliteration: " + crossed);
    }
  }

  /** Whether a hit of the page matched through an Arabic name's transliteration or keys. */
  private static boolean crossesScripts(SearchPage page) {
    return page.hits().stream()
        .flatMap(h -> h.reasons().stream())
        .anyMatch(m -> m.how() == MatchReason.How.TRANSLITERATION);
  }

  /**
   * The persons in several segments, in the same order; with {@code everyPerson}, each person with
   * a Latin name also gets the transliterations and keys of their Arabic names, as before.
   */
  private static DirectoryReader index(List<SearchDocument> documents, boolean everyPerson)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new NameAnalyzer());
    config.setMaxBufferedDocs(900);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (SearchDocument d : documents) {
        Document doc = Documents.of(d, NAMES, FACETS);
        NameTerms.Indexed arabic = NAMES.index(d.arabicNames(), List.of());
        if (everyPerson && !d.latinNames().isEmpty()) {
          add(doc, Fields.TRANSLIT, arabic.translit());
          add(doc, Fields.PHONETIC_OF_ARABIC, arabic.phoneticOfArabic());
        }
        writer.addDocument(doc);
      }
    }
    return DirectoryReader.open(dir);
  }

  private static void add(Document doc, String field, java.util.Set<String> terms) {
    if (!terms.isEmpty()) {
      doc.add(new Field(field, String.join(" ", terms), DOCS_ONLY));
    }
  }

  /** The person with the names of one script only: Arabic ones, or Latin ones. */
  private static SearchDocument oneScript(SearchDocument d, boolean arabic) {
    return new SearchDocument(
        d.id(),
        d.order(),
        arabic ? d.arabicNames() : List.of(),
        arabic ? List.of() : d.latinNames(),
        d.keys(),
        d.sex(),
        d.ageYears(),
        d.dod(),
        d.place(),
        d.sources(),
        d.releases(),
        d.status(),
        d.shown());
  }

  /**
   * Each drawn person's names in both scripts, the transliteration of the Arabic one, without the
   * last token, with a letter dropped, and the given name with another person's family name.
   */
  private static List<String> texts(List<SearchDocument> documents, Random random) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      SearchDocument d = documents.get(random.nextInt(documents.size()));
      SearchDocument other = documents.get(random.nextInt(documents.size()));
      List<String> names = new ArrayList<>(d.arabicNames());
      names.addAll(d.latinNames());
      if (!d.arabicNames().isEmpty()) {
        names.add(Transliterator.toLatin(d.arabicNames().get(0)));
      }
      for (String name : names) {
        if (name.isBlank()) {
          continue;
        }
        String[] w = name.strip().split("\\s+");
        out.add(name);
        if (w.length > 2) {
          out.add(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)));
        }
        if (w[0].length() > 4) {
          out.add(w[0].substring(1) + " " + String.join(" ", List.of(w).subList(1, w.length)));
        }
        List<String> others = new ArrayList<>(other.latinNames());
        others.addAll(other.arabicNames());
        others.removeIf(String::isBlank);
        if (!others.isEmpty()) {
          String[] o = others.get(0).strip().split("\\s+");
          out.add(w[0] + " " + o[o.length - 1]);
        }
      }
    }
    return out;
  }
}
