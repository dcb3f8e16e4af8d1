package org.sijil.app.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sijil.core.estimate.EstimateOptions;
import org.sijil.core.estimate.MembershipTable;

/** Estimates by sex and age band for the published estimate; small groups get no number. */
class GroupEstimatesTest {

  /** Two lists; in every group 60 % on both, 25 % on the first only, 15 % on the second only. */
  static MembershipTable table() {
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("moh", "family")).categorical("sex").numeric("age");
    add(b, 400, "m", 30.0);
    add(b, 300, "f", 20.0);
    add(b, 10, "f", 70.0); // a group too small to estimate
    add(b, 20, null, 40.0); // sex unknown: in no sex group
    return b.build();
  }

  private static void add(MembershipTable.Builder b, int n, String sex, Double age) {
    for (int i = 0; i < n; i++) {
      int r = i % 20;
      boolean[] on =
          r < 12
              ? new boolean[] {true, true}
              : r < 17 ? new boolean[] {true, false} : new boolean[] {false, true};
      b.add(on, sex, age);
    }
  }

  @Test
  void eachGroupHasItsEstimateOrSaysWhyNot() {
    List<PublishedEstimate.Group> groups = GroupEstimates.of(table(), EstimateOptions.defaults());
    Map<String, PublishedEstimate.Group> byName =
        groups.stream().collect(Collectors.toMap(g -> g.variable() + "=" + g.level(), g -> g));
    PublishedEstimate.Group men = byName.get("sex=m");
    assertNotNull(men, groups.toString());
    assertEquals(400, men.listed());
    assertNotNull(men.total(), "a large group has its estimate");
    assertNull(men.note());
    assertTrue(
        men.total().estimate() > 400 && men.total().lower() <= men.total().estimate(),
        men.toString());
    assertEquals(310, byName.get("sex=f").listed(), "people of unknown sex are in no sex group");
    PublishedEstimate.Group old = byName.get("age=60+");
    assertNotNull(old, groups.toString());
    assertEquals(10, old.listed());
    assertNull(old.total(), "too few people: no number");
    assertEquals(GroupEstimates.TOO_FEW, old.note());
    assertNotNull(byName.get("age=18-29").total());
  }
}
