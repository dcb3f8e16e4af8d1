package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.ComparisonSpec.FieldType;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RecordColumns;

/**
 * The records of one linkage job with their comparison features pre-computed, column by column. In
 * a link job the left list's records come first (indices {@code 0..leftSize-1}), then the right's;
 * in a dedupe job {@code leftSize == size}. Immutable once built.
 */
public final class RecordTable {

  /** The field of the name in either script, {@code name_ar} and {@code name_en} together. */
  static final String CROSS_SCRIPT_FIELD = "name";

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

  private final int size;
  private final int leftSize;
  private final boolean link;
  private final Map<String, FeatureColumn> columns = new HashMap<>();

  /** The column ordering windowed blocks, or null when a side lacks it (see neighbourhoodKey). */
  private final FeatureColumn neighbourhood;

  private RecordTable(
      LinkageSpec spec,
      List<CasualtyRecord> given,
      int leftSize,
      boolean link,
      String readField,
      String[] readTexts) {
    // Features are computed with records looked up by index from several threads.
    List<CasualtyRecord> records =
        given instanceof java.util.RandomAccess ? given : new ArrayList<>(given);
    this.size = records.size();
    this.leftSize = leftSize;
    this.link = link;
    Map<String, ComparisonSpec> byField = new HashMap<>();
    Set<String> fields = new LinkedHashSet<>();
    for (ComparisonSpec c : spec.comparisons()) {
      byField.putIfAbsent(c.field().toLowerCase(Locale.ROOT), c);
      fields.add(c.field().toLowerCase(Locale.ROOT));
    }
    for (BlockingRuleSpec r : spec.blocking()) {
      for (String k : r.keys()) {
        fields.add(BlockingRuleSpec.fieldOf(k).toLowerCase(Locale.ROOT));
      }
    }
    // The Arabic name is read once for its column, its parts and the cross-script column. Its
    // chains are not kept for all records at once (~350 bytes of objects per record): each column
    // parses the names it derives from as it goes, and the cross-script column only those of
    // records without a Latin name.
    org.sijil.core.names.NameChain[] chains = null;
    String[] arabic = null;
    for (String f : fields) {
      ComparisonSpec c = byField.get(f);
      FieldType type = c != null ? c.fieldType() : defaultType(f);
      if (f.startsWith("name_ar.") || type == FieldType.CROSS_SCRIPT_NAME) {
        arabic = "name_ar".equals(readField) ? readTexts : texts("name_ar", records);
        break;
      }
    }
    // The Latin name is read once too: its own column, its parts and the cross-script column
    // share the array (each would otherwise read every record's name again).
    String[] latin = null;
    for (String f : fields) {
      ComparisonSpec c = byField.get(f);
      FieldType type = c != null ? c.fieldType() : defaultType(f);
      if (f.equals("name_en") || f.startsWith("name_en.") || type == FieldType.CROSS_SCRIPT_NAME) {
        latin = "name_en".equals(readField) ? readTexts : texts("name_en", records);
        break;
      }
    }
    // Each field's features are independent, so they are built in parallel.
    List<String> ordered = new ArrayList<>(fields);
    FeatureColumn[] built = new FeatureColumn[ordered.size()];
    Names names = new Names(records, arabic, chains, latin, readField, readTexts);
    java.util.stream.IntStream.range(0, ordered.size())
        .parallel()
        .forEach(
            i -> {
              String f = ordered.get(i);
              built[i] = build(f, byField.get(f), names, leftSize, link);
            });
    for (int i = 0; i < built.length; i++) {
      columns.put(ordered.get(i), built[i]);
      showFromRecords(ordered.get(i), byField.get(ordered.get(i)), built[i], records);
    }
    this.neighbourhood =
        columns.containsKey(NEIGHBOURHOOD_FIELD) && hasValues(NEIGHBOURHOOD_FIELD)
            ? columns.get(NEIGHBOURHOOD_FIELD)
            : null;
  }

