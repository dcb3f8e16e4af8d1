package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HouseholdsTest {

  private static List<Person> persons(int events, long seed) {
    Households h = new Households(NameStatistics.bundled(), SynthConfig.of(1, 1, seed));
    SplittableRandom rng = new SplittableRandom(seed);
    List<Person> out = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      h.next(rng, out);
    }
    return out;
  }

  @Test
  void childrenCarryTheirFathersNameChainAndSiblingsShareIt() {
    List<Person> all = persons(20_000, 1);
    Map<Integer, List<Person>> byFamily = new HashMap<>();
    all.forEach(p -> byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p));
    int fathersWithChildren = 0;
    int siblingGroups = 0;
    for (List<Person> family : byFamily.values()) {
      for (Person child : family) {
        if (child.role() != Person.Role.CHILD) {
          continue;
        }
        // a listed father of this child: named as the child's father, son of its grandfather
        List<Person> fathers =
            family.stream()
                .filter(f -> f.role() == Person.Role.FATHER && f.given().equals(child.father()))
                .filter(f -> f.father().equals(child.grandfather()))
                .filter(f -> f.familyName().equals(child.familyName()))
                .toList();
        if (fathers.isEmpty()) {
          continue;
        }
        fathersWithChildren++;
        assertTrue(
            fathers.stream()
                .anyMatch(f -> f.male() && f.dobEpochDay() < child.dobEpochDay() - 15 * 365),
            "a father is a man at least 15 years older: " + fathers + " / " + child);
      }
      Map<List<ArabicForms.Unit>, Integer> chains = new HashMap<>();
      for (Person p : family) {
        chains.merge(List.of(p.father(), p.grandfather(), p.familyName()), 1, Integer::sum);
      }
      siblingGroups += chains.values().stream().anyMatch(n -> n > 1) ? 1 : 0;
      Set<Integer> dods = new HashSet<>();
      family.forEach(p -> dods.add(p.dodEpochDay()));
      assertEquals(1, dods.size(), "one event, one date of death");
    }
    assertTrue(
        fathersWithChildren > 500, "children listed with their father: " + fathersWithChildren);
    assertTrue(siblingGroups > 1000, "households with siblings: " + siblingGroups);
  }

  @Test
  void manyChildrenAndMoreMenThanWomen() {
    List<Person> all = persons(50_000, 2);
    long children = all.stream().filter(p -> p.dodEpochDay() - p.dobEpochDay() < 18 * 365).count();
    long men = all.stream().filter(Person::male).count();
    double childShare = children / (double) all.size();
    assertTrue(childShare > 0.25 && childShare < 0.5, "children: " + childShare);
    double menShare = men / (double) all.size();
    assertTrue(menShare > 0.5 && menShare < 0.7, "men: " + menShare);
  }

  @Test
  void syntheticIdsAreDistinctAndNeverPassTheIdChecksum() {
    SyntheticIds ids = new SyntheticIds(42);
    Set<String> seen = new HashSet<>();
    SplittableRandom rng = new SplittableRandom(1);
    for (int n = 1; n <= 300_000; n++) {
      String id = ids.idOf(n, rng.nextInt(9));
      assertTrue(id.matches("3\\d{8}"), id);
      assertTrue(!SyntheticIds.passesChecksum(id), id);
      assertTrue(seen.add(id.substring(0, 8)), "body reused: " + id);
    }
    assertTrue(SyntheticIds.passesChecksum("000000018"), "a number with a valid check digit");
  }
}
