package org.sijil.synth;

/**
 * How often each class of damage seen in real releases hits a record (per record, independently).
 * List-specific habits (missing fields, joined compounds, romanization) live in {@link ListSpec}.
 *
 * @param hamza one alef written with another hamza form or none (أحمد / احمد, إبراهيم / ابراهيم)
 * @param yaMaqsura a final ya / alef-maqsura swapped (يحيى / يحيي)
 * @param taMarbuta a final ta-marbuta / ha swapped (فاطمة / فاطمه)
 * @param reversedLamAlef the record went through a PDF extraction that reverses lam-alef (الله →
 *     هللا, بلال → بالل, علاء → عالء)
 * @param compoundSpacing a compound written against the list's habit (joined where it spaces)
 * @param letterTypo one letter dropped or doubled in one name element
 * @param droppedGrandfather the grandfather's (and any earlier) name left out
 * @param januaryFirst the date of birth defaulted to 1 January of the birth year
 * @param dobTypo day and month transposed (when both are ≤ 12) or the year off by one
 * @param ageOffByOne the age one year off (computed at another date)
 * @param infantAgeInMonths an infant's age written as "7 months" / "3 days" rather than 0
 * @param idTypo one digit of the ID changed or two adjacent digits swapped
 * @param duplicate the person listed twice on the same list
 */
public record DamageRates(
    double hamza,
    double yaMaqsura,
    double taMarbuta,
    double reversedLamAlef,
    double compoundSpacing,
    double letterTypo,
    double droppedGrandfather,
    double januaryFirst,
    double dobTypo,
    double ageOffByOne,
    double infantAgeInMonths,
    double idTypo,
    double duplicate) {

  public DamageRates {
    double[] all = {
      hamza,
      yaMaqsura,
      taMarbuta,
      reversedLamAlef,
      compoundSpacing,
      letterTypo,
      droppedGrandfather,
      januaryFirst,
      dobTypo,
      ageOffByOne,
      infantAgeInMonths,
      idTypo,
      duplicate
    };
    for (double p : all) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("damage rate out of [0,1]: " + p);
      }
    }
  }

  /** Rates in the range seen in the Ministry of Health releases (1 January: about 10% of dates). */
  public static DamageRates realistic() {
    return new DamageRates(
        0.15, 0.05, 0.10, 0.03, 0.05, 0.02, 0.05, 0.10, 0.03, 0.03, 0.30, 0.01, 0.01);
  }

  /** No damage at all: every record written cleanly (list habits still apply). */
  public static DamageRates none() {
    return new DamageRates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
