package org.sijil.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.store.parquet.ParquetTable;

/**
 * What each column of a download means, in English and Arabic, with its type: the data dictionary
 * published beside every download (persons, records, a release's canonical export).
 */
public final class DataDictionary {

  /**
   * One column.
   *
   * @param name the column name as it appears in the file
   * @param type {@code text}, {@code integer}, {@code decimal} or {@code date} (ISO 8601, as text)
   * @param en its meaning in English
   * @param ar its meaning in Arabic
   */
  public record Column(String name, String type, String en, String ar) {

    /** The Parquet type that holds this column (dates stay ISO text). */
    public ParquetTable.Type parquetType() {
      return switch (type) {
        case "integer" -> ParquetTable.Type.INTEGER;
        case "decimal" -> ParquetTable.Type.DECIMAL;
        default -> ParquetTable.Type.TEXT;
      };
    }
  }

  private static final Map<String, Column> COLUMNS = new LinkedHashMap<>();

  static {
    add(
        "person_id",
        "text",
        "The register's identifier of the person (P…), stable across links where the person is unchanged",
        "معرّف الشخص في السجل (P…)");
    add(
        "record_id",
        "text",
        "The identifier of one source row: source/release/row",
        "معرّف صف المصدر: المصدر/الإصدار/الصف");
    add("source", "text", "The list the row comes from (e.g. moh)", "القائمة التي ورد فيها الصف");
    add("release", "text", "The release (version) of that list", "إصدار تلك القائمة");
    add(
        "row",
        "integer",
        "The row's number in the imported file (1 = first data row)",
        "رقم الصف في الملف المستورد");
    add(
        "key",
        "text",
        "The list's own key for the row, usually the identity number",
        "مفتاح الصف في القائمة، غالبًا رقم الهوية");
    add(
        "id",
        "text",
        "The list's own key for the row, usually the identity number",
        "مفتاح الصف في القائمة، غالبًا رقم الهوية");
    add(
        "name_ar",
        "text",
        "Name in Arabic script, as written by the list",
        "الاسم بالحروف العربية كما ورد في القائمة");
    add(
        "name_en",
        "text",
        "Name in Latin script, as written by the list",
        "الاسم بالحروف اللاتينية كما ورد في القائمة");
    add(
        "age",
        "text",
        "Age at death as stated (43, 7 months, 3 days); empty when unknown",
        "العمر عند الوفاة كما ورد؛ فارغ إذا كان مجهولًا");
    add(
        "age_years",
        "decimal",
        "Age at death in years, for sorting and age bands; empty when unknown",
        "العمر بالسنوات للفرز والفئات العمرية؛ فارغ إذا كان مجهولًا");
    add(
        "sex",
        "text",
        "m (male) or f (female); empty when unknown",
        "m ذكر أو f أنثى؛ فارغ إذا كان مجهولًا");
    add(
        "dob",
        "date",
        "Date of birth, YYYY-MM-DD; empty when unknown",
        "تاريخ الميلاد YYYY-MM-DD؛ فارغ إذا كان مجهولًا");
    add(
        "dod",
        "date",
        "Date of death, YYYY-MM-DD; empty when unknown",
        "تاريخ الوفاة YYYY-MM-DD؛ فارغ إذا كان مجهولًا");
    add(
        "place",
        "text",
        "Place of death or residence as written",
        "مكان الوفاة أو الإقامة كما ورد");
    add(
        "sources",
        "text",
        "The lists naming the person, separated by ;",
        "القوائم التي تذكر الشخص، مفصولة بـ ;");
    add(
        "records",
        "integer",
        "How many source rows were linked into the person",
        "عدد صفوف المصادر المربوطة بالشخص");
  }

  static {
    add(
        "source_name_en",
        "text",
        "The list's English name as analysts set it (sijil sources name), or its code when none is set",
        "اسم القائمة بالإنجليزية كما حدده المحللون، أو رمزها إن لم يُحدَّد");
    add(
        "source_name_ar",
        "text",
        "The list's Arabic name as analysts set it (sijil sources name), or its code when none is set",
        "اسم القائمة بالعربية كما حدده المحللون، أو رمزها إن لم يُحدَّد");
    add(
        "source_names_en",
        "text",
        "The English names of the lists naming the person (the code where none is set), separated by ;",
        "أسماء القوائم التي تذكر الشخص بالإنجليزية (أو رموزها)، مفصولة بـ ;");
    add(
        "source_names_ar",
        "text",
        "The Arabic names of the lists naming the person (the code where none is set), separated by ;",
        "أسماء القوائم التي تذكر الشخص بالعربية (أو رموزها)، مفصولة بـ ;");
  }

  private DataDictionary() {}

  private static void add(String name, String type, String en, String ar) {
    COLUMNS.put(name, new Column(name, type, en, ar));
  }

  /**
   * The dictionary entries of {@code names}, in their order.
   *
   * @throws IllegalArgumentException naming a column the dictionary does not describe
   */
  public static List<Column> of(List<String> names) {
    List<Column> out = new ArrayList<>(names.size());
    for (String n : names) {
      Column c = COLUMNS.get(n);
      if (c == null) {
        throw new IllegalArgumentException("the data dictionary has no column '" + n + "'");
      }
      out.add(c);
    }
    return out;
  }

  /**
   * The columns of a release's canonical export ({@code sijil export}): the canonical fields, where
   * {@code source} is the list's own source code for the row, not the list.
   */
  public static List<Column> canonical(List<String> names) {
    List<Column> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(
          n.equals("source")
              ? new Column(
                  "source",
                  "text",
                  "The list's own code for where the row came from (e.g. h hospital, c family report)",
                  "رمز القائمة لمصدر الصف (مثل h مستشفى، c بلاغ العائلة)")
              : of(List.of(n)).get(0));
    }
    return out;
  }

  /** The Parquet columns of {@code names}. */
  public static List<ParquetTable.Column> parquet(List<String> names) {
    return of(names).stream().map(c -> new ParquetTable.Column(c.name(), c.parquetType())).toList();
  }
}
