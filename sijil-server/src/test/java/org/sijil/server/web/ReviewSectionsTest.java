package org.sijil.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;

/** The review page marks the fields where the two records differ (issue 16, item 6). */
class ReviewSectionsTest {

  static SourceRecord rec(String id, String name, String age, LocalDate dob) {
    return new SourceRecord(
        id,
        "moh",
        id.split("/")[1],
        1,
        null,
        name,
        null,
        age,
        null,
        "m",
        dob,
        null,
        null,
        Map.of());
  }

  @Test
  void differingFieldsAreMarkedAndEqualOnesAreNot() {
    ReviewItem item =
        new ReviewItem(
            "R1",
            rec("moh/2024-01/1", "اسم  تجريبي", "30", LocalDate.of(1994, 1, 1)),
            rec("moh/2024-03/1", "اسم تجريبي", "31", LocalDate.of(1994, 1, 1)),
            new Link(
                "moh/2024-01/1",
                "moh/2024-03/1",
                0.6,
                List.of(new ExplanationTerm("age", "within_1_year", 1.0)),
                null),
            null,
            null);
    Html h = new Html();
    ReviewSections.comparison(h, Lang.EN, item);
    String html = h.toString();
    assertTrue(html.contains("<tr class=\"differs\" id=\"cmp-age\">"), html);
    assertFalse(
        html.contains("class=\"differs\" id=\"cmp-name_ar\""), "a doubled space is no difference");
    assertFalse(html.contains("class=\"differs\" id=\"cmp-dob\""), html);
    assertTrue(html.contains("≠ differs"), "marked in words, not by colour alone");
    assertTrue(html.contains("Ages within 1 year."), html);
    assertTrue(html.contains("moh · 2024-01 · #1"), "records named by source, release and row");
  }
}
