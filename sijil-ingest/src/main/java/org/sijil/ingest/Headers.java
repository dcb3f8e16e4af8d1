package org.sijil.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognizes the usual column headers of casualty lists, in Arabic and English, as canonical
 * fields. A plain "name" column is {@link #NAME}: its script decides whether it is {@code name_ar}
 * or {@code name_en}.
 */
final class Headers {

  /** Pseudo-field for a name column whose script must be read from its content. */
  static final String NAME = "name";

  private static final Map<String, String> SYNONYMS = synonyms();

  private Headers() {}

  /**
   * Header text reduced for matching: lower case, Arabic letter variants unified (alef forms, ta
   * marbuta, alef maqsura), diacritics and tatweel removed, punctuation to spaces, spaces
   * collapsed.
   */
  static String normalize(String header) {
    if (header == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      switch (c) {
        case '\uFEFF', '\u0640' -> {}
        case '\u0623', '\u0625', '\u0622', '\u0671' -> sb.append('\u0627');
        case '\u0629' -> sb.append('\u0647');
        case '\u0649' -> sb.append('\u064A');
        case '_', '-', '.', '/', '(', ')', ':', '#', '\u00A0', '\t' -> sb.append(' ');
        default -> {
          if (c >= '\u064B' && c <= '\u065F') {
            continue; // harakat
          }
          sb.append(Character.toLowerCase(c));
        }
      }
    }
    return sb.toString().trim().replaceAll("\\s+", " ");
  }

  /** The canonical field key (or {@link #NAME}) a header means, or null if not recognized. */
  static String recognize(String header) {
    return SYNONYMS.get(normalize(header));
  }

  /** Share of letters in Arabic script among all letters of {@code values}; 0 when no letters. */
  static double arabicShare(List<String> values) {
    long arabic = 0;
    long letters = 0;
    for (String v : values) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (c >= '\u0600' && c <= '\u06FF'
              || c >= '\u0750' && c <= '\u077F'
              || c >= '\uFB50' && c <= '\uFEFF') {
            arabic++;
          }
        }
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  private static Map<String, String> synonyms() {
    Map<String, String> m = new HashMap<>();
    put(
        m,
        "id",
        "id",
        "id number",
        "id no",
        "idno",
        "id num",
        "id #",
        "national id",
        "national id number",
        "identity",
        "identity number",
        "identity no",
        "id card",
        "رقم الهوية",
        "الهوية",
        "هوية",
        "رقم الهوية الشخصية",
        "رقم الهويه",
        "رقم الهوية الوطنية",
        "رقم الهوية/الجواز");
    put(
        m,
        NAME,
        "name",
        "full name",
        "fullname",
        "الاسم",
        "اسم",
        "الاسم الكامل",
        "الاسم رباعي",
        "الاسم الرباعي",
        "اسم الشهيد",
        "الاسم الثلاثي",
        "name of the deceased");
    put(
        m,
        "name_ar",
        "name ar",
        "name arabic",
        "arabic name",
        "ar name",
        "name in arabic",
        "الاسم بالعربية",
        "الاسم بالعربي",
        "الاسم عربي");
    put(
        m,
        "name_en",
        "name en",
        "en name",
        "english name",
        "name english",
        "name in english",
        "latin name",
        "name latin",
        "transliterated name",
        "الاسم بالانجليزية",
        "الاسم بالانجليزي",
        "الاسم انجليزي",
        "الاسم بالانكليزية");
    put(
        m,
        "age",
        "age",
        "age years",
        "age at death",
        "years",
        "العمر",
        "عمر",
        "السن",
        "العمر بالسنوات");
    put(
        m,
        "dob",
        "dob",
        "date of birth",
        "birth date",
        "birthdate",
        "born",
        "birth",
        "birthday",
        "d o b",
        "تاريخ الميلاد",
        "تاريخ الولاده",
        "الميلاد",
        "تاريخ ميلاد");
    put(m, "sex", "sex", "gender", "الجنس", "جنس", "النوع", "ذكر انثي");
    put(
        m,
        "source",
        "source",
        "source of report",
        "reporting source",
        "report source",
        "المصدر",
        "مصدر",
        "مصدر البيانات",
        "جهه الابلاغ");
    put(
        m,
        "dod",
        "dod",
        "date of death",
        "death date",
        "died",
        "date died",
        "died on",
        "date of martyrdom",
        "تاريخ الوفاه",
        "تاريخ الاستشهاد",
        "تاريخ الاستشهاد الوفاه",
        "تاريخ الوفاه الاستشهاد",
        "تاريخ القتل");
    put(
        m,
        "place",
        "place",
        "place of death",
        "location",
        "governorate",
        "address",
        "city",
        "area",
        "residence",
        "المكان",
        "مكان الوفاه",
        "مكان الاستشهاد",
        "المحافظه",
        "العنوان",
        "المنطقه",
        "مكان السكن",
        "السكن");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String field, String... headers) {
    for (String h : headers) {
      m.put(normalize(h), field);
    }
    m.put(normalize(field.toLowerCase(Locale.ROOT)), field);
  }
}
