package org.sijil.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sijil.app.publish.FieldSupport;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;

/**
 * Sections of the person page: the values shown with how many records give them and where records
 * disagree, the reason records were linked in plain words (numbers behind a toggle), and how to
 * cite the person.
 */
final class PersonSections {

  /** The fields of the facts table, in order, with how each is read from a record. */
  private static final Map<String, Function<SourceRecord, Object>> FIELDS = fields();

  private PersonSections() {}

  private static Map<String, Function<SourceRecord, Object>> fields() {
    Map<String, Function<SourceRecord, Object>> f = new LinkedHashMap<>();
    f.put("name_ar", SourceRecord::nameAr);
    f.put("name_en", SourceRecord::nameEn);
    f.put("age", SourceRecord::age);
    f.put("sex", SourceRecord::sex);
    f.put("dob", SourceRecord::dob);
    f.put("dod", SourceRecord::dod);
    f.put("place", SourceRecord::place);
    return f;
  }

  /** How far the records agree on each field, in table order. */
  static Map<String, FieldSupport> support(Person p) {
    Map<String, FieldSupport> out = new LinkedHashMap<>();
    FIELDS.forEach(
        (field, read) -> out.put(field, FieldSupport.of(p.records().stream().map(read).toList())));
    return out;
  }

  /**
   * The facts table: each value shown, "2 of 3 records" beside it, the record it was taken from,
   * and, where records disagree, every value given with its count, flagged.
   */
  static void facts(Html h, Lang lang, Person p) {
    h.el("h2", lang.t("person.facts"));
    h.open("table", "class", "facts", "id", "provenance");
    h.open("thead")
        .open("tr")
        .el("th", "")
        .el("th", lang.t("field.value"))
        .el("th", lang.t("personpage.support"))
        .el("th", lang.t("field.from"))
        .close("tr")
        .close("thead");
    h.open("tbody");
    for (Map.Entry<String, FieldSupport> e : support(p).entrySet()) {
      row(h, lang, p, e.getKey(), e.getValue());
    }
    h.close("tbody").close("table");
  }

  private static void row(Html h, Lang lang, Person p, String field, FieldSupport s) {
    h.open("tr", "id", "fact-" + field, "class", s.conflict() ? "conflict" : null);
    h.el("th", lang.t("field." + field));
    h.open("td", "dir", "auto").text(shown(lang, field, s.value()));
    if (s.conflict()) {
      h.open("div", "class", "disagree", "id", "conflict-" + field, "role", "note");
      h.el("strong", "⚠ " + lang.t("personpage.conflict"));
      h.open("ul");
      for (FieldSupport.Count c : s.values()) {
        h.open("li")
            .el("bdi", shown(lang, field, c.value()), "dir", "auto")
            .text(" — " + Plurals.count(lang, c.records(), "records"))
            .close("li");
      }
      h.close("ul").close("div");
    }
    h.close("td");
    h.el(
        "td",
        s.given() == 0
            ? "—"
            : lang.t("personpage.supportOf")
                .replace("{k}", Integer.toString(s.support()))
                .replace("{records}", Plurals.count(lang, s.total(), "recordsOf")),
        "class",
        "support");
    h.open("td", "class", "from");
    if (s.firstIndex() >= 0) {
      SourceRecord r = p.records().get(s.firstIndex());
      h.open("a", "href", "#rec-" + r.recordId().replace('/', '-'))
          .text(Views.recordLabel(r))
          .close("a");
    } else {
      h.text("—");
    }
    h.close("td").close("tr");
  }

  private static String shown(Lang lang, String field, String value) {
    if (value == null) {
      return "—";
    }
    return switch (field) {
      case "sex" -> Views.sex(lang, value);
      case "age" -> Views.age(lang, value);
      default -> value;
    };
  }