  /**
   * Features of records already in one list, the left list's {@code leftSize} first when {@code
   * link} (a {@link Linker} puts them in its own order).
   */
  static RecordTable of(
      LinkageSpec spec, List<CasualtyRecord> records, int leftSize, boolean link) {
    return new RecordTable(spec, records, leftSize, link, null, null);
  }

  /**
   * As above, with one field's texts already read in the records' order (the name that ordered
   * them, see {@link Locality#ordered}): a name column is read from them instead of decoded again.
   */
  static RecordTable of(
      LinkageSpec spec,
      List<CasualtyRecord> records,
      int leftSize,
      boolean link,
      String readField,
      String[] readTexts) {
    return new RecordTable(spec, records, leftSize, link, readField, readTexts);
  }

  public int size() {
    return size;
  }

  public int leftSize() {
    return leftSize;
  }

  public boolean isLink() {
    return link;
  }

  /** Number of pairs a job compares if it compares everything. */
  public long allPairs() {
    return link ? (long) leftSize * (size - leftSize) : (long) size * (size - 1) / 2;
  }

  /**
   * Whether the field has values worth comparing: on both sides for a link, else anywhere. A
   * comparison on a field one list lacks carries no information and only slows training.
   */
  public boolean hasValues(String field) {
    FeatureColumn c = columns.get(field.toLowerCase(Locale.ROOT));
    if (c == null) {
      return false;
    }
    boolean left = false;
    boolean right = false;
    // A dedupe job has no right side: its first value settles it (the scan read every record).
    for (int r = 0; r < size && !(left && (right || !link)); r++) {
      if (!c.isNull(r)) {
        if (r < leftSize) {
          left = true;
        } else {
          right = true;
        }
      }
    }
    return link ? left && right : left;
  }

  FeatureColumn column(String field) {
    FeatureColumn c = columns.get(field.toLowerCase(Locale.ROOT));
    if (c == null) {
      throw new IllegalArgumentException("no features for field " + field);
    }
    return c;
  }

  /** The field that orders the records of a block too big to compare whole ({@link BlockIndex}). */
  static final String NEIGHBOURHOOD_FIELD = "dod";

