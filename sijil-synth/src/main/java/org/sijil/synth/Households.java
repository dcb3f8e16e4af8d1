package org.sijil.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the people killed together in one event: a lone person (ages from the real age
 * distribution) or a household — father, mother, children, sometimes the father's father and a
 * brother's household — sharing the family name, the father's and grandfather's names as Arabic
 * name chains do, the date of death and the place.
 */
final class Households {

  private static final double LONE_PERSON = 0.85;
  private static final double LONE_MALE = 0.66;
  private static final double FATHER_KILLED = 0.55;
  private static final double MOTHER_KILLED = 0.65;
  private static final double GRANDFATHER_KILLED = 0.10;
  private static final double BROTHER_HOUSEHOLD = 0.20;
  private static final double GREAT_GRANDFATHER_KNOWN = 0.06;
  private static final double HOSPITAL = 0.62;
  private static final double SAME_FATE_AS_HOUSEHOLD = 0.85;
  private static final int[] CHILDREN_WEIGHTS = {40, 27, 15, 9, 5, 3, 1};

  private final NameStatistics names;
  private final SyntheticIds ids;
  private final int warStartDay;
  private final int warDays;
  private int persons;
  private int families;

  Households(NameStatistics names, SynthConfig config) {
    this.names = names;
    this.ids = new SyntheticIds(config.seed());
    this.warStartDay = (int) config.warStart().toEpochDay();
    this.warDays = (int) (config.warEnd().toEpochDay() - warStartDay) + 1;
  }

  /** Appends the persons of the next event to {@code out}. */
  void next(SplittableRandom rng, List<Person> out) {
    Event e =
        new Event(++families, dateOfDeath(rng), governorate(rng), rng.nextDouble() < HOSPITAL);
    ArabicForms.Unit familyName = familyName(rng);
    ArabicForms.Unit grandfather = given(rng, true);
    ArabicForms.Unit greatGrandfather = given(rng, true);
    if (rng.nextDouble() < LONE_PERSON) {
      // the lineage's two older generations become this person's father and grandfather
      boolean male = rng.nextDouble() < LONE_MALE;
      add(
          rng,
          out,
          e,
          Person.Role.LONE,
          male,
          given(rng, male),
          grandfather,
          greatGrandfather,
          familyName,
          sampleAge(rng, male));
      return;
    }
    int fatherAge = 24 + rng.nextInt(18) + rng.nextInt(18);
    boolean brother = rng.nextDouble() < BROTHER_HOUSEHOLD;
    int brotherAge = Math.max(20, fatherAge - 8 + rng.nextInt(17));
    ArabicForms.Unit father =
        household(rng, out, e, familyName, grandfather, greatGrandfather, fatherAge, null);
    if (brother) {
      household(rng, out, e, familyName, grandfather, greatGrandfather, brotherAge, father);
    }
    if (rng.nextDouble() < GRANDFATHER_KILLED) {
      int eldestSon = brother ? Math.max(fatherAge, brotherAge) : fatherAge;
      int age = Math.min(99, eldestSon + 20 + rng.nextInt(16));
      add(
          rng,
          out,
          e,
          Person.Role.GRANDFATHER,
          true,
          grandfather,
          greatGrandfather,
          given(rng, true),
          familyName,
          age);
    }
  }

