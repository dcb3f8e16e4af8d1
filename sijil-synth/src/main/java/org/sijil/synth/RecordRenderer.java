package org.sijil.synth;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.sijil.core.record.Age;

/** Writes one person as one list would: its habits, its gaps and the damage of the day. */
final class RecordRenderer {

  private static final double ABU_WITH_HAMZA = 0.7;
  private static final double PRESS_PLACE_VARIANT = 0.5;

  private final DamageRates rates;
  private final Romanizer romanizer;

  RecordRenderer(DamageRates rates, Romanizer romanizer) {
    this.rates = rates;
    this.romanizer = romanizer;
  }

  /** What every list writes the same way about a person, computed once for all its records. */
  record Facts(
      LocalDate dob,
      String dobText,
      String dodText,
      Period age,
      String truePerson,
      String trueFamily) {
    static Facts of(Person p) {
      LocalDate dob = LocalDate.ofEpochDay(p.dobEpochDay());
      LocalDate dod = LocalDate.ofEpochDay(p.dodEpochDay());
      return new Facts(
          dob,
          dob.toString(),
          dod.toString(),
          Period.between(dob, dod),
          personKey(p.number()),
          "F" + p.family());
    }
  }

  SynthRecord render(
      Person p, Facts facts, ListSpec list, SplittableRandom rng, boolean duplicate) {
    int damage = duplicate ? Damage.DUPLICATE.bit() : 0;
    // Whether a damage happens is drawn from rng, how it happens from its own stream: the other
    // fields of a record then do not depend on the damage rates, which lets tests compare runs.
    SplittableRandom how = rng.split();

    String id = "";
    if (rng.nextDouble() >= list.idMissing()) {
      id = p.id();
      if (rng.nextDouble() < rates.idTypo()) {
        id = mistype(id, how);
        damage |= Damage.ID_TYPO.bit();
      }
    }

    ArabicForms.Unit[] units = units(p);
    if (units.length > 3 && rng.nextDouble() < rates.droppedGrandfather()) {
      units = new ArabicForms.Unit[] {units[0], units[1], units[units.length - 1]};
      damage |= Damage.DROPPED_GRANDFATHER.bit();
    }
    String[] words = new String[units.length];
    for (int i = 0; i < units.length; i++) {
      ArabicForms.Unit u = units[i];
      if (!u.isCompound()) {
        words[i] = u.word();
        continue;
      }
      boolean joined = rng.nextDouble() < list.joinedCompounds();
      boolean abuWithHamza = rng.nextDouble() < ABU_WITH_HAMZA;
      if (rng.nextDouble() < rates.compoundSpacing()) {
        joined = !joined;
        damage |= Damage.COMPOUND_SPACING.bit();
      }
      String prefix =
          ArabicForms.ABU.equals(u.prefix()) && !joined && abuWithHamza ? "أبو" : u.prefix();
      words[i] = joined ? prefix + u.word() : prefix + ' ' + u.word();
    }
    if (rng.nextDouble() < rates.hamza() && ArabicDamage.hamza(words, how)) {
      damage |= Damage.HAMZA.bit();
    }
    if (rng.nextDouble() < rates.yaMaqsura() && ArabicDamage.yaMaqsura(words, how)) {
      damage |= Damage.YA_MAQSURA.bit();
    }
    if (rng.nextDouble() < rates.taMarbuta() && ArabicDamage.taMarbuta(words, how)) {
      damage |= Damage.TA_MARBUTA.bit();
    }
    if (rng.nextDouble() < rates.letterTypo() && ArabicDamage.letterTypo(words, how)) {
      damage |= Damage.LETTER_TYPO.bit();
    }
    String nameAr = String.join(" ", words);
    if (rng.nextDouble() < rates.reversedLamAlef()) {
      String reversed = ArabicDamage.reverseLamAlef(nameAr);
      if (!reversed.equals(nameAr)) {
        nameAr = reversed;
        damage |= Damage.REVERSED_LAM_ALEF.bit();
      }
    }

    String nameEn = "";
    if (rng.nextDouble() >= list.nameEnMissing()) {
      boolean press = rng.nextDouble() < list.pressRomanization();
      StringBuilder sb = new StringBuilder();
      for (ArabicForms.Unit u : units) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(press ? romanizer.press(u) : romanizer.data(u));
      }
      nameEn = sb.toString();
    }

