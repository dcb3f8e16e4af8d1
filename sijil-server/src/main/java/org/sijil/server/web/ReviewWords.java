package org.sijil.server.web;

import org.sijil.core.UserError;
import org.sijil.server.model.ReviewItem;
import org.sijil.store.Linkage;

/**
 * Review verdicts in words, and pair ids as an analyst may type them: the page's {@code 1:12~2:40},
 * the CLI's older {@code 1:12/2:40} or the two records in either order all name one pair.
 */
final class ReviewWords {

  private ReviewWords() {}

  /**
   * The pair's id as the server and {@code sijil review} write it; an id that is not a pair of
   * stored records (e.g. a demo register's {@code R1}) is returned stripped but otherwise as given.
   */
  static String canonical(String typed) {
    String t = typed == null ? "" : typed.strip();
    try {
      return Linkage.Pair.parse(t).id();
    } catch (UserError e) {
      return t;
    }
  }

  /** "Same person", "Different persons", "Unsure" in the page's language; null for none. */
  static String label(Lang lang, String verdict) {
    if (verdict == null) {
      return null;
    }
    return switch (verdict) {
      case "match" -> lang.t("review.match");
      case ReviewItem.UNSURE -> lang.t("pages.review.unsure");
      default -> lang.t("review.nonmatch");
    };
  }
}
