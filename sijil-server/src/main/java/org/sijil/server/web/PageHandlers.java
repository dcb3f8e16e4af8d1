package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.Params;
import org.sijil.server.http.SearchGate;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterService;

/**
 * The public, read-only pages: search, person, releases, memorial (figures: {@link FigurePages}).
 */
public final class PageHandlers {

  static final int PAGE_SIZE = 25;
  static final int MEMORIAL_LIMIT = 5000;

  private final RegisterService register;
  private final Requests requests;
  private final SearchGate gate;

  /**
   * @param gate lets a few searches compute at once, the others waiting in order
   */
  public PageHandlers(RegisterService register, Requests requests, SearchGate gate) {
    this.register = register;
    this.requests = requests;
    this.gate = gate;
  }

  /** Renders a page in the request's language with the signed-in user, if any. */
  void render(
      Context ctx, String titleKey, String active, java.util.function.BiConsumer<Lang, Html> body) {
    Lang lang = requests.lang(ctx);
    Session s = requests.session(ctx).orElse(null);
    ctx.html(
        Layout.page(
            lang,
            s,
            s == null ? null : s.csrf(),
            lang.t(titleKey),
            active,
            Requests.switchHref(ctx, lang),
            h -> body.accept(lang, h)));
  }

  public void search(Context ctx) {
    SearchQuery q = Params.search(ctx, PAGE_SIZE);
    boolean asked =
        !q.q().isEmpty()
            || q.sex() != null
            || q.minAge() != null
            || q.maxAge() != null
            || q.source() != null;
    SearchResult result = asked ? gate.run(() -> register.search(q)) : null;
    render(
        ctx,
        "search.title",
        "/",
        (lang, h) -> {
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
          numberInput(h, lang.t("filter.minAge"), "min_age", q.minAge());
          numberInput(h, lang.t("filter.maxAge"), "max_age", q.maxAge());
          sourceSelect(h, lang, q.source());
          h.close("div");
          h.close("form");
          if (result == null) {
            return;
          }
          h.open("p", "class", "count", "id", "result-count")
              .text(found(lang, result.total(), result.totalExact()))
              .close("p");
          if (result.total() == 0) {
            h.el("p", lang.t("search.none"), "class", "none");
            if (!result.suggestions().isEmpty()) {
              h.open("p", "class", "suggestions", "id", "suggestions")
                  .text(lang.t("search.didYouMean") + " ");
              for (int i = 0; i < result.suggestions().size(); i++) {
                String s = result.suggestions().get(i);
                if (i > 0) {
                  h.text(" · ");
                }
                h.el("a", s, "href", "/?q=" + Requests.encode(s), "dir", "auto");
              }
              h.close("p");
            }
            return;
          }
          h.open("ol", "class", "results", "start", Integer.toString(q.offset() + 1));
          for (SearchResult.Hit hit : result.hits()) {
            Person p = hit.person();
            h.open("li");
            h.open("a", "href", "/person/" + Requests.encode(p.personId()), "class", "person-link");
            h.el(
                "span",
                Views.primaryName(lang, p.nameAr(), p.nameEn()),
                "class",
                "name",
                "dir",
                "auto");
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
          pager(ctx, h, lang, result.total(), q.offset(), q.limit());
        });
  }

  private void sexSelect(Html h, Lang lang, String sex) {
    h.open("label").text(lang.t("filter.sex"));
    h.open("select", "name", "sex");
    option(h, "", lang.t("filter.any"), sex == null);
    option(h, "m", lang.t("sex.m"), "m".equals(sex));
    option(h, "f", lang.t("sex.f"), "f".equals(sex));
    h.close("select").close("label");
  }

  private void sourceSelect(Html h, Lang lang, String source) {
    h.open("label").text(lang.t("filter.source"));
    h.open("select", "name", "source");
    option(h, "", lang.t("filter.any"), source == null);
    for (String s : register.sources()) {
      option(h, s, SourceLabels.of(register).name(lang, s), s.equals(source));
    }
    h.close("select").close("label");
  }

  static void option(Html h, String value, String label, boolean selected) {
    h.open("option", "value", value, "selected", selected ? "selected" : null)
        .text(label)
        .close("option");
  }

  static void numberInput(Html h, String label, String name, Integer value) {
    h.open("label").text(label);
    h.open(
        "input",
        "type",
        "number",
        "name",
        name,
        "min",
        "0",
        "max",
        "150",
        "value",
        value == null ? null : value.toString());
    h.close("label");
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

  public void person(Context ctx) {
    String id = ctx.pathParam("id");
    Person p =
        register
            .person(id)
            .orElseThrow(() -> new HttpError.NotFound("no person with id '" + id + "'"));
    render(
        ctx,
        "nav.search",
        "",
        (lang, h) -> {
          h.open("article", "class", "person");
          h.open("h1", "class", "names");
          h.el("span", p.nameAr(), "lang", "ar", "dir", "rtl", "class", "name-ar", "id", "name-ar");
          h.el("span", p.nameEn(), "lang", "en", "dir", "ltr", "class", "name-en", "id", "name-en");
          h.close("h1");
          h.open("p", "class", "facts lead");
          h.text(
              lang.t("field.age")
                  + ": "
                  + Views.age(lang, p.age())
                  + " · "
                  + Views.sex(lang, p.sex())
                  + " · "
                  + lang.t("field.dod")
                  + ": ");
          h.el("bdi", Views.date(p.dod()), "dir", "ltr");
          h.close("p");
          PersonSections.facts(h, lang, p);
          PersonSections.cite(
              h,
              lang,
              p,
              requests.origin(ctx) + "/person/" + Requests.encode(p.personId()),
              java.time.LocalDate.now(java.time.ZoneOffset.UTC),
              SourceLabels.of(register));
          PersonSections.suggest(h, lang, p);
          PersonStatusView.render(lang, h, p, register.releases(), SourceLabels.of(register));
          org.sijil.server.incidents.PersonStatusView.section(ctx, h, lang, p);
          org.sijil.server.intake.PersonIntakeView.section(ctx, h, lang, p);
          h.el("h2", lang.t("person.records"));
          for (SourceRecord r : p.records()) {
            h.open(
                "section", "class", "record card", "id", "rec-" + r.recordId().replace('/', '-'));
            h.el("h3", Views.recordLabel(r));
            h.open("dl", "class", "record-meta");
            h.el("dt", lang.t("field.source")).open("dd");
            SourceLabels.of(register).html(h, lang, r.source());
            h.close("dd");
            h.el("dt", lang.t("field.release"))
                .open("dd")
                .open(
                    "a",
                    "href",
                    "/releases/" + Requests.encode(r.source()) + "/" + Requests.encode(r.release()))
                .text(r.release())
                .close("a")
                .close("dd");
            h.el("dt", lang.t("field.row")).el("dd", r.row());
            h.el("dt", lang.t("field.id")).el("dd", Views.orDash(r.key()));
            h.el("dt", lang.t("field.name_ar")).el("dd", Views.orDash(r.nameAr()), "dir", "auto");
            h.el("dt", lang.t("field.name_en")).el("dd", Views.orDash(r.nameEn()), "dir", "auto");
            h.el("dt", lang.t("field.age")).el("dd", Views.age(lang, r.age()));
            h.el("dt", lang.t("field.sex")).el("dd", Views.sex(lang, r.sex()));
            h.el("dt", lang.t("field.dob"))
                .open("dd")
                .el("bdi", Views.date(r.dob()), "dir", "ltr")
                .close("dd");
            h.el("dt", lang.t("field.dod"))
                .open("dd")
                .el("bdi", Views.date(r.dod()), "dir", "ltr")
                .close("dd");
            h.el("dt", lang.t("field.place")).el("dd", Views.orDash(r.place()), "dir", "auto");
            h.close("dl");
            h.open("details");
            h.el("summary", lang.t("person.raw"));
            h.open("table", "class", "raw");
            for (Map.Entry<String, String> e : r.raw().entrySet()) {
              h.open("tr")
                  .el("th", e.getKey(), "dir", "auto")
                  .el("td", e.getValue(), "dir", "auto")
                  .close("tr");
            }
            h.close("table");
            h.close("details");
            h.close("section");
          }
          if (p.linkedBy() != null) {
            h.open("p", "class", "facts", "id", "linked-by");
            h.text(lang.t("person.linkedBy") + ": ").el("bdi", p.linkedBy(), "dir", "auto");
            if (p.linkedAt() != null) {
              h.text(" · ")
                  .el(
                      "bdi",
                      p.linkedAt().toString().substring(0, 16).replace('T', ' '),
                      "dir",
                      "ltr");
            }
            h.close("p");
          }
          if (!LoadingPages.personSections(h, lang, register)) {
            PersonSections.links(h, lang, p);
            PersonTimeline.render(
                h,
                lang,
                p,
                register.releases(),
                register.reviewQueue(),
                SourceLabels.of(register),
                org.sijil.server.incidents.PersonRecordVersions.of(ctx, p));
          }
          CorrectionPages.personSection(h, lang, p);
          IntegrityPages.personSection(h, lang, p.personId());
          h.close("article");
        });
  }

  /** A link's probability and its waterfall. */
  static void explanation(Html h, Lang lang, Link l) {
    h.open("div", "class", "link card");
    h.open("p")
        .el("bdi", l.left(), "dir", "ltr")
        .text(" ↔ ")
        .el("bdi", l.right(), "dir", "ltr")
        .text(" — " + lang.t("link.probability") + ": ");
    h.open("strong").el("bdi", Views.percent(l.probability()), "dir", "ltr").close("strong");
    if (l.decision() != null) {
      h.text(" · " + lang.t("link.decision") + ": " + ReviewWords.label(lang, l.decision()));
    }
    h.close("p");
    if (!l.explanation().isEmpty()) {
      h.open("table", "class", "waterfall");
      h.open("tr")
          .el("th", lang.t("link.comparison"))
          .el("th", lang.t("link.level"))
          .el("th", lang.t("link.weight"))
          .close("tr");
      for (ExplanationTerm t : l.explanation()) {
        h.open("tr")
            .el("td", t.comparison())
            .el("td", t.level())
            .open("td", "class", t.weight() >= 0 ? "pos" : "neg")
            .el("bdi", String.format(java.util.Locale.ROOT, "%+.2f", t.weight()), "dir", "ltr")
            .close("td")
            .close("tr");
      }
      h.close("table");
    }
    h.close("div");
  }

  public void memorial(Context ctx) {
    SearchQuery base = Params.search(ctx, 1);
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
    List<Person> persons = gate.run(() -> register.matching(q));
    render(
        ctx,
        "memorial.title",
        "/memorial",
        (lang, h) -> {
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
          numberInput(h, lang.t("filter.minAge"), "min_age", q.minAge());
          numberInput(h, lang.t("filter.maxAge"), "max_age", q.maxAge());
          h.open("button", "type", "submit").text(lang.t("filter.apply")).close("button");
          h.open("button", "type", "button", "data-print", "1", "class", "secondary")
              .text(lang.t("memorial.print"))
              .close("button");
          h.close("form");
          h.el("p", Plurals.count(lang, persons.size(), "names"), "class", "count");
          h.open("ol", "class", "memorial", "id", "memorial-list");
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
          h.close("ol");
          if (persons.size() > MEMORIAL_LIMIT) {
            h.el("p", lang.t("memorial.more"), "class", "note no-print");
          }
          h.raw("<script src=\"/static/sijil.js\"></script>");
        });
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