    LocalDate dob = facts.dob();
    String dobText = "";
    if (rng.nextDouble() >= list.dobMissing()) {
      LocalDate written = dob;
      boolean januaryFirst = rng.nextDouble() < rates.januaryFirst();
      boolean typo = rng.nextDouble() < rates.dobTypo();
      if (januaryFirst && dob.getDayOfYear() != 1) {
        written = LocalDate.of(dob.getYear(), 1, 1);
        damage |= Damage.JANUARY_FIRST.bit();
      } else if (typo) {
        written = mistype(dob, how);
        damage |= Damage.DOB_TYPO.bit();
      }
      dobText = written == dob ? facts.dobText() : written.toString();
    }

    String ageText = "";
    if (rng.nextDouble() >= list.ageMissing()) {
      Period age = facts.age();
      int years = age.getYears();
      boolean inMonths = rng.nextDouble() < rates.infantAgeInMonths();
      boolean offByOne = rng.nextDouble() < rates.ageOffByOne();
      if (years == 0 && inMonths) {
        ageText =
            new Age(0, age.getMonths(), age.getMonths() == 0 ? Math.max(1, age.getDays()) : 0)
                .toString();
        damage |= Damage.INFANT_AGE_IN_MONTHS.bit();
      } else if (offByOne) {
        years = years == 0 || how.nextBoolean() ? years + 1 : years - 1;
        ageText = Integer.toString(years);
        damage |= Damage.AGE_OFF_BY_ONE.bit();
      } else {
        ageText = Integer.toString(years);
      }
    }

    String place = "";
    if (rng.nextDouble() >= list.placeMissing()) {
      Governorate g = Governorate.values()[p.governorate()];
      if (rng.nextDouble() < list.placeInArabic()) {
        place = g.arabic;
      } else {
        place =
            rng.nextDouble() < list.pressRomanization() * PRESS_PLACE_VARIANT
                ? g.englishVariant
                : g.english;
      }
    }

    return new SynthRecord(
        id,
        nameAr,
        nameEn,
        ageText,
        dobText,
        p.male() ? "m" : "f",
        list.source(),
        facts.dodText(),
        place,
        list.name(),
        facts.truePerson(),
        facts.trueFamily(),
        damage);
  }

  static String personKey(int number) {
    return "P" + number;
  }

  private static ArabicForms.Unit[] units(Person p) {
    return p.greatGrandfather() == null
        ? new ArabicForms.Unit[] {p.given(), p.father(), p.grandfather(), p.familyName()}
        : new ArabicForms.Unit[] {
          p.given(), p.father(), p.grandfather(), p.greatGrandfather(), p.familyName()
        };
  }

  /** One digit after the first changed, or two adjacent digits after the first swapped. */
  private static String mistype(String id, SplittableRandom rng) {
    char[] d = id.toCharArray();
    int i = 1 + rng.nextInt(d.length - 2);
    if (rng.nextBoolean() && d[i] != d[i + 1]) {
      char t = d[i];
      d[i] = d[i + 1];
      d[i + 1] = t;
    } else {
      d[i] = (char) ('0' + (d[i] - '0' + 1 + rng.nextInt(9)) % 10);
    }
    return new String(d);
  }

  /** Day and month transposed when that is a different valid date, else the year off by one. */
  private static LocalDate mistype(LocalDate dob, SplittableRandom rng) {
    int day = dob.getDayOfMonth();
    int month = dob.getMonthValue();
    if (day <= 12 && day != month) {
      return LocalDate.of(
          dob.getYear(), day, Math.min(month, LocalDate.of(dob.getYear(), day, 1).lengthOfMonth()));
    }
    return dob.plusYears(rng.nextBoolean() ? 1 : -1);
  }
}
