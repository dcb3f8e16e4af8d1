package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * Small synthetic lists for tests: names composed at random from common given and family name parts
 * (never a real person's full name), each person optionally copied with light damage.
 */
final class Synthetic {

  static final String[] GIVEN = {
    "محمد", "احمد", "علي", "محمود", "خالد", "يوسف", "ابراهيم", "حسن", "عمر", "سامي", "فاطمه",
    "مريم", "سلمى", "نور", "هدى", "ريم", "ساره", "ليلى", "امل", "رنا"
  };
  static final String[] LATIN = {
    "Muhammad",
    "Ahmed",
    "Ali",
    "Mahmoud",
    "Khaled",
    "Yousef",
    "Ibrahem",
    "Hassan",
    "Omar",
    "Sami",
    "Fatima",
    "Mariam",
    "Salma",
    "Nour",
    "Huda",
    "Reem",
    "Sara",
    "Laila",
    "Amal",
    "Rana"
  };
  static final String[] FAMILY = {
    "النجار", "المصري", "الشوا", "حمدان", "عاشور", "سالم", "العطار", "الكرد", "شراب", "الهبيل",
    "عبيد", "جمعه", "ياسين", "حسونه", "غزال", "زايد"
  };
  static final String[] FAMILY_LATIN = {
    "al-Najjar",
    "al-Masri",
    "al-Shawa",
    "Hamdan",
    "Ashour",
    "Salem",
    "al-Attar",
    "al-Kurd",
    "Shurrab",
    "al-Habil",
    "Obeid",
    "Jumaa",
    "Yassin",
    "Hassouna",
    "Ghazal",
    "Zayed"
  };

  record Person(
      int given, int father, int grandfather, int family, LocalDate dob, Sex sex, String key) {}

  static List<Person> persons(int n, Random rnd) {
    List<Person> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int g = rnd.nextInt(GIVEN.length);
      out.add(
          new Person(
              g,
              rnd.nextInt(10),
              rnd.nextInt(10),
              rnd.nextInt(FAMILY.length),
              LocalDate.of(1950 + rnd.nextInt(70), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
              g < 10 ? Sex.MALE : Sex.FEMALE,
              "p" + i));
    }
    return out;
  }

  static CasualtyRecord record(Person p, long row, Random rnd, boolean damage) {
    String given = GIVEN[p.given()];
    String ar =
        given + " " + GIVEN[p.father()] + " " + GIVEN[p.grandfather()] + " " + FAMILY[p.family()];
    String en =
        LATIN[p.given()]
            + " "
            + LATIN[p.father()]
            + " "
            + LATIN[p.grandfather()]
            + " "
            + FAMILY_LATIN[p.family()];
    LocalDate dob = p.dob();
    if (damage) {
      int kind = rnd.nextInt(4);
      if (kind == 0 && ar.length() > 6) {
        ar =
            ar.substring(0, ar.indexOf(' ') - 1)
                + ar.substring(ar.indexOf(' ')); // dropped last letter
      } else if (kind == 1) {
        dob = LocalDate.of(dob.getYear(), 1, 1); // defaulted birth date
      } else if (kind == 2) {
        en = en.toUpperCase();
      } else {
        dob =
            dob.getDayOfMonth() <= 12
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue())
                : dob;
      }
    }
    LocalDate dod = LocalDate.of(2024, 1, 1);
    int years = dod.getYear() - dob.getYear() - (dod.getDayOfYear() < dob.getDayOfYear() ? 1 : 0);
    return new CasualtyRecord(
        row,
        p.key(),
        ar,
        en,
        Age.ofYears(years),
        dob,
        p.sex(),
        "h",
        null,
        null,
        Map.of("true_person", p.key()));
  }
}
