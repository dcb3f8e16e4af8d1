package org.sijil.server.web;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Counted words in both languages by the CLDR plural rules (ICU4J): English has "one" and "other"
 * (1 person, 2 persons); Arabic has six forms (zero, one, two, few 3–10, many 11–99, other 100+),
 * so "1 years" and "1 persons found" cannot happen.
 *
 * <p>A counted word is a message family {@code plural.<unit>.<form>} whose text holds {@code {n}}
 * where the number goes (Arabic "one" and "two" forms say the number in the word itself); a missing
 * form falls back to {@code other}.
 */
public final class Plurals {

  private static final PluralRules ENGLISH = PluralRules.forLocale(ULocale.ENGLISH);
  private static final PluralRules ARABIC = PluralRules.forLocale(new ULocale("ar"));

  private Plurals() {}

  /** The CLDR plural form of {@code n} in {@code lang}: zero, one, two, few, many or other. */
  static String form(Lang lang, long n) {
    return (lang == Lang.AR ? ARABIC : ENGLISH).select(n);
  }

  /** "{n} persons", "1 person", "شخصان", "11 شخصًا" for unit {@code persons}. */
  public static String count(Lang lang, long n, String unit) {
    String key = "plural." + unit + "." + form(lang, n);
    String text = lang.t(key);
    if (text.equals(key)) {
      text = lang.t("plural." + unit + ".other");
    }
    return text.replace("{n}", String.format(Locale.ROOT, "%,d", n));
  }

  /**
   * The plural messages, in both languages: one line per unit and form. English "one"/"other";
   * Arabic all six forms.
   */
  static void addTo(Lang.MessageSink m) {
    unit(
        m,
        "persons",
        "{n} person",
        "{n} persons",
        new String[] {"{n} شخص", "شخص واحد", "شخصان", "{n} أشخاص", "{n} شخصًا", "{n} شخص"});
    unit(
        m,
        "years",
        "{n} year",
        "{n} years",
        new String[] {"{n} سنة", "سنة واحدة", "سنتان", "{n} سنوات", "{n} سنة", "{n} سنة"});
    unit(
        m,
        "records",
        "{n} record",
        "{n} records",
        new String[] {"{n} سجل", "سجل واحد", "سجلان", "{n} سجلات", "{n} سجلًا", "{n} سجل"});
    // After "of" (2 of 3 records): Arabic puts the counted word in the genitive (من سجلين).
    unit(
        m,
        "recordsOf",
        "{n} record",
        "{n} records",
        new String[] {"{n} سجل", "سجل واحد", "سجلين", "{n} سجلات", "{n} سجلًا", "{n} سجل"});
    unit(
        m,
        "names",
        "{n} name",
        "{n} names",
        new String[] {"{n} اسم", "اسم واحد", "اسمان", "{n} أسماء", "{n} اسمًا", "{n} اسم"});
    unit(
        m,
        "days",
        "{n} day",
        "{n} days",
        new String[] {"{n} يوم", "يوم واحد", "يومان", "{n} أيام", "{n} يومًا", "{n} يوم"});
    unit(
        m,
        "sources",
        "{n} source",
        "{n} sources",
        new String[] {"{n} مصدر", "مصدر واحد", "مصدران", "{n} مصادر", "{n} مصدرًا", "{n} مصدر"});
    unit(
        m,
        "lists",
        "{n} list",
        "{n} lists",
        new String[] {
          "{n} قائمة", "قائمة واحدة", "قائمتان", "{n} قوائم", "{n} قائمة", "{n} قائمة"
        });
    unit(
        m,
        "pairs",
        "{n} pair",
        "{n} pairs",
        new String[] {"{n} زوج", "زوج واحد", "زوجان", "{n} أزواج", "{n} زوجًا", "{n} زوج"});
  }

  private static final String[] AR_FORMS = {"zero", "one", "two", "few", "many", "other"};

  private static void unit(Lang.MessageSink m, String unit, String one, String other, String[] ar) {
    for (int i = 0; i < AR_FORMS.length; i++) {
      String form = AR_FORMS[i];
      String en = form.equals("one") ? one : other;
      m.m("plural." + unit + "." + form, en, ar[i]);
    }
  }
}
