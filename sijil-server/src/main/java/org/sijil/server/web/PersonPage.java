package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.Map;
import org.sijil.server.http.HttpError;
import org.sijil.server.incidents.PersonReads;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterService;

/**
 * A person's page ({@code /person/{id}}): the names and facts, how to cite it, each source record
 * with its raw cells, and (once the register is read) the links and the timeline.
 */
public final class PersonPage {

  private final RegisterService register;
  private final Requests requests;
  private final PageHandlers pages;

  public PersonPage(RegisterService register, Requests requests, PageHandlers pages) {
    this.register = register;
    this.requests = requests;
    this.pages = pages;
  }

  public void person(Context ctx) {
    String id = ctx.pathParam("id");
    Person p =
        register
            .person(id)
            .orElseThrow(() -> new HttpError.NotFound("no person with id '" + id + "'"));
    PersonReads reads = PersonReads.of(ctx, p);
    pages.render(
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
          org.sijil.server.incidents.PersonStatusView.section(ctx, h, lang, p, reads);
          org.sijil.server.intake.PersonIntakeView.section(ctx, h, lang, p);
          h.el("h2", lang.t("person.records"));
          for (SourceRecord r : p.records()) {
            record(h, lang, r);
          }
          if (p.linkedBy() != null) {
            linkedBy(h, lang, p);
          }
          if (!LoadingPages.personSections(h, lang, register)) {
            PersonSections.links(h, lang, p);
            PersonTimeline.render(
                h,
                lang,
                p,
                register.releases(),
                register.reviewsOf(p.records().stream().map(SourceRecord::recordId).toList()),
                SourceLabels.of(register),
                reads.versions());
          }
          CorrectionPages.personSection(h, lang, p);
          IntegrityPages.personSection(h, lang, p.personId());
          h.close("article");
        });
  }

  /** A source record as the list gave it: where it comes from, its fields, its raw cells. */
  private void record(Html h, Lang lang, SourceRecord r) {
    h.open("section", "class", "record card", "id", "rec-" + r.recordId().replace('/', '-'));
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

  /** Who linked the person's records last, and when. */
  private static void linkedBy(Html h, Lang lang, Person p) {
    h.open("p", "class", "facts", "id", "linked-by");
    h.text(lang.t("person.linkedBy") + ": ").el("bdi", p.linkedBy(), "dir", "auto");
    if (p.linkedAt() != null) {
      h.text(" · ")
          .el("bdi", p.linkedAt().toString().substring(0, 16).replace('T', ' '), "dir", "ltr");
    }
    h.close("p");
  }
}
