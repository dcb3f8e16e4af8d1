package org.sijil.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;
import org.sijil.core.stats.Demographics.Group;

class DemographicsTest {

  static CasualtyRecord r(Age age, Sex sex) {
    return new CasualtyRecord(1, "1", "اسم", null, age, null, sex, null, null, null, null);
  }

  @Test
  void groupBoundaries() {
    assertEquals(Group.BOYS, Demographics.groupOf(new Age(0, 7, 0), Sex.MALE));
    assertEquals(Group.GIRLS, Demographics.groupOf(Age.ofYears(17), Sex.FEMALE));
    assertEquals(Group.MEN, Demographics.groupOf(Age.ofYears(18), Sex.MALE));
    assertEquals(Group.WOMEN, Demographics.groupOf(Age.ofYears(64), Sex.FEMALE));
    assertEquals(Group.SENIOR_MEN, Demographics.groupOf(Age.ofYears(65), Sex.MALE));
    assertEquals(Group.SENIOR_WOMEN, Demographics.groupOf(Age.ofYears(90), Sex.FEMALE));
    assertEquals(
        Group.BOYS, Demographics.groupOf(new Age(0, 215, 0), Sex.MALE)); // 17 years 11 months
    assertEquals(Group.MEN, Demographics.groupOf(new Age(0, 216, 0), Sex.MALE));
    assertEquals(Group.NO_AGE_MALE, Demographics.groupOf(null, Sex.MALE));
    assertEquals(Group.NO_AGE_FEMALE, Demographics.groupOf(null, Sex.FEMALE));
    assertEquals(Group.NO_SEX_WITH_AGE, Demographics.groupOf(Age.ofYears(3), null));
    assertEquals(Group.NO_AGE_NO_SEX, Demographics.groupOf(null, null));
  }

  @Test
  void countsAndPercentsAddUp() {
    Demographics d = new Demographics();
    d.add(r(Age.ofYears(30), Sex.MALE));
    d.add(r(Age.ofYears(5), Sex.FEMALE));
    d.add(r(Age.ofYears(6), Sex.FEMALE));
    d.add(r(null, Sex.MALE));
    assertEquals(4, d.total());
    assertEquals(2, d.count(Group.GIRLS));
    assertEquals(50.0, d.rows().get(Group.GIRLS.ordinal()).percent(), 1e-9);
    assertEquals(100.0, d.rows().stream().mapToDouble(Demographics.Row::percent).sum(), 1e-9);
  }
}