  /**
   * Why the records are one person: one sentence per link in plain words, the probability and the
   * weights behind a toggle.
   */
  static void links(Html h, Lang lang, Person p) {
    if (p.links().isEmpty()) {
      return;
    }
    h.el("h2", lang.t("person.links"));
    for (Link l : p.links()) {
      h.open("div", "class", "link card");
      h.open("p", "class", "pair")
          .el("bdi", label(p, l.left()), "dir", "ltr")
          .text(" ↔ ")
          .el("bdi", label(p, l.right()), "dir", "ltr")
          .close("p");
      h.el("p", LinkWords.sentence(lang, l), "class", "why");
      h.el("p", LinkWords.verdict(lang, l), "class", "verdict");
      h.open("details", "class", "numbers");
      h.el("summary", lang.t("personpage.numbers"));
      PageHandlers.explanation(h, lang, l);
      h.close("details");
      h.close("div");
    }
  }

  private static String label(Person p, String recordId) {
    for (SourceRecord r : p.records()) {
      if (r.recordId().equals(recordId)) {
        return Views.recordLabel(r);
      }
    }
    return recordId;
  }

  /** The sources and releases the person's records come from: "moh (2024-01, 2024-03)". */
  static String sourceList(Person p) {
    return sourceList(p, Lang.EN, SourceLabels.CODES);
  }

  /** {@link #sourceList(Person)} with each source named by {@code labels} in {@code lang}. */
  static String sourceList(Person p, Lang lang, SourceLabels labels) {
    Map<String, Set<String>> releases = new LinkedHashMap<>();
    for (SourceRecord r : p.records()) {
      releases.computeIfAbsent(r.source(), s -> new LinkedHashSet<>()).add(r.release());
    }
    List<String> parts = new ArrayList<>();
    releases.forEach(
        (s, rs) -> parts.add(labels.text(lang, s) + " (" + String.join(", ", rs) + ")"));
    return String.join("; ", parts);
  }

  /** "Cite this record": the permanent address, a citation to copy and the source lists. */
  static void cite(Html h, Lang lang, Person p, String permalink, LocalDate today) {
    cite(h, lang, p, permalink, today, SourceLabels.CODES);
  }

  /** {@link #cite(Html, Lang, Person, String, LocalDate)}, naming sources by {@code labels}. */
  static void cite(
      Html h, Lang lang, Person p, String permalink, LocalDate today, SourceLabels labels) {
    h.open("section", "class", "cite card", "id", "cite");
    h.el("h2", lang.t("personpage.cite"));
    h.open("p")
        .text(lang.t("personpage.permalink") + ": ")
        .el("a", permalink, "href", permalink, "id", "permalink", "dir", "ltr")
        .close("p");
    String name = Views.primaryName(lang, p.nameAr(), p.nameEn());
    String other = Views.secondaryName(lang, p.nameAr(), p.nameEn());
    if (other != null && name != null) {
      name = name + " (" + other + ")";
    }
    String citation =
        lang.t("personpage.citation")
            .replace("{name}", name == null ? p.personId() : name)
            .replace("{id}", p.personId())
            .replace("{sources}", sourceList(p, lang, labels))
            .replace("{url}", permalink)
            .replace("{date}", today.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
    h.el("label", lang.t("personpage.citationText"), "for", "citation");
    h.el(
        "textarea", citation, "id", "citation", "readonly", "readonly", "rows", "3", "dir", "auto");
    h.open("p", "id", "cite-sources")
        .text(lang.t("personpage.sources") + ": ")
        .el("bdi", sourceList(p, lang, labels), "dir", "auto")
        .close("p");
    h.close("section");
  }

  /** The link to the correction form. */
  static void suggest(Html h, Lang lang, Person p) {
    h.open("p", "class", "suggest no-print")
        .el(
            "a",
            lang.t("suggest.link"),
            "href",
            "/person/" + Requests.encode(p.personId()) + "/suggest",
            "id",
            "suggest-link")
        .text(" — " + lang.t("suggest.linkNote"))
        .close("p");
  }
}
