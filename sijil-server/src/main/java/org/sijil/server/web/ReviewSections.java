package org.sijil.server.web;

import java.util.Objects;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;

/**
 * The review pair page's comparison: both records field by field, the fields where they differ
 * highlighted and marked (not by colour alone), and the model's reason in words.
 */
final class ReviewSections {

  private ReviewSections() {}

  /** Whether two field values differ, ignoring case, surrounding and repeated spaces. */
  static boolean differs(Object a, Object b) {
    return !Objects.equals(normal(a), normal(b));
  }

  private static String normal(Object o) {
    if (o == null || o.toString().isBlank()) {
      return null;
    }
    return o.toString().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  static void comparison(Html h, Lang lang, ReviewItem item) {
    SourceRecord l = item.left();
    SourceRecord r = item.right();
    h.open("table", "class", "list compare", "id", "compare");
    h.open("tr")
        .el("th", "")
        .el("th", Views.recordLabel(l), "dir", "ltr")
        .el("th", Views.recordLabel(r), "dir", "ltr")
        .el("th", "")
        .close("tr");
    row(h, lang, "name_ar", l.nameAr(), r.nameAr());
    row(h, lang, "name_en", l.nameEn(), r.nameEn());
    row(h, lang, "age", l.age(), r.age());
    row(h, lang, "sex", l.sex(), r.sex());
    row(h, lang, "dob", l.dob(), r.dob());
    row(h, lang, "dod", l.dod(), r.dod());
    row(h, lang, "place", l.place(), r.place());
    row(h, lang, "id", l.key(), r.key());
    h.close("table");
    h.el("p", LinkWords.sentence(lang, item.link()), "class", "why", "id", "review-why");
  }

  private static void row(Html h, Lang lang, String field, Object a, Object b) {
    boolean differs = differs(a, b);
    h.open("tr", "class", differs ? "differs" : null, "id", "cmp-" + field);
    h.el("th", lang.t("field." + field));
    h.el("td", shown(lang, field, a), "dir", "auto");
    h.el("td", shown(lang, field, b), "dir", "auto");
    h.el("td", differs ? "≠ " + lang.t("reviewpage.differs") : "", "class", "mark");
    h.close("tr");
  }

  private static String shown(Lang lang, String field, Object v) {
    if (v == null) {
      return "—";
    }
    return field.equals("sex") ? Views.sex(lang, v.toString()) : v.toString();
  }
}
