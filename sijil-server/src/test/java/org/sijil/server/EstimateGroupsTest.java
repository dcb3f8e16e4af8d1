package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Estimate;

/**
 * Issue 16: the estimates page publishes the estimate per group (by sex and age band), and a group
 * too small for an estimate says so instead of showing a number; in both languages.
 */
class EstimateGroupsTest {

  static Estimate withGroups() {
    Estimate e = EstimatePageTest.estimate();
    return new Estimate(
        e.lists(),
        e.method(),
        e.listed(),
        e.total(),
        e.unlisted(),
        e.models(),
        e.strata(),
        e.warnings(),
        List.of(
            new Estimate.Group("sex", "m", 120, new Estimate.Interval(150, 131, 177), null),
            new Estimate.Group(
                "age",
                "60+",
                9,
                null,
                "too few people on the lists for an estimate of this group")));
  }

  @Test
  void groupsAreShownAndASmallGroupSaysWhyItHasNoNumber() throws Exception {
    try (TestServer server = new TestServer(EstimatePageTest.with(withGroups(), null))) {
      String en = server.get("/estimates?lang=en").body();
      int at = en.indexOf("id=\"estimate-groups\"");
      assertTrue(at > 0, "a groups section");
      String section = en.substring(at, en.indexOf("</section>", at));
      assertTrue(section.contains("150 (131–177)"), section);
      assertTrue(section.contains("Too few people on the lists to estimate this group."), section);
      assertFalse(section.contains("too few people on the lists for"), "the reason in words");
      String ar = server.get("/estimates?lang=ar").body();
      assertTrue(ar.contains("عدد الأشخاص في القوائم أقل من أن يسمح بتقدير هذه الفئة."), "Arabic");
      assertTrue(ar.contains("الإجمالي المقدَّر حسب الفئة"), "Arabic title");
    }
    try (TestServer server =
        new TestServer(EstimatePageTest.with(EstimatePageTest.estimate(), null))) {
      assertFalse(
          server.get("/estimates?lang=en").body().contains("id=\"estimate-groups\""),
          "no groups stored, no section");
    }
  }
}