  /** One father's household; returns the father's name. Brothers never share a name. */
  private ArabicForms.Unit household(
      SplittableRandom rng,
      List<Person> out,
      Event e,
      ArabicForms.Unit familyName,
      ArabicForms.Unit grandfather,
      ArabicForms.Unit greatGrandfather,
      int fatherAge,
      ArabicForms.Unit brother) {
    ArabicForms.Unit father = given(rng, true);
    for (int retry = 0;
        retry < 3 && (father.equals(brother) || father.equals(grandfather));
        retry++) {
      father = given(rng, true);
    }
    if (rng.nextDouble() < FATHER_KILLED) {
      add(
          rng,
          out,
          e,
          Person.Role.FATHER,
          true,
          father,
          grandfather,
          greatGrandfather,
          familyName,
          fatherAge);
    }
    int motherAge = Math.max(18, fatherAge - rng.nextInt(10));
    if (rng.nextDouble() < MOTHER_KILLED) {
      // she keeps her own father's, grandfather's and family names
      add(
          rng,
          out,
          e,
          Person.Role.MOTHER,
          false,
          given(rng, false),
          given(rng, true),
          given(rng, true),
          familyName(rng),
          motherAge);
    }
    int children = 1 + pick(rng, CHILDREN_WEIGHTS);
    int oldestChild = Math.max(0, Math.min(motherAge - 18, 26));
    ArabicForms.Unit previous = null;
    for (int c = 0; c < children; c++) {
      boolean male = rng.nextBoolean();
      ArabicForms.Unit name = given(rng, male);
      for (int retry = 0; retry < 3 && (name.equals(previous) || name.equals(father)); retry++) {
        name = given(rng, male); // siblings rarely share a name, sons rarely take their father's
      }
      previous = name;
      add(
          rng,
          out,
          e,
          Person.Role.CHILD,
          male,
          name,
          father,
          grandfather,
          familyName,
          rng.nextInt(oldestChild + 1));
    }
    return father;
  }

  private void add(
      SplittableRandom rng,
      List<Person> out,
      Event e,
      Person.Role role,
      boolean male,
      ArabicForms.Unit given,
      ArabicForms.Unit father,
      ArabicForms.Unit grandfather,
      ArabicForms.Unit familyName,
      int ageYears) {
    int number = ++persons;
    // born between ageYears and ageYears + 1 years before death: the completed age is ageYears
    LocalDate dod = LocalDate.ofEpochDay(e.dodEpochDay);
    LocalDate latest = dod.minusYears(ageYears);
    LocalDate earliest = dod.minusYears(ageYears + 1L).plusDays(1);
    int span = (int) (latest.toEpochDay() - earliest.toEpochDay());
    int dob = (int) earliest.toEpochDay() + rng.nextInt(span + 1);
    ArabicForms.Unit greatGrandfather =
        rng.nextDouble() < GREAT_GRANDFATHER_KNOWN ? given(rng, true) : null;
    boolean hospital =
        rng.nextDouble() < SAME_FATE_AS_HOUSEHOLD ? e.hospital : rng.nextDouble() < HOSPITAL;
    out.add(
        new Person(
            number,
            e.family,
            male,
            given,
            father,
            grandfather,
            greatGrandfather,
            familyName,
            dob,
            e.dodEpochDay,
            e.governorate,
            hospital,
            ids.idOf(number, rng.nextInt(9)),
            role));
  }

  private ArabicForms.Unit given(SplittableRandom rng, boolean male) {
    return unit(rng, male ? names.givenMale : names.givenFemale);
  }

  private ArabicForms.Unit familyName(SplittableRandom rng) {
    return unit(rng, names.family);
  }

  private ArabicForms.Unit unit(SplittableRandom rng, WeightedNames table) {
    String word = table.sample(rng);
    WeightedNames parts = names.partsOf(word);
    return parts == null
        ? new ArabicForms.Unit(null, word)
        : new ArabicForms.Unit(word, parts.sample(rng));
  }

  private int sampleAge(SplittableRandom rng, boolean male) {
    long[] cumulative = names.cumulativeAgeBySex[male ? 0 : 1];
    long r = rng.nextLong(cumulative[cumulative.length - 1]);
    int age = 0;
    while (cumulative[age] <= r) {
      age++;
    }
    return age;
  }

  /** Deaths are densest in the first months of the war and continue at a lower rate. */
  private int dateOfDeath(SplittableRandom rng) {
    while (true) {
      int day = rng.nextInt(warDays);
      double intensity = 0.25 + Math.exp(-day / 75.0);
      if (rng.nextDouble() * 1.25 < intensity) {
        return warStartDay + day;
      }
    }
  }

  private static int governorate(SplittableRandom rng) {
    double r = rng.nextDouble();
    Governorate[] all = Governorate.values();
    for (int i = 0; i < all.length - 1; i++) {
      r -= all[i].share;
      if (r < 0) {
        return i;
      }
    }
    return all.length - 1;
  }

  private static int pick(SplittableRandom rng, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rng.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  int personsGenerated() {
    return persons;
  }

  private record Event(int family, int dodEpochDay, int governorate, boolean hospital) {}
}
