package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sijil.server.http.Params;
import org.sijil.server.http.SearchGate;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.service.RegisterService;

/** The search page ({@code /}): the form with its filters, and a page of hits when asked. */
public final class SearchPage {

  static final int PAGE_SIZE = 25;

  private final RegisterService register;
  private final PageHandlers pages;
  private final SearchGate gate;

  /**
   * @param gate lets a few searches compute at once, the others waiting in order
   */
  public SearchPage(RegisterService register, PageHandlers pages, SearchGate gate) {
    this.register = register;
    this.pages = pages;
    this.gate = gate;
  }

  public void search(Context ctx) {
    SearchQuery q = Params.searchAsTyped(ctx, PAGE_SIZE);
    boolean reversed = PageHandlers.reversedRange(ctx, q);
    boolean asked =
        !reversed
            && (!q.q().isEmpty()
                || q.sex() != null
                || q.minAge() != null
                || q.maxAge() != null
                || q.source() != null);
    SearchResult result = asked ? gate.run(() -> register.search(q)) : null;
    pages.render(
        ctx,
        "search.title",
        "/",
        (lang, h) -> {
          form(h, lang, q);
          if (reversed) {
            PageHandlers.sayReversed(h, lang, q);
          }
          if (result == null) {
            return;
          }
          h.open("p", "class", "count", "id", "result-count")
              .text(found(lang, result.total(), result.totalExact()))
              .close("p");
          if (result.total() == 0) {
            none(h, lang, result.suggestions());
            return;
          }
          hits(h, lang, q, result);
          pager(ctx, h, lang, result.total(), q.offset(), q.limit());
        });
  }

  /** The heading, the query box and the filters. */
  private void form(Html h, Lang lang, SearchQuery q) {
    h.el("h1", lang.t("search.title"));
    h.el("p", lang.t("search.intro"), "class", "intro");
    h.open("form", "method", "get", "action", "/", "class", "search card", "role", "search");
    h.open("div", "class", "q");
    h.open("label", "for", "q", "class", "sr").text(lang.t("search.q")).close("label");
    h.open(
        "input",
        "type",
        "search",
        "name",
        "q",
        "id",
        "q",
        "value",
        q.q(),
        "maxlength",
        "200",
        "placeholder",
        lang.t("search.q"),
        "autofocus",
        "autofocus",
        "dir",
        "auto");
    h.open("button", "type", "submit", "id", "search-submit")
        .text(lang.t("search.submit"))
        .close("button");
    h.close("div");
    h.open("div", "class", "filters");
    sexSelect(h, lang, q.sex());
    PageHandlers.numberInput(h, lang.t("filter.minAge"), "min_age", q.minAge());
    PageHandlers.numberInput(h, lang.t("filter.maxAge"), "max_age", q.maxAge());
    sourceSelect(h, lang, q.source());
    h.close("div");
    h.close("form");
  }

  /** Nothing found: says so, with close spellings when there are some ("did you mean"). */
  private static void none(Html h, Lang lang, List<String> suggestions) {
    h.el("p", lang.t("search.none"), "class", "none");
    if (!suggestions.isEmpty()) {
      h.open("p", "class", "suggestions", "id", "suggestions")
          .text(lang.t("search.didYouMean") + " ");
      for (int i = 0; i < suggestions.size(); i++) {
        String s = suggestions.get(i);
        if (i > 0) {
          h.text(" · ");
        }
        h.el("a", s, "href", "/?q=" + Requests.encode(s), "dir", "auto");
      }
      h.close("p");
    }
  }

  /** The page's hits, numbered from the page's offset. */
  private void hits(Html h, Lang lang, SearchQuery q, SearchResult result) {
    h.open("ol", "class", "results", "start", Integer.toString(q.offset() + 1));
    for (SearchResult.Hit hit : result.hits()) {
      Person p = hit.person();
      h.open("li");
      h.open("a", "href", "/person/" + Requests.encode(p.personId()), "class", "person-link");
      h.el("span", Views.primaryName(lang, p.nameAr(), p.nameEn()), "class", "name", "dir", "auto");
      h.close("a");
      String other = Views.secondaryName(lang, p.nameAr(), p.nameEn());
      if (other != null) {
        h.el("span", other, "class", "other-name", "dir", "auto");
      }
      h.open("span", "class", "facts");
      h.text(
          lang.t("field.age")
              + ": "
              + Views.age(lang, p.age())
              + " · "
              + Views.sex(lang, p.sex())
              + " · ");
      h.el("bdi", Views.date(p.dod()), "dir", "ltr");
      h.text(" · " + SourceLabels.of(register).text(lang, p.sources()));
      h.close("span");
      h.close("li");
    }
    h.close("ol");
  }

  private void sexSelect(Html h, Lang lang, String sex) {
    h.open("label").text(lang.t("filter.sex"));
    h.open("select", "name", "sex");
    PageHandlers.option(h, "", lang.t("filter.any"), sex == null);
    PageHandlers.option(h, "m", lang.t("sex.m"), "m".equals(sex));
    PageHandlers.option(h, "f", lang.t("sex.f"), "f".equals(sex));
    h.close("select").close("label");
  }

  private void sourceSelect(Html h, Lang lang, String source) {
    h.open("label").text(lang.t("filter.source"));
    h.open("select", "name", "source");
    PageHandlers.option(h, "", lang.t("filter.any"), source == null);
    for (String s : register.sources()) {
      PageHandlers.option(h, s, SourceLabels.of(register).name(lang, s), s.equals(source));
    }
    h.close("select").close("label");
  }

  private static void pager(Context ctx, Html h, Lang lang, long total, int offset, int limit) {
    h.open("nav", "class", "pager");
    if (offset > 0) {
      h.open("a", "href", withOffset(ctx, Math.max(0, offset - limit)), "rel", "prev")
          .text(lang.t("page.prev"))
          .close("a");
    }
    if (offset + limit < total) {
      h.open("a", "href", withOffset(ctx, offset + limit), "rel", "next")
          .text(lang.t("page.next"))
          .close("a");
    }
    h.close("nav");
  }

  private static String withOffset(Context ctx, int offset) {
    StringBuilder sb = new StringBuilder(ctx.path()).append("?offset=").append(offset);
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (!e.getKey().equals("offset") && !e.getKey().equals("lang")) {
        for (String v : e.getValue()) {
          sb.append('&').append(Requests.encode(e.getKey())).append('=').append(Requests.encode(v));
        }
      }
    }
    return sb.toString();
  }

  /**
   * "1,234 persons found"; a lower bound (the search stopped counting at {@code total}) reads "More
   * than 1,000 persons found".
   */
  private static String found(Lang lang, long total, boolean exact) {
    if (!exact) {
      return lang.t("search.foundMore").replace("{n}", Views.number(total));
    }
    return lang.t("search.found").replace("{persons}", Plurals.count(lang, total, "persons"));
  }
}
