package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.app.estimate.PublishedEstimate;

/**
 * Issue 16: the estimates page publishes the estimate per group (by sex and age band), and a group
 * too small for an estimate says so instead of showing a number; in both languages.
 */
class EstimateGroupsTest {

  static PublishedEstimate withGroups() {
    PublishedEstimate e = EstimatePageTest.estimate();
    return new PublishedEstimate(
        e.lists(),
        e.method(),
        e.listed(),
        e.total(),
        e.unlisted(),
        e.models(),
        e.strata(),
        e.warnings(),
        List.of(
            new PublishedEstimate.Group(
                "sex", "m", 120, new PublishedEstimate.Interval(150, 131, 177), null),
            new PublishedEstimate.Group(
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
