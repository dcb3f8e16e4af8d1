package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticListsTest {

  private static List<SynthRecord> generate(long n, int lists, long seed, DamageRates damage) {
    return new SyntheticLists(SynthConfig.of(n, lists, seed).withDamage(damage)).toList();
  }

  @Test
  void sameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
    List<SynthRecord> a = generate(20_000, 3, 11, DamageRates.realistic());
    List<SynthRecord> b = generate(20_000, 3, 11, DamageRates.realistic());
    assertEquals(a, b);
    List<SynthRecord> c = generate(20_000, 3, 12, DamageRates.realistic());
    assertNotEquals(a, c);
  }

  @Test
  void producesExactlyTheRequestedNumberOfRecords() {
    for (long n : new long[] {1, 7, SyntheticLists.BLOCK, SyntheticLists.BLOCK + 1, 50_001}) {
      assertEquals(n, new SyntheticLists(SynthConfig.of(n, 4, n)).stream().count(), "n=" + n);
    }
  }

  @Test
  void everyRecordIsOnAConfiguredListWithItsSourceAndAllFieldsWellFormed() {
    SynthConfig config = SynthConfig.of(30_000, 5, 5);
    Map<String, String> sourceByList = new HashMap<>();
    config.lists().forEach(l -> sourceByList.put(l.name(), l.source()));
    for (SynthRecord r : new SyntheticLists(config)) {
      assertEquals(sourceByList.get(r.list()), r.source(), r.toString());
      assertTrue(r.id().isEmpty() || r.id().matches("3\\d{8}"), r.id());
      assertTrue(r.sex().equals("m") || r.sex().equals("f"), r.sex());
      LocalDate dod = LocalDate.parse(r.dod());
      assertFalse(dod.isBefore(config.warStart()) || dod.isAfter(config.warEnd()), r.dod());
      assertTrue(r.dob().isEmpty() || LocalDate.parse(r.dob()).isBefore(dod.plusYears(2)), r.dob());
      assertTrue(r.age().isEmpty() || r.age().matches("\\d+|\\d+ (month|day)s?"), r.age());
      assertTrue(r.nameAr().split(" ").length >= 3, r.nameAr());
      assertTrue(r.nameEn().isEmpty() || r.nameEn().matches("[A-Za-z' -]+"), r.nameEn());
      assertTrue(r.truePerson().matches("P\\d+"), r.truePerson());
    }
  }

  @Test
  void withoutDamageAPersonsRecordsAgreeAndAgesFollowFromBirthAndDeath() {
    List<SynthRecord> records = generate(40_000, 3, 3, DamageRates.none());
    Map<String, SynthRecord> first = new HashMap<>();
    int compared = 0;
    for (SynthRecord r : records) {
      assertEquals(0, r.damage(), r.toString());
      assertTrue(r.id().isEmpty() || !SyntheticIds.passesChecksum(r.id()), r.id());
      if (!r.dob().isEmpty() && !r.age().isEmpty()) {
        Period p = Period.between(LocalDate.parse(r.dob()), LocalDate.parse(r.dod()));
        assertEquals(Integer.toString(p.getYears()), r.age(), r.toString());
      }
      SynthRecord f = first.putIfAbsent(r.truePerson(), r);
      if (f == null) {
        continue;
      }
      compared++;
      assertEquals(f.sex(), r.sex());
      assertEquals(f.dod(), r.dod());
      assertEquals(withoutSpaces(f.nameAr()), withoutSpaces(r.nameAr()), r + " vs " + f);
      if (!f.id().isEmpty() && !r.id().isEmpty()) {
        assertEquals(f.id(), r.id());
      }
      if (!f.dob().isEmpty() && !r.dob().isEmpty()) {
        assertEquals(f.dob(), r.dob());
      }
    }
    assertTrue(compared > 10_000, "persons on several lists: " + compared);
  }

  private static String withoutSpaces(String name) {
    return name.replace("أبو", "ابو").replace(" ", "");
  }

  @Test
  void idsAreDistinctPerPersonAndSharedByFewOthers() {
    Map<String, Set<String>> personsById = new HashMap<>();
    for (SynthRecord r : generate(50_000, 3, 8, DamageRates.none())) {
      if (!r.id().isEmpty()) {
        personsById.computeIfAbsent(r.id(), k -> new HashSet<>()).add(r.truePerson());
      }
    }
    personsById.forEach((id, persons) -> assertEquals(1, persons.size(), id + " " + persons));
  }

  @Test
  void personsOnSeveralListsAndSomeOnOneOnly() {
    Map<String, Set<String>> lists = new HashMap<>();
    for (SynthRecord r : generate(30_000, 3, 4, DamageRates.none())) {
      lists.computeIfAbsent(r.truePerson(), k -> new HashSet<>()).add(r.list());
    }
    long onOne = lists.values().stream().filter(s -> s.size() == 1).count();
    long onAll = lists.values().stream().filter(s -> s.size() == 3).count();
    assertTrue(onOne > lists.size() / 5, "on one list: " + onOne + " of " + lists.size());
    assertTrue(onAll > lists.size() / 20, "on all lists: " + onAll + " of " + lists.size());
  }

  @Test
  void aDamageClassChangesExactlyTheRecordsItMarks() {
    DamageRates hamzaOnly = new DamageRates(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    List<SynthRecord> clean = generate(10_000, 3, 21, DamageRates.none());
    List<SynthRecord> damaged = generate(10_000, 3, 21, hamzaOnly);
    assertEquals(clean.size(), damaged.size());
    int marked = 0;
    for (int i = 0; i < clean.size(); i++) {
      SynthRecord c = clean.get(i);
      SynthRecord d = damaged.get(i);
      assertEquals(c.truePerson(), d.truePerson());
      assertArrayEquals(
          new String[] {c.id(), c.nameEn(), c.dob(), c.age()},
          new String[] {d.id(), d.nameEn(), d.dob(), d.age()});
      boolean hamza = Damage.HAMZA.in(d.damage());
      assertEquals(hamza, !c.nameAr().equals(d.nameAr()), c.nameAr() + " / " + d.nameAr());
      assertEquals(ArabicForms.key(c.nameAr()), ArabicForms.key(d.nameAr()), d.nameAr());
      marked += hamza ? 1 : 0;
    }
    assertTrue(marked > clean.size() / 2, "hamza variants: " + marked);
  }

  @Test
  void damageClassesAppearAtTheirConfiguredRates() {
    DamageRates rates = DamageRates.realistic();
    List<SynthRecord> records = generate(200_000, 3, 99, rates);
    int n = records.size();
    int withDob = 0;
    int withId = 0;
    int duplicates = 0;
    Map<Damage, Integer> counts = new HashMap<>();
    for (SynthRecord r : records) {
      for (Damage d : Damage.values()) {
        if (d.in(r.damage())) {
          counts.merge(d, 1, Integer::sum);
        }
      }
      withDob += r.dob().isEmpty() ? 0 : 1;
      withId += r.id().isEmpty() ? 0 : 1;
      duplicates += Damage.DUPLICATE.in(r.damage()) ? 1 : 0;
    }
    // classes that apply to every record (or every record with the field): the rate itself
    assertRate(rates.droppedGrandfather(), counts.get(Damage.DROPPED_GRANDFATHER), n);
    assertRate(rates.januaryFirst(), counts.get(Damage.JANUARY_FIRST), withDob);
    assertRate(rates.idTypo(), counts.get(Damage.ID_TYPO), withId);
    assertRate(rates.duplicate(), duplicates, n - duplicates);
    assertRate(rates.dobTypo() * (1 - rates.januaryFirst()), counts.get(Damage.DOB_TYPO), withDob);
    // classes that need something to act on (an alef, a final ya, a compound...): at most the rate
    for (Damage d :
        List.of(
            Damage.HAMZA,
            Damage.YA_MAQSURA,
            Damage.TA_MARBUTA,
            Damage.REVERSED_LAM_ALEF,
            Damage.COMPOUND_SPACING,
            Damage.LETTER_TYPO,
            Damage.INFANT_AGE_IN_MONTHS,
            Damage.AGE_OFF_BY_ONE)) {
      int c = counts.getOrDefault(d, 0);
      assertTrue(c > 0, d + " never appears");
      assertTrue(c < rateOf(rates, d) * n * 1.05 + 50, d + " too often: " + c + " of " + n);
    }
    // and the ones that act on most names are not rare either
    assertTrue(
        counts.get(Damage.HAMZA) > rates.hamza() * n * 0.5, "hamza: " + counts.get(Damage.HAMZA));
  }

  private static double rateOf(DamageRates r, Damage d) {
    return switch (d) {
      case HAMZA -> r.hamza();
      case YA_MAQSURA -> r.yaMaqsura();
      case TA_MARBUTA -> r.taMarbuta();
      case REVERSED_LAM_ALEF -> r.reversedLamAlef();
      case COMPOUND_SPACING -> r.compoundSpacing();
      case LETTER_TYPO -> r.letterTypo();
      case INFANT_AGE_IN_MONTHS -> r.infantAgeInMonths();
      case AGE_OFF_BY_ONE -> r.ageOffByOne();
      default -> throw new IllegalArgumentException(d.toString());
    };
  }

  /** Observed count within 4 binomial standard deviations of rate × trials. */
  private static void assertRate(double rate, int observed, int trials) {
    double mean = rate * trials;
    double sd = Math.sqrt(trials * rate * (1 - rate));
    assertTrue(
        Math.abs(observed - mean) <= 4 * sd + 1,
        "observed " + observed + " of " + trials + ", expected about " + Math.round(mean));
  }

  @Test
  void reversedLamAlefRecordsShowThePdfForms() {
    DamageRates lamAlefOnly = new DamageRates(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    int seen = 0;
    for (SynthRecord r : generate(20_000, 2, 6, lamAlefOnly)) {
      if (Damage.REVERSED_LAM_ALEF.in(r.damage())) {
        seen++;
        assertFalse(r.nameAr().replace("هللا", "").contains("لا"), r.nameAr());
        assertFalse(r.nameAr().contains("الله"), r.nameAr());
      } else {
        assertFalse(r.nameAr().contains("لا") || r.nameAr().contains("الله"), r.nameAr());
      }
    }
    assertTrue(seen > 500, "records with lam-alef: " + seen);
  }

  @Test
  void somePersonsAreOnNoListAndTheGeneratorCountsThem() {
    SyntheticLists.Generator g = new SyntheticLists(SynthConfig.of(20_000, 3, 17)).iterator();
    Set<String> listed = new HashSet<>();
    while (g.hasNext()) {
      listed.add(g.next().truePerson());
    }
    double undocumented = 1 - listed.size() / (double) g.personsGenerated();
    assertTrue(undocumented > 0.05 && undocumented < 0.4, "undocumented share " + undocumented);
  }

  @Test
  void standardListsBeyondFiveAreNumbered() {
    List<ListSpec> lists = ListSpec.standard(7);
    assertEquals(
        List.of(
            "hospital", "family-report", "obituaries", "civil-defence", "media", "list6", "list7"),
        lists.stream().map(ListSpec::name).toList());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new ListSpec("bad name", "u", 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new ListSpec("ok", "u", 1.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void rejectsBadConfiguration() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> SynthConfig.of(0, 3, 1));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> SynthConfig.of(10, 0, 1));
  }
}
