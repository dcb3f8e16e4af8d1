package org.sijil.server.web;

import org.sijil.server.model.Person;

/**
 * One name on the memorial, linked to the person's page. The name is the one the sources write most
 * often in each script ({@link org.sijil.app.publish.FieldSupport}); a Latin-script name in these
 * lists is a transliteration made by a machine or a data project, so where the Arabic name is known
 * it is the name shown, and the Latin form is only a smaller reading aid on English pages, marked
 * as such. A person known only in Latin script is shown by that name.
 */
final class MemorialEntry {

  private MemorialEntry() {}

  static void name(Html h, Lang lang, Person p) {
    h.open("span", "class", "name");
    h.open("a", "href", "/person/" + Requests.encode(p.personId()), "class", "person-link");
    if (p.nameAr() != null) {
      h.el("span", p.nameAr(), "lang", "ar", "dir", "rtl", "class", "name-ar");
    } else {
      h.el("span", p.nameEn(), "lang", "en", "dir", "ltr", "class", "name-en");
    }
    h.close("a");
    if (lang == Lang.EN && p.nameAr() != null && p.nameEn() != null) {
      h.el(
          "span",
          p.nameEn(),
          "class",
          "reading",
          "lang",
          "en",
          "dir",
          "ltr",
          "title",
          lang.t("memorial.reading"));
    }
    h.close("span");
  }
}
