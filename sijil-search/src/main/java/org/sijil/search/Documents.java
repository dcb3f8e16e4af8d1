package org.sijil.search;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchDocument} into a Lucene document. Only the hit view ({@link
 * SearchDocument#shown}) is stored; ids, orders and the shown names (for re-ranking) are doc
 * values.
 */
final class Documents {

  /** Name terms need no positions, frequencies or norms: a token matches or not. */
  private static final FieldType TERMS = new FieldType();

  static {
    TERMS.setIndexOptions(IndexOptions.DOCS);
    TERMS.setTokenized(true);
    TERMS.setOmitNorms(true);
    TERMS.setStored(false);
    TERMS.freeze();
  }

  /** Age bands of the age facet, upper bounds exclusive. */
  static final int CHILD_BELOW = 18;

  static final int ELDER_FROM = 60;

  private Documents() {}

  /** Spaces and dashes inside an identity number. */
  private static final Pattern KEY_SEPARATORS = Pattern.compile("[ -]");

  /**
   * Facet dimensions are counted from doc values only; no drill-down terms are indexed (filters
   * have their own fields), which spares a tenth of the postings a build writes.
   */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.FACET_SOURCE, true);
    config.setMultiValued(Fields.FACET_RELEASE, true);
    for (String dim : Facet.DIMENSIONS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  static Document of(SearchDocument d, NameTerms analysis, FacetsConfig facets)
      throws java.io.IOException {
    return of(d, d.fingerprint(), analysis, facets);
  }

  /**
   * The document of {@code d} whose {@link SearchDocument#fingerprint} the caller has already
   * computed: a sync hashes every person to compare with the index, and hashing a person's text
   * again costs a twentieth of a build.
   */
  static Document of(SearchDocument d, long fingerprint, NameTerms analysis, FacetsConfig facets)
      throws java.io.IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, d.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(d.id())));
    doc.add(new NumericDocValuesField(Fields.ORDER, d.order()));
    doc.add(new NumericDocValuesField(Fields.FINGERPRINT, fingerprint));
    if (!d.arabicNames().isEmpty()) {
      doc.add(new BinaryDocValuesField(Fields.SHOWN_AR, new BytesRef(d.arabicNames().get(0))));
    }
    if (!d.latinNames().isEmpty()) {
      doc.add(new BinaryDocValuesField(Fields.SHOWN_LATIN, new BytesRef(d.latinNames().get(0))));
    }
    if (d.shown() != null) {
      doc.add(new StoredField(Fields.SHOWN, d.shown()));
    }
    for (String k : d.keys()) {
      doc.add(new StringField(Fields.KEY, key(k), Field.Store.NO));
    }
    NameTerms.Indexed names = analysis.index(d.arabicNames(), d.latinNames());
    terms(doc, Fields.AR, names.ar());
    terms(doc, Fields.READING, names.readings());
    terms(doc, Fields.SKELETON, names.skeletons());
    terms(doc, Fields.PART, names.parts());
    terms(doc, Fields.LATIN, names.latin());
    terms(doc, Fields.TRANSLIT, names.translit());
    terms(doc, Fields.PHONETIC_OF_ARABIC, names.phoneticOfArabic());
    terms(doc, Fields.PHONETIC_OF_LATIN, names.phoneticOfLatin());
    terms(doc, Fields.GIVEN, names.given());
    if (names.ar().isEmpty()) {
      doc.add(new StringField(Fields.SCRIPTS, Fields.LATIN_ONLY, Field.Store.NO));
    }
    if (names.arabicOnly()) {
      doc.add(new StringField(Fields.SCRIPTS, Fields.ARABIC_ONLY, Field.Store.NO));
    }
    if (d.sex() != null) {
      doc.add(new StringField(Fields.SEX, d.sex(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SEX, d.sex()));
    }
    if (d.ageYears() != null) {
      doc.add(new DoublePoint(Fields.AGE, d.ageYears()));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_AGE, ageBand(d.ageYears())));
    }
    if (d.dod() != null) {
      doc.add(new LongPoint(Fields.DOD, d.dod().toEpochDay()));
    }
    if (d.place() != null && !d.place().isBlank()) {
      doc.add(new Field(Fields.PLACE, d.place(), TERMS));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PLACE, d.place().strip()));
    }
    for (String s : d.sources()) {
      doc.add(new StringField(Fields.SOURCE, s, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, s));
    }
    for (String r : d.releases()) {
      // Indexed as "source/release" and as the bare label, so either filter is one term.
      doc.add(new StringField(Fields.RELEASE, r, Field.Store.NO));
      int slash = r.indexOf('/');
      if (slash > 0) {
        doc.add(new StringField(Fields.RELEASE, r.substring(slash + 1), Field.Store.NO));
      }
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_RELEASE, r));
    }
    if (d.status() != null) {
      doc.add(new StringField(Fields.STATUS, d.status(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_STATUS, d.status()));
    }
    return facets.build(doc);
  }

  /**
   * Adds the name terms of a field: each term as one token ({@link TermsField}) when the analyzer
   * would read each as one, else their joined text through the analyzer.
   */
  private static void terms(Document doc, String field, Collection<String> terms) {
    if (terms.isEmpty()) {
      return;
    }
    for (String t : terms) {
      if (!TermsField.isOneToken(t)) {
        doc.add(new Field(field, String.join(" ", terms), TERMS));
        return;
      }
    }
    doc.add(new TermsField(field, terms, TERMS));
  }

  /** A list key as indexed: spaces and dashes inside numbers removed, lower case. */
  static String key(String raw) {
    String k = raw.strip().toLowerCase(Locale.ROOT);
    return k.chars().allMatch(c -> Character.isDigit(c) || c == ' ' || c == '-')
        ? KEY_SEPARATORS.matcher(k).replaceAll("")
        : k;
  }

  static String ageBand(double age) {
    if (age < CHILD_BELOW) {
      return "0-17";
    }
    return age < ELDER_FROM ? "18-59" : "60+";
  }
}
