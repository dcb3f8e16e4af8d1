package org.sijil.core.names;

import java.util.Random;

/**
 * Synthetic full names for the name engine's benchmarks ({@code NamesBenchmark} and {@code
 * sijil-tools bench-names}): four-part Arabic chains of common name parts, about one in eight with
 * a given name as PDF extraction damages it (reversed lam-alef, split compounds), and three-part
 * Latin romanizations. Clearly artificial combinations, not real people's names.
 */
public final class SyntheticNames {

  private static final String[] GIVEN = {
    "محمد",
    "أحمد",
    "محمود",
    "عبد الرحمن",
    "عبدالله",
    "يوسف",
    "إبراهيم",
    "خالد",
    "فاطمة",
    "مريم",
    "علاء",
    "بلال",
    "نور الدين",
    "سهير",
    "مصطفى",
    "حسن"
  };
  private static final String[] FATHER = {
    "محمد",
    "أحمد",
    "علي",
    "حسين",
    "عبد الكريم",
    "سعيد",
    "جمال",
    "طلال",
    "عيسى",
    "موسى",
    "فؤاد",
    "صالح"
  };
  private static final String[] FAMILY = {
    "النجار",
    "الخطيب",
    "ابو القمصان",
    "المصري",
    "الشاعر",
    "حسونة",
    "نصر الله",
    "الكرد",
    "ابوشعر",
    "السلطان",
    "الاسطل",
    "عاشور"
  };
  private static final String[] DAMAGED = {"بالل", "عالء", "عبدهللا", "طالل"};
  private static final String[] LATIN_GIVEN = {
    "Mohammed",
    "Muhammad",
    "Ahmed",
    "Abdel Rahman",
    "Abdullah",
    "Yousef",
    "Ibrahim",
    "Khaled",
    "Fatima",
    "Alaa",
    "Bilal",
    "Nour al-Din"
  };
  private static final String[] LATIN_FAMILY = {
    "al-Najjar", "El Khatib", "Abu Qumsan", "Almasri", "Shaer", "Hassouna", "Nasrallah", "al-Kurd"
  };

  private SyntheticNames() {}

  /** A four-part Arabic name chain; draws four values from {@code random}. */
  public static String arabic(Random random) {
    String given = random.nextInt(8) == 0 ? pick(random, DAMAGED) : pick(random, GIVEN);
    return given
        + " "
        + pick(random, FATHER)
        + " "
        + pick(random, FATHER)
        + " "
        + pick(random, FAMILY);
  }

  /** A three-part Latin romanization; draws three values from {@code random}. */
  public static String latin(Random random) {
    return pick(random, LATIN_GIVEN)
        + " "
        + pick(random, LATIN_GIVEN)
        + " "
        + pick(random, LATIN_FAMILY);
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}
