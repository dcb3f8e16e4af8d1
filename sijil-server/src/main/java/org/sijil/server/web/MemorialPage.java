package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.sijil.server.http.Params;
import org.sijil.server.http.SearchGate;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.service.RegisterService;

/**
 * The memorial ({@code /memorial}): a printable reading list of names, filtered by place, dates of
 * death and age, at most {@value #MEMORIAL_LIMIT} names a page.
 */
public final class MemorialPage {

  static final int MEMORIAL_LIMIT = 5000;

  private final RegisterService register;
  private final PageHandlers pages;
  private final SearchGate gate;

  /**
   * @param gate the searches' gate: the filters run the search index over every person
   */
  public MemorialPage(RegisterService register, PageHandlers pages, SearchGate gate) {
    this.register = register;
    this.pages = pages;
    this.gate = gate;
  }

  public void memorial(Context ctx) {
    SearchQuery base = Params.searchAsTyped(ctx, 1);
    boolean reversed = PageHandlers.reversedRange(ctx, base);
    SearchQuery q =
        new SearchQuery(
            "",
            base.sex(),
            base.minAge(),
            base.maxAge(),
            base.source(),
            null,
            base.place(),
            base.dodFrom(),
            base.dodTo(),
            0,
            1);
    // The filters run the search index over every person, as a search does: through the gate.
    List<Person> persons = reversed ? List.of() : gate.runWhole(() -> register.matching(q));
    pages.render(
        ctx,
        "memorial.title",
        "/memorial",
        (lang, h) -> {
          form(h, lang, q);
          if (reversed) {
            PageHandlers.sayReversed(h, lang, q);
            return;
          }
          h.el("p", Plurals.count(lang, persons.size(), "names"), "class", "count");
          h.open("ol", "class", "memorial", "id", "memorial-list");
          names(h, lang, persons);
          h.close("ol");
          if (persons.size() > MEMORIAL_LIMIT) {
            h.el("p", lang.t("memorial.more"), "class", "note no-print");
          }
          h.raw("<script src=\"/static/sijil.js\"></script>");
        });
  }

  /** The heading and the filters (hidden when printed). */
  private static void form(Html h, Lang lang, SearchQuery q) {
    h.el("h1", lang.t("memorial.title"), "class", "memorial-title");
    h.el("p", lang.t("memorial.intro"), "class", "intro no-print");
    h.open("form", "method", "get", "action", "/memorial", "class", "filters card no-print");
    h.open("label").text(lang.t("filter.place"));
    h.open("input", "type", "text", "name", "place", "value", q.place(), "dir", "auto");
    h.close("label");
    h.open("label").text(lang.t("filter.dodFrom"));
    h.open(
        "input",
        "type",
        "date",
        "name",
        "dod_from",
        "value",
        q.dodFrom() == null ? null : q.dodFrom().toString());
    h.close("label");
    h.open("label").text(lang.t("filter.dodTo"));
    h.open(
        "input",
        "type",
        "date",
        "name",
        "dod_to",
        "value",
        q.dodTo() == null ? null : q.dodTo().toString());
    h.close("label");
    PageHandlers.numberInput(h, lang.t("filter.minAge"), "min_age", q.minAge());
    PageHandlers.numberInput(h, lang.t("filter.maxAge"), "max_age", q.maxAge());
    h.open("button", "type", "submit").text(lang.t("filter.apply")).close("button");
    h.open("button", "type", "button", "data-print", "1", "class", "secondary")
        .text(lang.t("memorial.print"))
        .close("button");
    h.close("form");
  }

  /** The first {@value #MEMORIAL_LIMIT} names, each with the age when known. */
  private static void names(Html h, Lang lang, List<Person> persons) {
    int n = 0;
    for (Person p : persons) {
      if (n++ >= MEMORIAL_LIMIT) {
        break;
      }
      h.open("li");
      MemorialEntry.name(h, lang, p);
      if (p.age() != null) {
        h.el(
            "span",
            p.age().matches("\\d+")
                ? Plurals.count(lang, Long.parseLong(p.age()), "years")
                : Views.age(lang, p.age()),
            "class",
            "age");
      }
      h.close("li");
    }
  }
}
