package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.ComparisonSpec.FieldType;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RecordColumns;

/**
 * Builds the feature columns of a {@link RecordTable}: one per field that a comparison or a
 * blocking rule names, each of the type its comparison (or the field's name) gives, the name texts
 * read once for every column that needs them.
 */
final class TableColumns {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

  private TableColumns() {}

  /**
   * The columns by field (lower case), in the order the spec names the fields; each shows its
   * records' texts read from {@code records} when asked.
   */
  static Map<String, FeatureColumn> build(
      LinkageSpec spec,
      List<CasualtyRecord> records,
      int leftSize,
      boolean link,
      String readField,
      String[] readTexts) {
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
    String[] arabic =
        nameTexts(
            "name_ar",
            fields,
            byField,
            (f, type) -> f.startsWith("name_ar.") || type == FieldType.CROSS_SCRIPT_NAME,
            records,
            readField,
            readTexts);
    // The Latin name is read once too: its own column, its parts and the cross-script column
    // share the array (each would otherwise read every record's name again).
    String[] latin =
        nameTexts(
            "name_en",
            fields,
            byField,
            (f, type) ->
                f.equals("name_en")
                    || f.startsWith("name_en.")
                    || type == FieldType.CROSS_SCRIPT_NAME,
            records,
            readField,
            readTexts);
    Names names = new Names(records, arabic, latin, readField, readTexts);
    return built(new ArrayList<>(fields), byField, names, leftSize, link);
  }

  /**
   * The texts of {@code name} when one of the fields needs them (the ones read before the table if
   * they are that name's), else null.
   */
  private static String[] nameTexts(
      String name,
      Set<String> fields,
      Map<String, ComparisonSpec> byField,
      BiPredicate<String, FieldType> needs,
      List<CasualtyRecord> records,
      String readField,
      String[] readTexts) {
    for (String f : fields) {
      ComparisonSpec c = byField.get(f);
      FieldType type = c != null ? c.fieldType() : defaultType(f);
      if (needs.test(f, type)) {
        return name.equals(readField) ? readTexts : RecordTable.texts(name, records);
      }
    }
    return null;
  }

  /** Each field's column; the features of fields are independent, so they are built in parallel. */
  private static Map<String, FeatureColumn> built(
      List<String> ordered,
      Map<String, ComparisonSpec> byField,
      Names names,
      int leftSize,
      boolean link) {
    FeatureColumn[] built = new FeatureColumn[ordered.size()];
    java.util.stream.IntStream.range(0, ordered.size())
        .parallel()
        .forEach(
            i -> {
              String f = ordered.get(i);
              built[i] = column(f, byField.get(f), names, leftSize, link);
            });
    Map<String, FeatureColumn> columns = new LinkedHashMap<>();
    for (int i = 0; i < built.length; i++) {
      columns.put(ordered.get(i), built[i]);
      showFromRecords(ordered.get(i), byField.get(ordered.get(i)), built[i], names.records());
    }
    return columns;
  }

  /**
   * The records with their name texts read once for every column: the Arabic name and the Latin
   * name, null when no field needs them, and the texts of the field read before the table (null
   * when none was).
   */
  private record Names(
      List<CasualtyRecord> records,
      String[] arabic,
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
      java.util.function.IntFunction<String> arabic = RecordTable.reader("name_ar", records);
      java.util.function.IntFunction<String> latin = RecordTable.reader("name_en", records);
      column.showFrom(r -> CrossScriptNameColumn.shown(arabic.apply(r), latin.apply(r)));
    } else if (!field.contains(".")) {
      column.showFrom(RecordTable.reader(field, records));
    }
  }

  private static FeatureColumn column(
      String field, ComparisonSpec comparison, Names in, int leftSize, boolean link) {
    FieldType type = comparison != null ? comparison.fieldType() : defaultType(field);
    String similarity = comparison == null ? null : comparison.similarity();
    List<CasualtyRecord> records = in.records();
    if (type == FieldType.CROSS_SCRIPT_NAME) {
      return new CrossScriptNameColumn(
          field, in.arabic(), in.texts("name_en"), leftSize, link, similarity);
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
      case CATEGORY -> new TextColumn(field, RecordTable.texts(field, records), true);
      case TEXT -> new TextColumn(field, RecordTable.texts(field, records), false);
    };
  }

  /**
   * A name part as its own field ({@code name_ar.given}, {@code name_ar.family}): the given name
   * alone tells siblings apart, who share the rest of the chain and often the date and place of
   * death; the family name tells apart namesakes of other families, whose chains agree on the
   * common given names.
   */
  private static String[] partTexts(String field, Names in) {
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
        org.sijil.core.names.NameChain chain = org.sijil.core.names.NameParser.parse(full[i]);
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
      case RecordTable.CROSS_SCRIPT_FIELD -> FieldType.CROSS_SCRIPT_NAME;
      case "dob", "dod" -> FieldType.DATE;
      case "age" -> FieldType.AGE;
      default -> FieldType.CATEGORY;
    };
  }

  private static LocalDate[] dates(String field, List<CasualtyRecord> records) {
    LocalDate[] out = new LocalDate[records.size()];
    RecordColumns columns = RecordColumns.of(records);
    java.util.function.IntFunction<LocalDate> date =
        switch (field) {
          case "dob" -> columns::dob;
          case "dod" -> columns::dod;
          default -> i -> parseDate(RecordTable.value(records.get(i), field));
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
