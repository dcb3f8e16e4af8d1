package org.sijil.search;

/** Field names of the index. Name fields hold terms produced by {@link NameTerms}. */
final class Fields {

  private Fields() {}

  /** Person id: indexed for replace/delete, doc values for reading hits back. */
  static final String ID = "id";

  /** Register order of the person (numeric doc values), for unranked results. */
  static final String ORDER = "order";

  /** Fingerprint of the indexed values (numeric doc values), for incremental updates. */
  static final String FINGERPRINT = "fp";

  /**
   * The first Arabic and the first Latin name as written (binary doc values, for re-ranking the top
   * hits): read without decompressing a block of stored documents per hit.
   */
  static final String SHOWN_AR = "shown_ar";

  static final String SHOWN_LATIN = "shown_lat";

  /**
   * What a hit shows of the person (stored only, {@link SearchDocument#shown}); read only for pages
   * that ask for views.
   */
  static final String SHOWN = "shown";

  /** List keys (identity numbers), spaces removed. */
  static final String KEY = "key";

  /** Arabic name tokens as written (normalized, compounds joined). */
  static final String AR = "ar";

  /** Arabic tokens of repaired readings that differ from the written ones. */
  static final String READING = "rd";

  /** Consonant skeletons of Arabic tokens and readings. */
  static final String SKELETON = "sk";

  /** Parts of compound Arabic tokens ({@code عبدالله} → {@code عبد}, {@code الله}). */
  static final String PART = "part";

  /** Latin name tokens as written (normalized, compounds joined). */
  static final String LATIN = "lat";

  /**
   * Latin tokens of the transliteration of the Arabic names; indexed only for persons with no Latin
   * name ({@link #ARABIC_ONLY}), the only persons a Latin query reads it for.
   */
  static final String TRANSLIT = "tr";

  /**
   * Consonant keys of the Arabic names, in the Latin alphabet: what a Latin query matches (an
   * Arabic query has the skeleton field, and keys of its own script would only add long postings);
   * indexed only for persons with no Latin name ({@link #ARABIC_ONLY}), as {@link #TRANSLIT}.
   */
  static final String PHONETIC_OF_ARABIC = "pha";

  /**
   * Consonant keys of the Latin names: what an Arabic query matches, and what a Latin query meets
   * another romanization of the same name by ({@code Mohammed}, {@code Muhammad}: {@code mhmd}).
   */
  static final String PHONETIC_OF_LATIN = "phl";

  /** The given name (first token) of every name, for ranking a given-name match above others. */
  static final String GIVEN = "given";

  /**
   * {@link #LATIN_ONLY} for a person listed with no name in Arabic script: the only persons an
   * Arabic query matches through their Latin names; {@link #ARABIC_ONLY} for a person listed with
   * no name in Latin script: the only persons a Latin query matches through the transliterations
   * and keys of their Arabic names ({@code docs/server.md}, search ranking).
   */
  static final String SCRIPTS = "scripts";

  static final String LATIN_ONLY = "latin-only";

  static final String ARABIC_ONLY = "arabic-only";

  static final String SEX = "sex";
  static final String AGE = "age";
  static final String DOD = "dod";
  static final String SOURCE = "source";
  static final String RELEASE = "release";

  /** Place words, folded. */
  static final String PLACE = "place";

  static final String STATUS = "status";

  /** Facet dimensions. */
  static final String FACET_SEX = "sex";

  static final String FACET_SOURCE = "source";
  static final String FACET_RELEASE = "release";
  static final String FACET_PLACE = "place";
  static final String FACET_AGE = "age_band";
  static final String FACET_STATUS = "status";
}