  /**
   * Where record r sits inside a windowed block: its date of death as a non-negative number (later
   * dates higher), records without one last. The records of one person are reported dead on the
   * same day or days apart, while namesakes spread over the whole period. When the job has no date
   * of death (in a link job: when one list has none, e.g. a population register) every record has
   * the same key, and windows follow the name order alone: dated records would otherwise all sort
   * before undated ones and a window would hardly ever reach across the lists.
   */
  int neighbourhoodKey(int r) {
    FeatureColumn c = neighbourhood;
    long day = c == null ? FeatureColumn.MISSING : c.key(null, r);
    if (day == FeatureColumn.MISSING) {
      return Integer.MAX_VALUE;
    }
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1L, day + NEIGHBOURHOOD_OFFSET));
  }

  /** Shifts epoch days (negative before 1970) into non-negative keys. */
  private static final long NEIGHBOURHOOD_OFFSET = 1L << 24;

  /** The blocking key of every record under a rule, {@link FeatureColumn#MISSING} when absent. */
  long[] blockingKeys(BlockingRuleSpec rule) {
    long[] keys = new long[size];
    List<String> parts = rule.keys();
    FeatureColumn[] cols = new FeatureColumn[parts.size()];
    String[] sub = new String[parts.size()];
    for (int i = 0; i < cols.length; i++) {
      String k = parts.get(i);
      cols[i] = column(BlockingRuleSpec.fieldOf(k));
      int dot = k.indexOf('.');
      sub[i] = dot < 0 ? null : k.substring(dot + 1);
      if (sub[i] != null && !cols[i].parts().contains(sub[i])) {
        throw new IllegalArgumentException(
            "blocking rule "
                + rule.name()
                + ": field "
                + cols[i].field
                + " has no part '"
                + sub[i]
                + "' (parts: "
                + cols[i].parts()
                + ")");
      }
    }
    java.util.function.IntToLongFunction[] readers =
        new java.util.function.IntToLongFunction[cols.length];
    for (int i = 0; i < cols.length; i++) {
      readers[i] = cols[i].keys(sub[i]);
    }
    // Each record's key depends on that record alone.
    java.util.stream.IntStream.range(0, size)
        .parallel()
        .forEach(r -> keys[r] = blockingKey(readers, r));
    return keys;
  }

  private static long blockingKey(java.util.function.IntToLongFunction[] parts, int r) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < parts.length; i++) {
      long v = parts[i].applyAsLong(r);
      if (v == FeatureColumn.MISSING) {
        return FeatureColumn.MISSING;
      }
      h = mix(h ^ (v + 0x632BE59BD9B4E019L * (i + 1)));
    }
    return h == FeatureColumn.MISSING ? h + 1 : h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The records with their name texts read once for every column: the Arabic name (and its parsed
   * chains) and the Latin name, null when no field needs them, and the texts of the field read
   * before the table (null when none was).
   */
  private record Names(
      List<CasualtyRecord> records,
      String[] arabic,
      org.sijil.core.names.NameChain[] chains,
      String[] latin,
      String readField,
      String[] readTexts) {

    /** A field's texts, the shared array for the two names or the one read before. */
    String[] texts(String field) {
      if (field.equals("name_ar") && arabic != null) {
        return arabic;
      }
      if (field.equals("name_en") && latin != null) {
        return latin;
      }
      if (field.equals(readField)) {
        return readTexts;
      }
      return RecordTable.texts(field, records);
    }
  }

  /**
   * Lets a column show each record's text read from the records when asked, so that it keeps no
   * string per record (the texts it was built from die with this constructor). A name part ({@code
   * name_ar.given}) keeps the texts it was derived from.
   */
  private static void showFromRecords(
      String field, ComparisonSpec comparison, FeatureColumn column, List<CasualtyRecord> records) {
    FieldType type = comparison != null ? comparison.fieldType() : defaultType(field);
    if (type == FieldType.CROSS_SCRIPT_NAME) {
      java.util.function.IntFunction<String> arabic = reader("name_ar", records);
      java.util.function.IntFunction<String> latin = reader("name_en", records);
      column.showFrom(r -> CrossScriptNameColumn.shown(arabic.apply(r), latin.apply(r)));
    } else if (!field.contains(".")) {
      column.showFrom(reader(field, records));
    }
  }

  private static FeatureColumn build(
      String field, ComparisonSpec comparison, Names in, int leftSize, boolean link) {
    FieldType type = comparison != null ? comparison.fieldType() : defaultType(field);
    String similarity = comparison == null ? null : comparison.similarity();
    List<CasualtyRecord> records = in.records();
    if (type == FieldType.CROSS_SCRIPT_NAME) {
      return new CrossScriptNameColumn(
          field, in.arabic(), in.chains(), in.texts("name_en"), leftSize, link, similarity);
    }
    if (type == FieldType.ARABIC_NAME && field.equals("name_ar") && in.chains() != null) {
      return new ArabicNameColumn(field, in.arabic(), in.chains(), similarity);
    }
    String[] names =
        (type == FieldType.ARABIC_NAME || type == FieldType.LATIN_NAME)
            ? (field.contains(".") ? partTexts(field, in) : in.texts(field))
            : null;
    return switch (type) {
      case ARABIC_NAME -> new ArabicNameColumn(field, names, similarity);
      case LATIN_NAME ->
          new LatinNameColumn(
              field, names, similarity, field.equals("name_en") ? in.texts("name_ar") : null);
      case CROSS_SCRIPT_NAME -> throw new AssertionError("built above");
      case DATE -> new DateColumn(field, dates(field, records));
      case AGE -> new AgeColumn(field, RecordColumns.of(records));
      case CATEGORY -> new TextColumn(field, texts(field, records), true);
      case TEXT -> new TextColumn(field, texts(field, records), false);
    };
  }

  /**
   * A name part as its own field ({@code name_ar.given}, {@code name_ar.family}): the given name
   * alone tells siblings apart, who share the rest of the chain and often the date and place of
   * death; the family name tells apart namesakes of other families, whose chains agree on the
   * common given names.
   */
  private static String[] partTexts(String field, Names in) {
    org.sijil.core.names.NameChain[] arabicChains = in.chains();
    int dot = field.indexOf('.');
    String base = field.substring(0, dot);
    String part = field.substring(dot + 1);
    if (!part.equals("given") && !part.equals("family")) {
      throw new IllegalArgumentException(
          "field " + field + ": only the parts 'given' and 'family' can be compared on their own");
    }
    boolean given = part.equals("given");
    String[] full = in.texts(base);
    String[] out = new String[full.length];
    for (int i = 0; i < full.length; i++) {
      if (full[i] == null || full[i].isBlank()) {
        continue;
      }
      if (base.equals("name_ar")) {
        org.sijil.core.names.NameChain chain =
            arabicChains != null && arabicChains[i] != null
                ? arabicChains[i]
                : org.sijil.core.names.NameParser.parse(full[i]);
        String v = chain.isEmpty() ? "" : (given ? chain.given() : chain.family());
        out[i] = v.isEmpty() ? null : v;
      } else {
        String norm = org.sijil.core.names.LatinNormalizer.normalize(full[i]).trim();
        String[] words = SPACES.split(norm);
        out[i] =
            norm.isEmpty() || (!given && words.length < 2)
                ? null
                : words[given ? 0 : words.length - 1];
      }
    }
    return out;
  }

  private static FieldType defaultType(String field) {
    return switch (field) {
      case "name_ar" -> FieldType.ARABIC_NAME;
      case "name_en" -> FieldType.LATIN_NAME;
      case CROSS_SCRIPT_FIELD -> FieldType.CROSS_SCRIPT_NAME;
      case "dob", "dod" -> FieldType.DATE;
      case "age" -> FieldType.AGE;
      default -> FieldType.CATEGORY;
    };
  }

  /** A field's text: a canonical field, else the raw column of that name (case-insensitive). */
  static String value(CasualtyRecord r, String field) {
    java.util.Optional<CanonicalField> canonical = CanonicalField.byKey(field);
    if (canonical.isPresent()) {
      return r.text(canonical.get());
    }
    String v = r.raw().get(field);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, String> e : r.raw().entrySet()) {
      if (e.getKey().equalsIgnoreCase(field)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Each record's text of a field (see {@link #value}), the field resolved once. A canonical field
   * is read from its column ({@link RecordColumns}), without building the records.
   */
  static String[] texts(String field, List<CasualtyRecord> records) {
    String[] out = new String[records.size()];
    java.util.function.IntFunction<String> read = reader(field, records);
    java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> out[i] = read.apply(i));
    return out;
  }

  /** Reads record i's text of a field (see {@link #value}), the field resolved once. */
  private static java.util.function.IntFunction<String> reader(
      String field, List<CasualtyRecord> records) {
    CanonicalField canonical = CanonicalField.byKey(field).orElse(null);
    if (canonical != null) {
      RecordColumns columns = RecordColumns.of(records);
      return i -> columns.text(canonical, i);
    }
    return i -> value(records.get(i), field);
  }

  private static LocalDate[] dates(String field, List<CasualtyRecord> records) {
    LocalDate[] out = new LocalDate[records.size()];
    RecordColumns columns = RecordColumns.of(records);
    java.util.function.IntFunction<LocalDate> date =
        switch (field) {
          case "dob" -> columns::dob;
          case "dod" -> columns::dod;
          default -> i -> parseDate(value(records.get(i), field));
        };
    java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> out[i] = date.apply(i));
    return out;
  }

  private static LocalDate parseDate(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
